// The preview's lightning/uiRecordApi: the getRecord wire adapter, createRecord and the field
// helpers, answered from the in-page UI API stand-in and its Lightning Data Service-style cache.
import { fetchRecord } from '../ui-api-server.js';

export { createRecord } from '../ui-api-server.js';

/** `'Case.Subject'` or `{ objectApiName: 'Case', fieldApiName: 'Subject' }` as `'Case.Subject'`. */
const qualifiedName = (field) =>
    typeof field === 'string' ? field.trim() : `${field?.objectApiName}.${field?.fieldApiName ?? ''}`;
const isFieldPath = (name) => /^\w+(?:\.\w+)+$/.test(name);
const fieldList = (value) => [value ?? []].flat().map(qualifiedName).filter(isFieldPath);

export class getRecord {
    connected = false;
    // Only the latest request of a connected wire may deliver.
    generation = 0;

    constructor(dataCallback) {
        this.dataCallback = dataCallback;
    }

    update(config) {
        this.config = config;
        this.load();
    }

    connect() {
        this.connected = true;
        this.load();
    }

    disconnect() {
        this.connected = false;
        this.generation += 1;
    }

    /** Like LDS, an incomplete config (no record ID or fields yet) fetches nothing. */
    load() {
        const { recordId, fields, optionalFields } = this.config ?? {};
        const [required, optional] = [fieldList(fields), fieldList(optionalFields)];
        const validId = typeof recordId === 'string' && /^[A-Za-z0-9]{15}([A-Za-z0-9]{3})?$/.test(recordId);
        if (!this.connected || !validId || required.length + optional.length === 0) return;
        const generation = ++this.generation;
        fetchRecord(recordId, required, optional).then(({ data, error }) => {
            if (this.connected && generation === this.generation) {
                this.dataCallback({ data, error });
            }
        });
    }
}

/** A field's value, following a path (`Case.Contact.Name`) through the record; undefined when absent. */
export function getFieldValue(record, field) {
    const path = qualifiedName(field).split('.').slice(1);
    return path.reduce((entry, name, index) => (index === 0 ? entry : entry?.value)?.fields?.[name], record)?.value;
}
