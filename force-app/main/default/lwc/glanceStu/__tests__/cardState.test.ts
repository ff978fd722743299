import { LABELS, cardState, recordRequest, effectiveSettings, type CardInputs } from 'c/glanceStu';

const MESSAGING = { recordId: '0Mw000000000001AAA', objectApiName: 'MessagingSession', followed: false };
const userWith = (fields: Record<string, unknown>): WireResult<UiRecord> => ({
    data: {
        apiName: 'User',
        id: '005000000000000AAA',
        fields: Object.fromEntries(
            Object.entries({ Name: 'Ada', Glance_Org_Id__c: '00D5g000004ABCDEAU', ...fields }).map(([name, value]) => [
                name,
                { value, displayValue: null }
            ])
        )
    }
});
const inputs = (overrides: Partial<CardInputs>): CardInputs => ({
    placement: {},
    context: MESSAGING,
    audience: 'admin',
    user: userWith({}),
    record: undefined,
    ...overrides
});

describe('cardState: the page record', () => {
    it('reads nothing from a Messaging Session while sessions are not logged and no key field applies', () => {
        expect(recordRequest({ settings: effectiveSettings({}, {}) }, MESSAGING)).toBeUndefined();
        expect(recordRequest({ settings: effectiveSettings({}, {}) }, null)).toBeUndefined();
    });

    it('asks for the related records to log on, beside the key field, once logging is on', () => {
        const settings = effectiveSettings({ sessionKeyField: 'Glance_Key__c' }, { logSessions: true });
        expect(recordRequest({ settings }, MESSAGING)).toEqual({
            recordId: MESSAGING.recordId,
            fields: ['MessagingSession.Id'],
            optionalFields: [
                'MessagingSession.Glance_Key__c',
                'MessagingSession.CaseId',
                'MessagingSession.EndUserContactId'
            ]
        });
    });

    it('tells admins once, on the card, that sessions here go unlogged when nothing names a record to log on', () => {
        const record = { data: { apiName: 'MessagingSession', id: MESSAGING.recordId, fields: {} } };
        const logging = userWith({ Glance_Log_Sessions__c: true });
        const state = cardState(inputs({ user: logging, record }));
        expect(state.loggedRecord).toBeNull();
        expect(state.messages.problems).toEqual([{ key: 'not-logged', text: LABELS.notLoggedHere }]);
        expect(cardState(inputs({ user: logging, record, audience: 'agent' })).messages).toEqual({
            problems: [],
            notices: []
        });
        expect(cardState(inputs({ record })).messages.problems).toEqual([]);
    });

    it('is loading only until the user record or its error has come', () => {
        expect(cardState(inputs({ user: undefined })).userLoading).toBe(true);
        expect(cardState(inputs({ user: { error: { statusText: 'Forbidden' } } })).userLoading).toBe(false);
        expect(cardState(inputs({})).userLoading).toBe(false);
    });
});
