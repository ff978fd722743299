// The preview's lightning/actions: the event a screen quick action dispatches to close its panel.
export class CloseActionScreenEvent extends CustomEvent {
    constructor() {
        super('close', { bubbles: true, composed: true });
    }
}
