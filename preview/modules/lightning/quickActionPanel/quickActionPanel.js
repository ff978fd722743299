// The preview's lightning-quick-action-panel, which the base components' npm package does not
// include: a screen quick action's header, body and footer in SLDS modal markup, the header only
// for a non-empty `header`, as the component reference describes it.
import { LightningElement, api } from 'lwc';

export default class QuickActionPanel extends LightningElement {
    @api header = '';

    get hasHeader() {
        return Boolean(this.header);
    }
}
