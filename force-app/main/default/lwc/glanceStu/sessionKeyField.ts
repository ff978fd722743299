/*
 * The record field that fills the session-key box, for the card and the Glance Session panel: which
 * field (a placement's Session Key Field, else Glance Settings'), on which record, how UI API reads
 * it, and what is reported missing and when. Pure logic: no DOM and no platform imports.
 *
 * An admin writes `Field__c` (any object's field), `Object.Field__c` (that object's only), or a path
 * through lookups with the object first, `Case.Contact.Glance_Visitor_Id__c`, which getRecord reads
 * in the same request. API names are case-insensitive, as Salesforce's are.
 */
import { LABELS, formatLabel } from './labels';
import { settingName, type CardMessage } from './problemMessages';
import { wireErrorMessage } from './wireErrors';
import type { EffectiveSettings } from './linkSettings';

/** The record whose session-key field is read. */
export interface RecordContext {
    recordId: string;
    objectApiName: string;
    /** true in the utility bar, where the record is whichever one the agent has open */
    followed: boolean;
}

/** A getRecord config for the page's record: its Id, required, so the request says whether it is readable. */
export interface RecordRequest {
    recordId: string;
    fields: string[];
    optionalFields: string[];
}

type KeyFieldSettings = Pick<EffectiveSettings, 'sessionKeyField' | 'placed'>;

/** The configured field: its object (null for any object's) and its path below the object. */
interface FieldPath {
    objectName: string | null;
    path: string[];
}

const NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;

/** The configured field, or null when blank or not a field name or path at all. */
function fieldPathOf(configured: string): FieldPath | null {
    const parts = configured.split('.');
    if (!configured || !parts.every((part) => NAME_PATTERN.test(part))) {
        return null;
    }
    return parts.length === 1 ? { objectName: null, path: parts } : { objectName: parts[0], path: parts.slice(1) };
}

/** The path to read from this record, or null when the field is named for another object. */
function pathOn(field: FieldPath | null, context: RecordContext | null): string[] | null {
    const forThisObject =
        field?.objectName === null || field?.objectName.toLowerCase() === context?.objectApiName.toLowerCase();
    return field && context && forThisObject ? field.path : null;
}

/**
 * A placement's field on the page's own record is expected there. Glance Settings apply to every
 * page, and a followed record can be of any object, so there only a field named for the record's
 * object is expected.
 */
function strict(settings: KeyFieldSettings, context: RecordContext): boolean {
    return settings.placed.sessionKeyField && !context.followed;
}

/** The configured field's path below this record's object, or null when no field applies to it. */
export function fieldPathOn(settings: Pick<KeyFieldSettings, 'sessionKeyField'>, context: RecordContext | null): string[] | null {
    return pathOn(fieldPathOf(settings.sessionKeyField), context);
}

/** A field of a UI API record by its API name in any case. */
function fieldOf(record: UiRecord, name: string): UiRecordFieldValue | undefined {
    const key = Object.keys(record.fields).find((each) => each.toLowerCase() === name.toLowerCase());
    return key ? record.fields[key] : undefined;
}

function isRecord(value: unknown): value is UiRecord {
    return typeof value === 'object' && value !== null && 'fields' in value;
}

/**
 * The field's value, through its lookups: null for an empty lookup or field (no key), undefined
 * when the record lacks the field, since UI API leaves out what the user cannot read.
 */
export function fieldValueAt(record: UiRecord, path: readonly string[]): unknown {
    const [name, ...rest] = path;
    const field = fieldOf(record, name);
    if (!field || !rest.length) {
        return field?.value;
    }
    return isRecord(field.value) ? fieldValueAt(field.value, rest) : field.value === null ? null : undefined;
}

/** What the card or panel shows of the field: the key, whether it waits, what it reports. */
export interface SessionKeyFieldState {
    /** the key the record holds (only a text value, an ID too, can be one), or null */
    key: string | null;
    /** true while the page's own record is pending; a followed record changes under the agent, so
     * the box never blanks for it and fills in when the record comes */
    waiting: boolean;
    /** the configured field is not a field, or not on this record (see strict) */
    problem: CardMessage | null;
    /** the record that holds the key could not be read */
    notice: CardMessage | null;
}

/** The page's own record, or else the record page the page reference says is open (followed). */
export function recordContextOf(
    recordId: string | undefined,
    objectApiName: string | undefined,
    page: PageReference | undefined
): RecordContext | null {
    if (recordId) {
        return objectApiName ? { recordId, objectApiName, followed: false } : null;
    }
    const openId = page?.type === 'standard__recordPage' ? page.attributes?.recordId : undefined;
    const openObject = page?.attributes?.objectApiName;
    return openId && openObject ? { recordId: openId, objectApiName: openObject, followed: true } : null;
}

/**
 * A field name that cannot be one is always reported. A field expected on this record (see strict)
 * is reported when it is named for another object, or when the record arrived without it.
 */
function problemOf(
    settings: KeyFieldSettings,
    context: RecordContext | null,
    record: UiRecord | undefined
): CardMessage | null {
    const configured = settings.sessionKeyField;
    if (!configured) {
        return null;
    }
    const missing = {
        key: 'session-key-field',
        text: formatLabel(
            LABELS.problemSessionKeyFieldMissing,
            settingName('sessionKeyField', settings.placed),
            configured
        )
    };
    const field = fieldPathOf(configured);
    if (!field || !context) {
        return field ? null : missing;
    }
    const path = pathOn(field, context);
    if (!path) {
        return strict(settings, context) ? missing : null;
    }
    const expected = strict(settings, context) || field.objectName !== null;
    return expected && record && fieldValueAt(record, path) === undefined ? missing : null;
}

/** The field's state on this record, from the getRecord result that recordRequest (cardState.ts) asked for. */
export function sessionKeyFieldState(
    settings: KeyFieldSettings,
    context: RecordContext | null,
    result: WireResult<UiRecord> | undefined
): SessionKeyFieldState {
    const path = pathOn(fieldPathOf(settings.sessionKeyField), context);
    const record = path ? result?.data : undefined;
    const value = path && record ? fieldValueAt(record, path) : null;
    const error = path ? result?.error : undefined;
    return {
        key: typeof value === 'string' ? value : null,
        waiting: !!path && !context?.followed && !record && !error,
        problem: problemOf(settings, context, record),
        notice: error ? { key: 'record', text: formatLabel(LABELS.recordUnreadable, wireErrorMessage(error)) } : null
    };
}
