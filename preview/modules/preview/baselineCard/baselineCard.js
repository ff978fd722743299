// The render benchmark's baseline: a bare lightning-card that waits for the same one getRecord on
// the running user as the launcher, then shows a plain Join link. The launcher's time over this
// card is the launcher's own cost, not the user record's round trip.
import { LightningElement, wire } from 'lwc';
import { getRecord } from 'lightning/uiRecordApi';
import USER_ID from '@salesforce/user/Id';
import { USER_FIELDS, USER_OPTIONAL_FIELDS } from 'c/glanceStu';

export default class BaselineCard extends LightningElement {
    userLoaded = false;

    @wire(getRecord, { recordId: USER_ID, fields: USER_FIELDS, optionalFields: USER_OPTIONAL_FIELDS })
    wiredUser({ data, error }) {
        this.userLoaded = Boolean(data || error);
    }
}
