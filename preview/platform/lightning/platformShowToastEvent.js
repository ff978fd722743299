// lightning/platformShowToastEvent: the event Lightning Experience turns into a toast. The preview
// page listens for it and shows the toast in its panel.
export class ShowToastEvent extends CustomEvent {
    constructor(toast) {
        super('lightning__showtoast', { bubbles: true, composed: true, cancelable: true, detail: toast });
    }
}
