// The preview's lightning/messageService: one in-page bus. Every subscriber hears every message
// published on its channel; the preview is one page, so APPLICATION_SCOPE and the default scope
// (the active navigation area) reach the same subscribers.

export const APPLICATION_SCOPE = Symbol('APPLICATION_SCOPE');

const subscriptions = new Set();

/** A context for code outside a component, as the platform's createMessageContext gives one. */
export const createMessageContext = () => Object.freeze({ messageContext: true });
export const releaseMessageContext = () => undefined;

/** The wire adapter: delivers a context as soon as the component is connected. */
export class MessageContext {
    constructor(dataCallback) {
        this.dataCallback = dataCallback;
    }

    update() {}

    connect() {
        this.dataCallback(createMessageContext());
    }

    disconnect() {}
}

export function subscribe(context, channel, listener, options = {}) {
    if (!context) throw new Error('subscribe needs a MessageContext');
    const subscription = Object.freeze({ channel, listener, scope: options.scope });
    subscriptions.add(subscription);
    return subscription;
}

export function unsubscribe(subscription) {
    subscriptions.delete(subscription);
}

/** Delivers a copy of `message` to the channel's subscribers in a later task, as the platform does. */
export function publish(context, channel, message) {
    if (!context) throw new Error('publish needs a MessageContext');
    setTimeout(() =>
        [...subscriptions]
            .filter((each) => each.channel === channel)
            .forEach(({ listener }) => listener(structuredClone(message)))
    );
}
