/*
 * Helpers shared by the component tests: driving the getRecord test wire adapter, waiting for
 * re-renders, reaching into child shadow roots and typing into the session-key box.
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

/** Types into the session-key box of a c-glance-stu-links, as lightning-input reports it. */
export async function typeSessionKey(links: ShadowRoot, value: string): Promise<HTMLInputElement> {
    const input = links.querySelector('lightning-input[data-stu="session-key"]') as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flushRendering();
    return input;
}
