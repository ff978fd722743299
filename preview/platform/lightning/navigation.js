// The preview's lightning/navigation: CurrentPageReference answers with the sample Case's record
// page, where the launcher sits. (The base components' own module needs Lightning Experience.)
import { CASE_ID } from '../ui-api-server.js';

export class CurrentPageReference {
    constructor(dataCallback) {
        this.dataCallback = dataCallback;
    }

    connect() {
        this.dataCallback({
            type: 'standard__recordPage',
            attributes: { recordId: CASE_ID, objectApiName: 'Case', actionName: 'view' },
            state: {}
        });
    }

    update() {}

    disconnect() {}
}
