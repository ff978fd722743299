// An in-page stand-in for the UI API records endpoint, with the preview's sample data. It answers
// as the real endpoint does for the cases the components meet: fields the running user cannot
// read are left out when optional and fail the whole request when required, and a record the
// user cannot open fails with 403. Records and errors have the shapes of the UI API Developer
// Guide's response bodies (force-app/test/ui-api/uiApiResponses.schema.json, whose test checks
// this file's answers). Every request it answers is counted.
import { scenario } from './scenario.js';

export const RUNNING_USER_ID = '0055g00000AdaLvAAI';
export const SESSION_KEY_FIELD = 'Glance_Session_Key__c';

export const SAMPLE_USER = Object.freeze({
    Id: RUNNING_USER_ID,
    Name: 'Ada Lovelace',
    Email: 'ada.lovelace@example.com',
    Phone: '+1 (555) 010-0100',
    Glance_Org_Id__c: '00D5g000004ABCDEAU'
});

/** The Case's customer: a website that runs Glance with this visitor ID makes it the session key. */
export const SAMPLE_CONTACT = Object.freeze({
    Id: '0035g00000GlncCAAR',
    Name: 'Margaret Hamilton',
    Glance_Visitor_Id__c: scenario.visitorId ? '0035g00000GlncCAAR' : null
});

export const SAMPLE_CASE = Object.freeze({
    Id: '5005g00000GlncEAAR',
    ContactId: SAMPLE_CONTACT.Id,
    CaseNumber: '00001026',
    Subject: 'Cannot finish checkout on the web store',
    Status: 'Working',
    Origin: 'Web',
    Description: 'The payment step spins and never completes. The customer is on the phone now.',
    // No parent case: an empty lookup.
    ParentId: null,
    [SESSION_KEY_FIELD]: scenario.sessionKey ? '4821' : null
});

export const SAMPLE_LEAD = Object.freeze({
    Id: '00Q5g00000GlncLAAR',
    Name: 'Grace Hopper',
    Company: 'Compiler Works',
    Status: 'Working - Contacted',
    LeadSource: 'Web',
    [SESSION_KEY_FIELD]: scenario.sessionKey ? '7315' : null
});

/** A chat with the Case's customer, linked to the Case: a session opened from it is logged there. */
export const SAMPLE_MESSAGING_SESSION = Object.freeze({
    Id: '0Mw5g00000GlncMCAR',
    Name: 'MS-0000000105',
    Status: 'Active',
    CaseId: SAMPLE_CASE.Id,
    EndUserContactId: SAMPLE_CONTACT.Id
});

/** A call about the Case: its related record, where a session opened from it is logged. */
export const SAMPLE_VOICE_CALL = Object.freeze({
    Id: '0LQ5g00000GlncVGAR',
    CallType: 'Inbound',
    FromPhoneNumber: '+15550100199',
    RelatedRecordId: SAMPLE_CASE.Id
});

const RECORDS = new Map([
    [RUNNING_USER_ID, { apiName: 'User', values: SAMPLE_USER }],
    [SAMPLE_CASE.Id, { apiName: 'Case', values: SAMPLE_CASE }],
    [SAMPLE_CONTACT.Id, { apiName: 'Contact', values: SAMPLE_CONTACT }],
    [SAMPLE_LEAD.Id, { apiName: 'Lead', values: SAMPLE_LEAD }],
    [SAMPLE_MESSAGING_SESSION.Id, { apiName: 'MessagingSession', values: SAMPLE_MESSAGING_SESSION }],
    [SAMPLE_VOICE_CALL.Id, { apiName: 'VoiceCall', values: SAMPLE_VOICE_CALL }]
]);
const MODIFIED = '2026-11-24T17:00:00.000Z';
/** The record type ID of a record whose object has record types but none assigned. */
const MASTER_RECORD_TYPE_ID = '012000000000000AAA';

/** A Record response body with these Field Values; the sample data never changes, so neither do its tags. */
const representation = (apiName, id, fields) => ({
    apiName,
    childRelationships: {},
    eTag: `etag-${id}`,
    fields,
    id,
    lastModifiedById: RUNNING_USER_ID,
    lastModifiedDate: MODIFIED,
    // User has no record types at all.
    recordTypeId: apiName === 'User' ? null : MASTER_RECORD_TYPE_ID,
    recordTypeInfo: null,
    systemModstamp: MODIFIED,
    weakEtag: Date.parse(MODIFIED)
});
/** A scalar field's Field Value: the sample data has no dates, currencies or translated picklists to display. */
const fieldValue = (value) => ({ displayValue: null, value });
/** A record as the UI API returns it: each field's value wrapped. */
const uiRecord = (apiName, id, values) =>
    representation(
        apiName,
        id,
        Object.fromEntries(Object.entries(values).map(([name, value]) => [name, fieldValue(value)]))
    );

/**
 * Sets the user's Glance_* formula fields, which read $Setup.Glance_Settings__c, as the page sets
 * them; returns the user record as getRecord delivers it.
 */
export function setUserFormulaValues(values) {
    const user = { apiName: 'User', values: Object.freeze({ ...SAMPLE_USER, ...values }) };
    RECORDS.set(RUNNING_USER_ID, user);
    return uiRecord('User', RUNNING_USER_ID, user.values);
}

/** Fields hidden from the running user by field-level security in this scenario. */
const UNREADABLE_FIELDS = [scenario.phoneHidden && 'User.Phone', scenario.orgIdHidden && 'User.Glance_Org_Id__c'];

const stats = { requests: 0, cacheHits: 0, log: [] };
export const uiApiStats = () => ({ ...stats, log: [...stats.log] });
/** Tasks created on this page, newest last; the sample Case's activity timeline shows them. */
const activities = [];
export const createdTasks = () => [...activities];
/** Fires `change` after every request, cache hit and created Task. */
export const activity = new EventTarget();

/** Record data from Lightning Data Service is read-only: a component that changes it fails here too. */
function deepFreeze(value) {
    Object.values(Object.freeze(value)).forEach((child) => child && typeof child === 'object' && deepFreeze(child));
    return value;
}

// Like a network round trip, an answer arrives in a later task, never synchronously.
const roundTrip = () => new Promise((resolve) => setTimeout(resolve, scenario.latencyMs));
/** A failed read as Lightning Data Service delivers it: a FetchResponse whose body lists Error Messages. */
const error = (status, statusText, errorCode, message) => ({
    error: { status, statusText, ok: false, body: [{ errorCode, message }] }
});

/** A record's own spelling of a field (API names are case-insensitive), if the user may read it. */
function readable(record, field) {
    const name = Object.keys(record.values).find((key) => key.toLowerCase() === field.toLowerCase());
    return name && !UNREADABLE_FIELDS.includes(`${record.apiName}.${name}`) ? name : null;
}

/**
 * A record's fields that `paths` name (`Subject`, or `Contact.Name` through the lookup), as UI API
 * nests them: a lookup's relationship (Contact) holds the record its ID field (ContactId) names,
 * its name as the display value, or null when it is empty. What the user cannot read, or what is
 * no field, is left out.
 */
function fieldsOf(record, paths) {
    const fields = {};
    for (const path of paths) {
        const [name, ...rest] = path.split('.');
        const own = readable(record, rest.length ? `${name}Id` : name);
        if (!own) continue;
        if (!rest.length) {
            fields[own] = fieldValue(record.values[own]);
            continue;
        }
        const relationship = own.slice(0, -'Id'.length);
        const related = RECORDS.get(record.values[own]);
        if (!related) {
            fields[relationship] = fieldValue(null);
            continue;
        }
        const nested = { ...fields[relationship]?.value?.fields, ...fieldsOf(related, [rest.join('.')]) };
        const value = representation(related.apiName, related.values.Id, nested);
        fields[relationship] = { displayValue: related.values.Name ?? null, value };
    }
    return fields;
}

/**
 * GET /ui-api/records/{recordId}?fields=...&optionalFields=... as the server would answer it.
 * Fields are `Object.Field` strings, or paths through lookups; fields of another object than the
 * record's are ignored.
 */
function answer(recordId, fields, optionalFields) {
    const record = RECORDS.get(recordId);
    if (!record) return error(404, 'Not Found', 'NOT_FOUND', 'The requested resource does not exist');
    if (scenario.userError && recordId === RUNNING_USER_ID) {
        return error(403, 'Forbidden', 'INSUFFICIENT_ACCESS', "You don't have access to this record.");
    }
    const prefix = `${record.apiName}.`;
    const own = (list) => list.filter((field) => field.startsWith(prefix)).map((field) => field.slice(prefix.length));
    const unreadable = own(fields).find((field) => !readable(record, field));
    if (unreadable) {
        const message = `No such column '${unreadable}' on entity '${record.apiName}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name.`;
        return error(400, 'Bad Request', 'INVALID_FIELD', message);
    }
    return {
        data: representation(record.apiName, recordId, fieldsOf(record, [...own(fields), ...own(optionalFields)]))
    };
}

/** Lightning Data Service's part: one request per record and field set, shared by every wire. */
const cache = new Map();

/**
 * Answers from the cache when the same record and fields were asked for before (even while that
 * request is still in flight); otherwise makes one request.
 * @returns {Promise<{data?: object, error?: object}>}
 */
export function fetchRecord(recordId, fields, optionalFields) {
    const key = `${recordId}|${[...fields].sort()}|${[...optionalFields].sort()}`;
    if (cache.has(key)) {
        stats.cacheHits += 1;
    } else {
        stats.requests += 1;
        stats.log.push({ recordId, fields: [...fields], optionalFields: [...optionalFields] });
        cache.set(
            key,
            roundTrip().then(() => deepFreeze(answer(recordId, fields, optionalFields)))
        );
    }
    activity.dispatchEvent(new Event('change'));
    return cache.get(key);
}

/**
 * POST /ui-api/records for a Task, as createRecord sends it: resolves to the new record, or
 * rejects with the error a refused record write carries: an Error with Output whose Record
 * Exceptions hold the reasons (output.errors).
 */
export async function createRecord({ apiName, fields } = {}) {
    await roundTrip();
    const refused = (message, errors = []) => ({
        status: 400,
        statusText: 'Bad Request',
        ok: false,
        body: { enhancedErrorType: 'RecordError', message, output: { errors, fieldErrors: {} } }
    });
    // A Record Exception Error that no one field caused.
    const recordError = (errorCode, message) => ({
        constituentField: null,
        duplicateRecordError: null,
        errorCode,
        field: null,
        fieldLabel: null,
        message
    });
    if (apiName !== 'Task') throw refused(`The preview creates only Tasks, not ${apiName}.`);
    if (scenario.logFails) {
        const message = 'Enter a Type for every task (validation rule Task_Type_Required).';
        const errors = [recordError('FIELD_CUSTOM_VALIDATION_EXCEPTION', message)];
        throw refused('An error occurred while trying to update the record. Please try again.', errors);
    }
    const id = `00T5g00000Glnc${String(activities.length + 1).padStart(4, '0')}`;
    activities.push({ id, ...fields });
    activity.dispatchEvent(new Event('change'));
    return deepFreeze(uiRecord(apiName, id, fields));
}
