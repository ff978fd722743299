// Jest stand-in for lightning/actions, which sfdx-lwc-jest does not stub. Tests listen for the
// exported event name, so they never depend on a literal this mock made up (as lwc-recipes does).
export const CloseScreenEventName = 'lightning__actionsclosescreen';

export class CloseActionScreenEvent extends CustomEvent {
    constructor() {
        super(CloseScreenEventName, { bubbles: false, composed: false });
    }
}
