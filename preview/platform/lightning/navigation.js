// The preview's lightning/navigation: CurrentPageReference describes the page the preview shows,
// and emits again when the console frame opens another record, as Lightning Experience tells a
// utility which record the agent has open.
let current;
const listeners = new Set();

/** The preview page calls this whenever it shows another page. */
export function showPage(pageReference) {
    current = pageReference;
    listeners.forEach((listener) => listener(current));
}

export class CurrentPageReference {
    constructor(dataCallback) {
        this.listener = (pageReference) => dataCallback(pageReference);
    }

    update() {}

    connect() {
        listeners.add(this.listener);
        if (current) {
            this.listener(current);
        }
    }

    disconnect() {
        listeners.delete(this.listener);
    }
}

// The base components' own imports of lightning/navigation resolve here too; nothing in the
// preview navigates.
export const NavigationMixin = (Base) => class extends Base {};
NavigationMixin.Navigate = Symbol('Navigate');
NavigationMixin.GenerateUrl = Symbol('GenerateUrl');
