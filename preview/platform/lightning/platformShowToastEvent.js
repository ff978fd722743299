// The preview's lightning/platformShowToastEvent: the event a component dispatches to ask Lightning
// Experience for a toast. The preview page listens for it and shows the toast.
export class ShowToastEvent extends CustomEvent {
    constructor(toast) {
        super('lightning__showtoast', { bubbles: true, composed: true, cancelable: true, detail: toast });
    }
}
