// Jest stand-in for lightning/actions, which sfdx-lwc-jest does not stub.
export const CloseActionScreenEvent = class CloseActionScreenEvent extends CustomEvent {
    constructor() {
        super('close', { bubbles: true, composed: true });
    }
};
