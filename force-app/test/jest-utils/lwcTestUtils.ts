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

/** The session-key box of a c-glance-stu-links. */
export function sessionKeyBox(links: ShadowRoot): HTMLInputElement {
    const input = links.querySelector<HTMLInputElement>('input[data-stu="session-key"]');
    if (!input) {
        throw new Error('the session-key box is not rendered');
    }
    return input;
}

/**
 * What the key box tells the agent: its message ('' when none), checked to be the box's own
 * accessible description and its invalid state, as a screen reader would present them.
 */
export function sessionKeyMessage(links: ShadowRoot): string {
    const box = sessionKeyBox(links);
    const describedBy = box.getAttribute('aria-describedby') ?? '';
    const message = links.querySelector(`[id="${describedBy}"]`)?.textContent?.trim() ?? '';
    const invalid = box.getAttribute('aria-invalid') === 'true';
    if (invalid !== (message !== '')) {
        throw new Error(`the key box is ${invalid ? '' : 'not '}invalid but its message is "${message}"`);
    }
    return message;
}

/** Presses a key in the session-key box, as the browser delivers it. */
export function pressKey(links: ShadowRoot, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init });
    sessionKeyBox(links).dispatchEvent(event);
    return event;
}

/** Types into the session-key box of a c-glance-stu-links, as the browser reports typing. */
export async function typeSessionKey(links: ShadowRoot, value: string): Promise<HTMLInputElement> {
    const input = sessionKeyBox(links);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await flushRendering();
    return input;
}
