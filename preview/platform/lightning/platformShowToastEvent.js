// The preview's lightning/platformShowToastEvent: the event a component dispatches for a toast,
// named as the platform names it. The preview shows no toast.
export class ShowToastEvent extends CustomEvent {
    constructor(detail) {
        super('lightning__showtoast', { detail, bubbles: true, composed: true });
    }
}
