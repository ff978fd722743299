/*
 * UI API responses for tests that build them in code: a record with every property the real Record
 * response body has, and the errors a read or a record write delivers instead. The shapes are those
 * of force-app/test/ui-api/uiApiResponses.schema.json, which checks this builder's output too.
 */

type Scalar = string | number | boolean | null;

/** A Record response body: what getRecord delivers and createRecord resolves to. */
export interface UiRecordRepresentation extends UiRecord {
    readonly childRelationships: Readonly<Record<string, unknown>>;
    readonly eTag: string;
    readonly lastModifiedById: string;
    readonly lastModifiedDate: string;
    readonly recordTypeId: string | null;
    readonly recordTypeInfo: null;
    readonly systemModstamp: string;
    readonly weakEtag: number;
    readonly fields: Readonly<Record<string, UiRecordFieldValue>>;
}

/** The running user in sfdx-lwc-jest (`@salesforce/user/Id`), who last changed every sample record. */
const RUNNING_USER_ID = '005000000000000000';
/** The ID UI API gives the record type of a record whose object has record types but none assigned. */
const MASTER_RECORD_TYPE_ID = '012000000000000AAA';
const MODIFIED = '2026-11-24T17:00:00.000Z';

/**
 * A record of `apiName`: each value wrapped as a Field Value. A related record (built with this
 * function) goes under its relationship name (`Contact`), its name as the display value; null
 * there is an empty lookup. Leave out a field to say the user cannot read it.
 */
export function uiRecord(
    apiName: string,
    id: string,
    values: Readonly<Record<string, Scalar | UiRecordRepresentation>>
): UiRecordRepresentation {
    const fields = Object.fromEntries(
        Object.entries(values).map(([name, value]): [string, UiRecordFieldValue] => {
            const relatedName = value !== null && typeof value === 'object' ? value.fields.Name?.value : null;
            return [name, { value, displayValue: typeof relatedName === 'string' ? relatedName : null }];
        })
    );
    // User has no record types: UI API gives it no record type ID.
    const recordTypeId = apiName === 'User' ? null : MASTER_RECORD_TYPE_ID;
    return {
        apiName,
        childRelationships: {},
        eTag: `etag-${id}`,
        fields,
        id,
        lastModifiedById: RUNNING_USER_ID,
        lastModifiedDate: MODIFIED,
        recordTypeId,
        recordTypeInfo: null,
        systemModstamp: MODIFIED,
        weakEtag: Date.parse(MODIFIED)
    };
}

/** A UI API error as Lightning Data Service delivers it: a FetchResponse, never `ok`. */
export type UiApiErrorResponse = UiApiError & { readonly ok: false };

const STATUS_TEXT: Readonly<Record<number, string>> = { 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found' };

/** What the getRecord wire delivers when a read fails: a FetchResponse whose body lists the errors. */
export function uiApiReadError(status: 400 | 403 | 404, errorCode: string, message: string): UiApiErrorResponse {
    const body = [{ errorCode, message }];
    return { status, statusText: STATUS_TEXT[status], ok: false, body };
}

/**
 * What createRecord rejects with when the server refuses the record (a validation rule, a missing
 * access): its generic message, and Salesforce's specific reasons in output.errors.
 */
export function uiApiWriteError(
    message: string,
    ...errors: ReadonlyArray<{ errorCode: string; message: string }>
): UiApiErrorResponse {
    const output = {
        errors: errors.map((error) => ({
            constituentField: null,
            duplicateRecordError: null,
            field: null,
            fieldLabel: null,
            ...error
        })),
        fieldErrors: {}
    };
    const body = { enhancedErrorType: 'RecordError', message, output };
    return { status: 400, statusText: STATUS_TEXT[400], ok: false, body };
}
