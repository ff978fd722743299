/*
 * Helpers shared by the component tests: driving the getRecord test wire adapter, waiting for
 * re-renders, reaching into child shadow roots, and typing into and reading the session-key box.
 */

export type WireConfig = Record<string, unknown>;

/** The surface sfdx-lwc-jest's getRecord stub (an LDS test wire adapter) offers tests. */
export interface LdsTestWireAdapter {
    emit(data: unknown, filter?: (config: WireConfig) => boolean): void;
    emitError(
        error: { body?: unknown; status?: number; statusText?: string },
        filter?: (config: WireConfig) => boolean
    ): void;
    getLastConfig(): WireConfig;
}

/** The typed boundary: the platform module types getRecord as an adapter, Jest swaps in a stub. */
export function asTestWireAdapter(adapter: unknown): LdsTestWireAdapter {
    return adapter as LdsTestWireAdapter;
}

/** Every config the live instances of a wire adapter hold, without emitting to any of them. */
export function liveWireConfigs(adapter: LdsTestWireAdapter): WireConfig[] {
    const configs: WireConfig[] = [];
    adapter.emit(undefined, (config) => {
        configs.push(config);
        return false;
    });
    return configs;
}

/** Lets wires, reactive updates and re-renders settle (a macrotask runs after all microtasks). */
export function flushRendering(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

export function resetDom(): void {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
}

export function shadowOf(element: Element): ShadowRoot {
    if (!element.shadowRoot) {
        throw new Error(`<${element.tagName.toLowerCase()}> has no shadow root`);
    }
    return element.shadowRoot;
}

/** The shadow root of the first `selector` child rendered in `host`'s shadow root. */
export function childShadow(host: Element, selector: string): ShadowRoot {
    const child = shadowOf(host).querySelector(selector);
    if (!child) {
        throw new Error(`${selector} is not rendered`);
    }
    return shadowOf(child);
}

/** The session-key box (a lightning-input) of a c-glance-stu-links. */
export function sessionKeyBox(links: ShadowRoot): HTMLInputElement {
    const input = links.querySelector('lightning-input[data-stu="session-key"]');
    if (!input) {
        throw new Error('the session-key box is not rendered');
    }
    return input as HTMLInputElement;
}

/** The part of lightning-input's Jest stub the key box calls to show its error. */
type ValidityMethods = Pick<HTMLInputElement, 'setCustomValidity' | 'reportValidity'>;

/** What a lightning-input was last asked to show, in call order across every box on the page. */
const validityLog = { message: '', setAt: 0, reportedAt: 0, calls: 0 };

/*
 * lightning-input's Jest stub ignores setCustomValidity and reportValidity, so its methods are
 * wrapped to record the calls. LWC locks a component's prototype once it first renders, so this
 * runs when the tests import this module, before anything renders, and is never undone.
 */
{
    // The typed boundary: the Jest stub of lightning/input, which has no type declarations.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const stub = (require('lightning/input') as { default: { prototype: ValidityMethods } }).default.prototype;
    const { setCustomValidity, reportValidity } = stub;
    stub.setCustomValidity = function (this: ValidityMethods, message: string): void {
        Object.assign(validityLog, { message, setAt: ++validityLog.calls });
        setCustomValidity.call(this, message);
    };
    stub.reportValidity = function (this: ValidityMethods): boolean {
        validityLog.reportedAt = ++validityLog.calls;
        return reportValidity.call(this);
    };
}

/**
 * Watches the error a session-key box shows from now on: the returned function gives the message
 * last set with setCustomValidity once reportValidity has shown it, or '' when there is none. With
 * two boxes on the page it reads whichever was set last.
 */
export function watchSessionKeyError(): () => string {
    Object.assign(validityLog, { message: '', setAt: 0, reportedAt: 0 });
    return () => (validityLog.reportedAt > validityLog.setAt ? validityLog.message : '');
}

/** Presses a key in the session-key box, as the browser delivers it to lightning-input's host. */
export function pressKey(links: ShadowRoot, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init });
    sessionKeyBox(links).dispatchEvent(event);
    return event;
}

/** Types into the session-key box of a c-glance-stu-links, as lightning-input reports it. */
export async function typeSessionKey(links: ShadowRoot, value: string): Promise<HTMLInputElement> {
    const input = sessionKeyBox(links);
    input.value = value;
    input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flushRendering();
    return input;
}
