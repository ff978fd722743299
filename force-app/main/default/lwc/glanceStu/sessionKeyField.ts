/*
 * The record field that fills the session-key box: which field, on which record, how UI API reads it,
 * and what is reported missing. docs/design.md says how an admin names the field.
 */
import * as LABELS from './labels';
import { formatLabel, settingName, type CardMessage } from './problemMessages';
import { wireErrorMessage } from './wireErrors';
import type { EffectiveSettings } from './linkSettings';

/** The record whose session-key field is read; `followed` in the utility bar, where it is the open one. */
export type RecordContext = { recordId: string; objectApiName: string; followed: boolean };
/** A getRecord config; the required Id makes the request say whether the record is readable. */
export type RecordRequest = { recordId: string; fields: string[]; optionalFields: string[] };

export interface SessionKeyFieldState {
    /** the key the record holds (only a text value, an ID too, can be one), or null */
    key: string | null;
    /** true while the page's own record is pending: a followed record changes under the agent, so
     * the box never blanks for it and fills in when the record comes */
    waiting: boolean;
    /** the configured field is not a field, or not on this record where it is expected */
    problem: CardMessage | null;
    /** the record that holds the key could not be read */
    notice: CardMessage | null;
}

type KeyFieldSettings = Pick<EffectiveSettings, 'sessionKeyField' | 'placed'>;
/** `objectName` null for a field of any object. */
type FieldPath = { objectName: string | null; path: string[] };

/** The configured field, or null when blank or not a field name or path at all. */
function fieldPathOf(configured: string): FieldPath | null {
    const parts = configured.split('.');
    if (!configured || !parts.every((part) => /^[A-Za-z][A-Za-z0-9_]*$/.test(part))) {
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

export function fieldPathOn(settings: { sessionKeyField: string }, context: RecordContext | null): string[] | null {
    return pathOn(fieldPathOf(settings.sessionKeyField), context);
}

/**
 * The field's value through its lookups, by API name in any case: null for an empty lookup or field,
 * undefined when the record lacks the field (UI API leaves out what the user cannot read).
 */
export function fieldValueAt(record: UiRecord, path: readonly string[]): unknown {
    const [name, ...rest] = path;
    const key = Object.keys(record.fields).find((each) => each.toLowerCase() === name.toLowerCase());
    const field = key ? record.fields[key] : undefined;
    if (!field || !rest.length) {
        return field?.value;
    }
    const value = field.value;
    const isRecord = typeof value === 'object' && value !== null && 'fields' in value;
    return isRecord ? fieldValueAt(value as UiRecord, rest) : value === null ? null : undefined;
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
 * A name that cannot be a field is always reported. A page's own field on its own record is
 * expected there; Glance Settings apply to every page and a followed record can be of any object,
 * so there only a field named for the record's object is. An expected field is reported when named
 * for another object, or when the record arrived without it.
 */
function problemOf(
    settings: KeyFieldSettings,
    context: RecordContext | null,
    record: UiRecord | undefined
): CardMessage | null {
    const configured = settings.sessionKeyField;
    const field = fieldPathOf(configured);
    if (!configured || (field && !context)) {
        return null;
    }
    const strict = settings.placed.sessionKeyField && !context?.followed;
    const path = pathOn(field, context);
    const expected = strict || field?.objectName !== null;
    const reported = !field || (path ? expected && !!record && fieldValueAt(record, path) === undefined : strict);
    const name = settingName('sessionKeyField', settings.placed);
    const text = formatLabel(LABELS.problemSessionKeyFieldMissing, name, configured);
    return reported ? { key: 'session-key-field', text } : null;
}

/** The field's state on this record, from the getRecord result that recordRequest (cardState.ts) asked for. */
export function sessionKeyFieldState(
    settings: KeyFieldSettings,
    context: RecordContext | null,
    result: WireResult<UiRecord> | undefined
): SessionKeyFieldState {
    const path = fieldPathOn(settings, context);
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
