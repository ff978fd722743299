import {
    LABELS,
    effectiveSettings,
    fieldValueAt,
    formatLabel,
    recordContextOf,
    sessionKeyFieldState,
    recordRequest,
    type RecordContext
} from 'c/glanceStu';
import { uiApiReadError, uiRecord } from '../../../../../test/jest-utils/uiApi';

const CASE_ID = '500000000000001AAA';
const CONTACT_ID = '003000000000001AAA';
const ON_CASE: RecordContext = { recordId: CASE_ID, objectApiName: 'Case', followed: false };
const FOLLOWED_CASE: RecordContext = { ...ON_CASE, followed: true };

/** Settings with the field set on the placement (the card's property) or in Glance Settings. */
const placed = (sessionKeyField: string) => effectiveSettings({ sessionKeyField }, {});
const fromSettings = (sessionKeyField: string) => effectiveSettings({}, { sessionKeyField });

type Values = Readonly<Record<string, string | number | null>>;
/** A Case as UI API delivers it: own fields, and a Contact lookup as a nested record (or null). */
function caseRecord(fields: Values, contact?: Values | null): UiRecord {
    const own = { Id: CASE_ID, ...fields };
    if (contact === undefined) return uiRecord('Case', CASE_ID, own);
    return uiRecord('Case', CASE_ID, { ...own, Contact: contact && uiRecord('Contact', CONTACT_ID, contact) });
}
const arrived = (record: UiRecord) => ({ data: record });
const FORBIDDEN = uiApiReadError(403, 'INSUFFICIENT_ACCESS', "You don't have access to this record.");
const missingFromProperty = (field: string) =>
    formatLabel(LABELS.problemSessionKeyFieldMissing, LABELS.propertySessionKeyField, field);
const missingFromSettings = (field: string) =>
    formatLabel(LABELS.problemSessionKeyFieldMissing, LABELS.settingFieldSessionKeyField, field);

describe('sessionKeyField: the record request', () => {
    it.each<[string, string]>([
        ['Glance_Session_Key__c', 'Case.Glance_Session_Key__c'],
        ['Case.Glance_Session_Key__c', 'Case.Glance_Session_Key__c'],
        ['case.glance_session_key__c', 'Case.glance_session_key__c'],
        ['  Case.ContactId ', 'Case.ContactId'],
        ['Case.Contact.Glance_Visitor_Id__c', 'Case.Contact.Glance_Visitor_Id__c'],
        ['Case.Contact.Account.Glance_Visitor_Id__c', 'Case.Contact.Account.Glance_Visitor_Id__c']
    ])('reads %j as the optional field %j, with the Id required', (configured, optionalField) => {
        const request = { recordId: CASE_ID, fields: ['Case.Id'], optionalFields: [optionalField] };
        expect(recordRequest({ settings: placed(configured) }, ON_CASE)).toEqual(request);
        expect(recordRequest({ settings: fromSettings(configured) }, FOLLOWED_CASE)).toEqual(request);
    });

    it.each(['', '   ', 'Contact.Glance_Visitor_Id__c', 'Lead.Contact.Glance_Visitor_Id__c'])(
        'reads no record for %j on a Case',
        (configured) => {
            expect(recordRequest({ settings: placed(configured) }, ON_CASE)).toBeUndefined();
            expect(recordRequest({ settings: fromSettings(configured) }, ON_CASE)).toBeUndefined();
        }
    );

    it.each(['Glance Session Key', 'Case.', '.Glance_Session_Key__c', 'Case..Field__c', '1Field__c', 'Case.Contact.'])(
        'reads no record for %j, which is not a field name or path',
        (configured) => {
            expect(recordRequest({ settings: placed(configured) }, ON_CASE)).toBeUndefined();
        }
    );

    it('reads no record while none is open', () => {
        expect(recordRequest({ settings: placed('Glance_Session_Key__c') }, null)).toBeUndefined();
    });

    it('lets the placement field win over Glance Settings', () => {
        const settings = effectiveSettings(
            { sessionKeyField: 'Glance_Session_Key__c' },
            { sessionKeyField: 'Case.ContactId' }
        );
        expect(recordRequest({ settings: settings }, ON_CASE)?.optionalFields).toEqual(['Case.Glance_Session_Key__c']);
    });
});

describe('sessionKeyField: fieldValueAt walks the record', () => {
    const record = caseRecord(
        { Glance_Session_Key__c: '4821', ContactId: CONTACT_ID },
        { Glance_Visitor_Id__c: 'V-1' }
    );

    it('reads an own field in any case, and a field through a lookup', () => {
        expect(fieldValueAt(record, ['glance_session_key__c'])).toBe('4821');
        expect(fieldValueAt(record, ['ContactId'])).toBe(CONTACT_ID);
        expect(fieldValueAt(record, ['contact', 'GLANCE_VISITOR_ID__C'])).toBe('V-1');
    });

    it('gives null for an empty lookup and undefined for what the record lacks', () => {
        expect(fieldValueAt(caseRecord({}, null), ['Contact', 'Glance_Visitor_Id__c'])).toBeNull();
        expect(fieldValueAt(caseRecord({}), ['Contact', 'Glance_Visitor_Id__c'])).toBeUndefined();
        expect(fieldValueAt(record, ['Contact', 'Other__c'])).toBeUndefined();
        expect(fieldValueAt(record, ['Other__c'])).toBeUndefined();
        // A text field is no lookup: a path through it names no field.
        expect(fieldValueAt(record, ['Glance_Session_Key__c', 'Name'])).toBeUndefined();
    });
});

describe('sessionKeyField: which record', () => {
    it("takes the page's own record, or else the record page the agent has open", () => {
        const page = { type: 'standard__recordPage', attributes: { recordId: CASE_ID, objectApiName: 'Case' } };
        expect(recordContextOf(CASE_ID, 'Case', undefined)).toEqual(ON_CASE);
        expect(recordContextOf(undefined, undefined, page)).toEqual(FOLLOWED_CASE);
        expect(recordContextOf(CASE_ID, undefined, page)).toBeNull();
        expect(recordContextOf(undefined, undefined, { type: 'standard__navItemPage', attributes: {} })).toBeNull();
        expect(recordContextOf(undefined, undefined, { type: 'standard__recordPage', attributes: {} })).toBeNull();
        expect(recordContextOf(undefined, undefined, undefined)).toBeNull();
    });
});

describe('sessionKeyField: state on a record page, from the Session Key Field property', () => {
    it('gives the key once the record arrives, and waits for it until then', () => {
        const settings = placed('Glance_Session_Key__c');
        expect(sessionKeyFieldState(settings, ON_CASE, undefined)).toEqual({
            key: null,
            waiting: true,
            problem: null,
            notice: null
        });
        const record = caseRecord({ Glance_Session_Key__c: '4821' });
        expect(sessionKeyFieldState(settings, ON_CASE, arrived(record))).toEqual({
            key: '4821',
            waiting: false,
            problem: null,
            notice: null
        });
    });

    it.each<[string, UiRecord, string | null]>([
        ['Case.Contact.Glance_Visitor_Id__c', caseRecord({}, { Glance_Visitor_Id__c: CONTACT_ID }), CONTACT_ID],
        ['Case.ContactId', caseRecord({ ContactId: CONTACT_ID }), CONTACT_ID],
        ['Case.Contact.Glance_Visitor_Id__c', caseRecord({}, null), null],
        ['Case.Contact.Glance_Visitor_Id__c', caseRecord({}, { Glance_Visitor_Id__c: null }), null],
        ['Glance_Session_Key__c', caseRecord({ Glance_Session_Key__c: 4821 }), null]
    ])('reads %j as the key %j, reporting nothing', (configured, record, key) => {
        const state = sessionKeyFieldState(placed(configured), ON_CASE, arrived(record));
        expect(state).toEqual({ key, waiting: false, problem: null, notice: null });
    });

    it.each<[string, UiRecord]>([
        ['Glance_Key__c', caseRecord({ Glance_Session_Key__c: '4821' })],
        // UI API leaves out a field the user cannot read, and a path that names no field.
        ['Case.Contact.Glance_Visitor_Id__c', caseRecord({})],
        ['Case.Contact.Glance_Visitor_Id__c', caseRecord({}, { Name: 'Grace' })]
    ])('reports %j, which the record lacks, naming the property', (configured, record) => {
        const state = sessionKeyFieldState(placed(configured), ON_CASE, arrived(record));
        expect(state.problem).toEqual({ key: 'session-key-field', text: missingFromProperty(configured) });
        expect(state.key).toBeNull();
    });

    it.each(['Contact.Glance_Visitor_Id__c', 'Glance Session Key', 'Case.'])(
        'reports %j at once: another object, or not a field',
        (configured) => {
            const state = sessionKeyFieldState(placed(configured), ON_CASE, undefined);
            expect(state).toEqual({
                key: null,
                waiting: false,
                problem: { key: 'session-key-field', text: missingFromProperty(configured) },
                notice: null
            });
        }
    );

    it('reports a name that is not a field even without a record, and nothing for a real one', () => {
        expect(sessionKeyFieldState(placed('Glance Session Key'), null, undefined).problem?.text).toBe(
            missingFromProperty('Glance Session Key')
        );
        expect(sessionKeyFieldState(placed('Case.Glance_Session_Key__c'), null, undefined)).toEqual({
            key: null,
            waiting: false,
            problem: null,
            notice: null
        });
    });

    it('tells the agent when the record cannot be read, and stops waiting', () => {
        const state = sessionKeyFieldState(placed('Glance_Session_Key__c'), ON_CASE, { error: FORBIDDEN });
        expect(state.waiting).toBe(false);
        expect(state.problem).toBeNull();
        expect(state.notice?.key).toBe('record');
        expect(state.notice?.text).toContain("You don't have access to this record.");
    });

    it('gives no key, notice or problem from a result for another field when none applies', () => {
        const state = sessionKeyFieldState(placed(''), ON_CASE, { error: FORBIDDEN });
        expect(state).toEqual({ key: null, waiting: false, problem: null, notice: null });
    });
});

describe('sessionKeyField: state on a followed record (utility bar)', () => {
    it('never waits, so the key box stays with the agent', () => {
        expect(sessionKeyFieldState(placed('Glance_Session_Key__c'), FOLLOWED_CASE, undefined).waiting).toBe(false);
    });

    it.each<[string, string | null]>([
        ['Glance_Key__c', null],
        ['Contact.Glance_Visitor_Id__c', null],
        ['Case.Glance_Key__c', 'reported'],
        ['Case.Contact.Glance_Visitor_Id__c', 'reported']
    ])('for %j missing on the open Case: %s', (configured, reported) => {
        const state = sessionKeyFieldState(placed(configured), FOLLOWED_CASE, arrived(caseRecord({})));
        expect(state.problem?.text ?? null).toBe(reported && missingFromProperty(configured));
    });
});

describe('sessionKeyField: state from Glance Settings', () => {
    it('fills the key from a path through the Contact lookup', () => {
        const record = caseRecord({}, { Glance_Visitor_Id__c: 'V-42' });
        const state = sessionKeyFieldState(fromSettings('Case.Contact.Glance_Visitor_Id__c'), ON_CASE, arrived(record));
        expect(state).toEqual({ key: 'V-42', waiting: false, problem: null, notice: null });
    });

    it('waits for the page record it reads', () => {
        expect(sessionKeyFieldState(fromSettings('Case.ContactId'), ON_CASE, undefined).waiting).toBe(true);
    });

    it.each<[string, string | null]>([
        // Glance Settings apply on every page: only a field named for this object is expected here.
        ['Glance_Key__c', null],
        ['Contact.Glance_Visitor_Id__c', null],
        ['Case.Glance_Key__c', 'reported'],
        ['Case.Contact.Glance_Visitor_Id__c', 'reported'],
        ['Glance Key', 'reported']
    ])('for %j missing on a Case page: %s, naming the Glance Settings field', (configured, reported) => {
        const state = sessionKeyFieldState(fromSettings(configured), ON_CASE, arrived(caseRecord({})));
        expect(state.problem?.text ?? null).toBe(reported && missingFromSettings(configured));
    });
});
