// The preview's lightning/navigation: CurrentPageReference describes the page the preview shows,
// and emits again when the console frame opens another record, as Lightning Experience tells a
// utility which record the agent has open.

/** A wire adapter delivering what the preview page last `set` on it, and each later value. */
export function pageValueAdapter() {
    let current;
    const connected = new Set();
    return class PageValue {
        static set(value) {
            current = value;
            connected.forEach((adapter) => adapter.dataCallback(value));
        }

        constructor(dataCallback) {
            this.dataCallback = dataCallback;
        }

        update() {}

        connect() {
            connected.add(this);
            this.dataCallback(current);
        }

        disconnect() {
            connected.delete(this);
        }
    };
}

/** The preview page sets it whenever it shows another page. */
export const CurrentPageReference = pageValueAdapter();
