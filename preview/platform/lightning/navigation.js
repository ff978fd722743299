// The preview's lightning/navigation: CurrentPageReference, always the sample Case's record page.
import { CASE_ID } from '../ui-api-server.js';

export class CurrentPageReference {
    constructor(dataCallback) {
        this.dataCallback = dataCallback;
    }

    update() {}

    connect() {
        this.dataCallback({ type: 'standard__recordPage', attributes: { recordId: CASE_ID, objectApiName: 'Case' } });
    }

    disconnect() {}
}
