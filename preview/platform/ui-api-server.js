// An in-page stand-in for the UI API records endpoint, with the preview's sample data. It answers
// as the real endpoint does for the cases the components meet: fields the running user cannot
// read are left out when optional and fail the whole request when required, and a record the
// user cannot open fails with 403. Every request it answers is counted.
import { scenario } from './scenario.js';

export const RUNNING_USER_ID = '0055g00000AdaLvAAI';
export const ORG_ID = '00D5g000004ABCDEAU';
export const CASE_ID = '5005g00000GlncEAAR';
export const SESSION_KEY_FIELD = 'Glance_Session_Key__c';
export const SAMPLE_SESSION_KEY = '4821';

export const SAMPLE_USER = Object.freeze({
    Id: RUNNING_USER_ID,
    Name: 'Ada Lovelace',
    Email: 'ada.lovelace@example.com',
    Phone: '+1 (555) 010-0100',
    Glance_Org_Id__c: ORG_ID
});

export const SAMPLE_CASE = Object.freeze({
    Id: CASE_ID,
    CaseNumber: '00001026',
    Subject: 'Cannot finish checkout on the web store',
    Status: 'Working',
    Priority: 'High',
    Origin: 'Web',
    Type: 'Problem',
    Description: 'The payment step spins and never completes. The customer is on the phone now.',
    [SESSION_KEY_FIELD]: scenario.sessionKey ? SAMPLE_SESSION_KEY : null
});

/** What the record page's header shows of the Case's related records. */
export const SAMPLE_CASE_RELATED = Object.freeze({
    ContactName: 'Grace Hopper',
    AccountName: 'Analytical Engines Ltd'
});

const RECORDS = new Map([
    [RUNNING_USER_ID, { apiName: 'User', values: SAMPLE_USER }],
    [CASE_ID, { apiName: 'Case', values: SAMPLE_CASE }]
]);

/** Fields hidden from the running user by field-level security in this scenario. */
const UNREADABLE_FIELDS = new Set(
    [scenario.phoneHidden && 'User.Phone', scenario.orgIdHidden && 'User.Glance_Org_Id__c'].filter(Boolean)
);
/** Records the running user cannot open at all in this scenario. */
const UNREADABLE_RECORDS = new Set(scenario.userError ? [RUNNING_USER_ID] : []);

const stats = { requests: 0, cacheHits: 0, log: [] };
const listeners = new Set();

function notify() {
    for (const listener of listeners) {
        listener({ requests: stats.requests, cacheHits: stats.cacheHits, log: [...stats.log] });
    }
}

/** Calls `listener` with the request statistics now and after every request or cache hit. */
export function onUiApiActivity(listener) {
    listeners.add(listener);
    listener({ requests: stats.requests, cacheHits: stats.cacheHits, log: [...stats.log] });
    return () => listeners.delete(listener);
}

export function uiApiStats() {
    return { requests: stats.requests, cacheHits: stats.cacheHits, log: [...stats.log] };
}

function errorResponse(status, statusText, errorCode, message) {
    return { error: deepFreeze({ status, statusText, ok: false, body: [{ errorCode, message }] }) };
}

function deepFreeze(value) {
    if (value && typeof value === 'object') {
        Object.values(value).forEach(deepFreeze);
        Object.freeze(value);
    }
    return value;
}

/** The record's own spelling of a field name; API names are case-insensitive. */
function canonicalField(record, fieldName) {
    const wanted = fieldName.toLowerCase();
    return Object.keys(record.values).find((name) => name.toLowerCase() === wanted);
}

function readableField(record, fieldName) {
    const name = canonicalField(record, fieldName);
    return name && !UNREADABLE_FIELDS.has(`${record.apiName}.${name}`) ? name : null;
}

/**
 * GET /ui-api/records/{recordId}?fields=...&optionalFields=... as the server would answer it.
 * Fields are `Object.Field` strings; fields of another object than the record's are ignored.
 * The sample records have no relationships, so a path like `Case.Contact.Name` is not a field.
 */
function answer(recordId, fields, optionalFields) {
    const record = RECORDS.get(recordId);
    if (!record) {
        return errorResponse(404, 'Not Found', 'NOT_FOUND', 'The requested resource does not exist');
    }
    if (UNREADABLE_RECORDS.has(recordId)) {
        return errorResponse(403, 'Forbidden', 'INSUFFICIENT_ACCESS', "You don't have access to this record.");
    }
    const prefix = `${record.apiName}.`;
    const ownFields = (list) =>
        list.filter((field) => field.startsWith(prefix)).map((field) => field.slice(prefix.length));
    const result = {};
    for (const fieldName of ownFields(fields)) {
        const name = readableField(record, fieldName);
        if (!name) {
            return errorResponse(
                400,
                'Bad Request',
                'INVALID_FIELD',
                `No such column '${fieldName}' on entity '${record.apiName}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name.`
            );
        }
        result[name] = record.values[name];
    }
    for (const fieldName of ownFields(optionalFields)) {
        const name = readableField(record, fieldName);
        if (name) {
            result[name] = record.values[name];
        }
    }
    const recordFields = Object.fromEntries(
        Object.entries(result).map(([name, value]) => [name, { value, displayValue: null }])
    );
    return { data: deepFreeze({ apiName: record.apiName, id: recordId, fields: recordFields }) };
}

/** Lightning Data Service's part: one request per record and field set, shared by every wire. */
const cache = new Map();

/**
 * Answers from the cache when the same record and fields were asked for before (even while that
 * request is still in flight); otherwise makes one request.
 * @returns {Promise<{data?: object, error?: object}>}
 */
export function fetchRecord(recordId, fields, optionalFields) {
    const key = `${recordId}|${[...fields].sort().join(',')}|${[...optionalFields].sort().join(',')}`;
    const cached = cache.get(key);
    if (cached) {
        stats.cacheHits += 1;
        notify();
        return cached;
    }
    stats.requests += 1;
    stats.log.push({ recordId, fields: [...fields], optionalFields: [...optionalFields] });
    notify();
    const response = new Promise((resolve) => {
        // Like a network round trip, the answer arrives in a later task, never synchronously.
        setTimeout(() => resolve(answer(recordId, fields, optionalFields)), scenario.latencyMs);
    });
    cache.set(key, response);
    return response;
}
