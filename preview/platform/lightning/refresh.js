// The preview's lightning/refresh: the event a component dispatches to ask the page's refresh
// containers to refresh their view. The preview page is the record page's container: it listens
// for it and shows the record's activities again.
export class RefreshEvent extends CustomEvent {
    constructor() {
        super('lightning__refresh', { bubbles: true, composed: true, cancelable: true });
    }
}
