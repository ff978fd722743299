// The preview's lightning/platformShowToastEvent: the event a component dispatches to ask Lightning
// Experience for a toast. The preview page listens for it and shows the toast.
export const SHOW_TOAST_EVENT_NAME = 'lightning__showtoast';

export class ShowToastEvent extends CustomEvent {
    constructor(toast) {
        super(SHOW_TOAST_EVENT_NAME, { bubbles: true, composed: true, cancelable: true, detail: toast });
    }
}
