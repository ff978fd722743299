// The preview's lightning/uiRecordApi: the getRecord wire adapter and the field helpers, answered
// from the in-page UI API stand-in and its Lightning Data Service-style cache.
import { fetchRecord } from '../ui-api-server.js';

/** `'Case.Subject'` or `{ objectApiName: 'Case', fieldApiName: 'Subject' }` as `'Case.Subject'`. */
function qualifiedName(field) {
    if (typeof field === 'string') {
        return field.trim();
    }
    if (field && typeof field.objectApiName === 'string' && typeof field.fieldApiName === 'string') {
        return `${field.objectApiName}.${field.fieldApiName}`;
    }
    return '';
}

function fieldList(value) {
    const list = value === undefined || value === null ? [] : [value].flat();
    return list.map(qualifiedName).filter((name) => /^\w+(?:\.\w+)+$/.test(name));
}

/** A usable request, or null: like LDS, an incomplete config (no record ID yet) fetches nothing. */
function requestFor(config) {
    const recordId = config?.recordId;
    if (typeof recordId !== 'string' || !/^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/.test(recordId)) {
        return null;
    }
    const fields = fieldList(config.fields);
    const optionalFields = fieldList(config.optionalFields);
    return fields.length || optionalFields.length ? { recordId, fields, optionalFields } : null;
}

export class getRecord {
    constructor(dataCallback) {
        this.dataCallback = dataCallback;
        this.config = undefined;
        this.connected = false;
        // Only the latest request of a connected wire may deliver.
        this.generation = 0;
    }

    update(config) {
        this.config = config;
        if (this.connected) {
            this.load();
        }
    }

    connect() {
        this.connected = true;
        if (this.config) {
            this.load();
        }
    }

    disconnect() {
        this.connected = false;
        this.generation += 1;
    }

    load() {
        const request = requestFor(this.config);
        if (!request) {
            return;
        }
        const generation = ++this.generation;
        fetchRecord(request.recordId, request.fields, request.optionalFields).then((result) => {
            if (this.connected && generation === this.generation) {
                this.dataCallback({ data: result.data, error: result.error });
            }
        });
    }
}

/** Follows a field path (`Case.Contact.Name`) through the record; undefined when absent. */
function fieldEntry(record, field) {
    const path = qualifiedName(field).split('.').slice(1);
    let current = record;
    for (const [index, name] of path.entries()) {
        const entry = current?.fields?.[name];
        if (index === path.length - 1 || entry === undefined) {
            return entry;
        }
        current = entry.value;
    }
    return undefined;
}

export function getFieldValue(record, field) {
    return fieldEntry(record, field)?.value;
}

export function getFieldDisplayValue(record, field) {
    return fieldEntry(record, field)?.displayValue;
}
