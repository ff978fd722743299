import { createRecord } from 'lightning/uiRecordApi';
import { RefreshEventName } from 'lightning/refresh';
import {
    DEFAULT_TASK_STATUS,
    LABELS,
    agentToday,
    agentJoinUrl,
    formatLabel,
    logSession,
    loggedOnInsteadFields,
    loggedRecordOf,
    sessionTaskInput,
    settleWithin,
    wireErrorMessage,
    urlWithoutIdentity,
    type OpenedLink
} from 'c/glanceStu';
import { uiApiWriteError } from '../../../../../test/jest-utils/uiApi';

const IDENTITY = { name: 'Ada Lovelace', email: 'ada@example.com', phone: '+1 (555) 010-0100' };
// The links as the URL builder makes them, written out: built at load time, a URL builder bug would
// break this whole file instead of the one test that shows it.
const IDENTITY_QUERY = 'name=Ada+Lovelace&email=ada@example.com&phone=%2B1+(555)+010-0100';
const VIEW: OpenedLink = {
    link: 'view',
    sessionKey: '4821',
    url: `https://www.glance.net/agentjoin/AgentView.aspx?idptoken=00D5g000004ABCD&SessionKey=4821&${IDENTITY_QUERY}`
};
const JOIN: OpenedLink = {
    link: 'join',
    url: `https://www.glance.net/agentjoin/AgentJoin.aspx?idptoken=00D5g000004ABCD&${IDENTITY_QUERY}&viewersamewindow=1`
};
const VIEW_URL_STORED = 'https://www.glance.net/agentjoin/AgentView.aspx?idptoken=00D5g000004ABCD&SessionKey=4821';
const JOIN_URL_STORED = 'https://www.glance.net/agentjoin/AgentJoin.aspx?idptoken=00D5g000004ABCD&viewersamewindow=1';

describe('sessionLog: where a session is logged', () => {
    const record = (fields: Record<string, unknown>): UiRecord => ({
        apiName: 'MessagingSession',
        id: '0Mw000000000001AAA',
        fields: Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, { value, displayValue: null }]))
    });
    const MESSAGING = { recordId: '0Mw000000000001AAA', objectApiName: 'MessagingSession' };
    const VOICE = { recordId: '0LQ000000000001AAA', objectApiName: 'VoiceCall' };

    it('logs on the record itself for objects that take Tasks, with nothing more to read', () => {
        expect(loggedOnInsteadFields('Case')).toEqual([]);
        expect(loggedRecordOf({ recordId: '500000000000001AAA', objectApiName: 'Case' }, undefined)).toEqual({
            recordId: '500000000000001AAA'
        });
        expect(loggedRecordOf(null, undefined)).toBeNull();
    });

    it("logs a Messaging Session's sessions on its Case, else on its end user's Contact, else nowhere", () => {
        expect(loggedOnInsteadFields('MessagingSession')).toEqual([
            'MessagingSession.CaseId',
            'MessagingSession.EndUserContactId'
        ]);
        expect(loggedRecordOf(MESSAGING, undefined)).toBeUndefined();
        expect(
            loggedRecordOf(MESSAGING, record({ CaseId: '500000000000001AAA', EndUserContactId: '003000000000001AAA' }))
        ).toEqual({ recordId: '500000000000001AAA' });
        expect(loggedRecordOf(MESSAGING, record({ CaseId: null, EndUserContactId: '003000000000001AAA' }))).toEqual({
            recordId: '003000000000001AAA'
        });
        expect(loggedRecordOf(MESSAGING, record({ CaseId: null, EndUserContactId: null }))).toBeNull();
        // Fields the agent cannot read are left out of the record.
        expect(loggedRecordOf(MESSAGING, record({}))).toBeNull();
    });

    it("logs a Voice Call's sessions on its related record", () => {
        expect(loggedOnInsteadFields('VoiceCall')).toEqual(['VoiceCall.RelatedRecordId']);
        expect(loggedRecordOf(VOICE, record({ RelatedRecordId: '003000000000002AAA' }))).toEqual({
            recordId: '003000000000002AAA'
        });
        expect(loggedRecordOf(VOICE, record({ RelatedRecordId: 'not an id' }))).toBeNull();
    });
});

describe('sessionLog Task input', () => {
    it.each([
        ['Case', '500000000000001AAA', 'WhatId'],
        ['Account', '001000000000001AAA', 'WhatId'],
        ['Contact', '003000000000001AAA', 'WhoId'],
        ['Lead', '00Q000000000001AAA', 'WhoId']
    ])('logs a View on a %s record through %s', (_object, recordId, relation) => {
        expect(sessionTaskInput(VIEW, { recordId }, { today: '2026-11-24' })).toEqual({
            apiName: 'Task',
            fields: {
                Subject: formatLabel(LABELS.logSubjectView, '4821'),
                Status: DEFAULT_TASK_STATUS,
                ActivityDate: '2026-11-24',
                Description: [
                    formatLabel(LABELS.logDescriptionLink, LABELS.viewLink),
                    formatLabel(LABELS.logDescriptionSessionKey, '4821'),
                    formatLabel(LABELS.logDescriptionUrl, VIEW_URL_STORED)
                ].join('\n'),
                Glance_Link__c: 'View',
                Glance_Session_Key__c: '4821',
                [relation]: recordId
            }
        });
    });

    it('logs a Join with the configured closed status and no session key', () => {
        const input = sessionTaskInput(
            JOIN,
            { recordId: '500000000000001AAA' },
            { status: ' Closed ', today: '2026-01-02' }
        );
        expect(input.fields).toEqual({
            Subject: LABELS.logSubjectJoin,
            Status: 'Closed',
            ActivityDate: '2026-01-02',
            Description: [
                formatLabel(LABELS.logDescriptionLink, LABELS.joinLink),
                formatLabel(LABELS.logDescriptionUrl, JOIN_URL_STORED)
            ].join('\n'),
            Glance_Link__c: 'Join',
            WhatId: '500000000000001AAA'
        });
    });

    it.each([null, '', '   '])('uses Completed when the status setting is %j', (status) => {
        const input = sessionTaskInput(JOIN, { recordId: '001' }, { status, today: '2026-01-02' });
        expect(input.fields.Status).toBe('Completed');
    });

    it('never stores the agent name, email or phone', () => {
        const input = sessionTaskInput(VIEW, { recordId: '003' }, { today: '2026-01-02' });
        expect(JSON.stringify(input)).not.toMatch(/Ada|example\.com|555/);
        expect(input.fields.WhoId).toBe('003');
    });

    it("never stores an idpusername, a person's Glance address, and keeps the rest of the URL", () => {
        const sso = { kind: 'idpusername', value: 'ada.glance.net' } as const;
        const join: OpenedLink = {
            link: 'join',
            url: agentJoinUrl({ sso, identity: IDENTITY, mode: 'chatinvitation' })
        };
        const input = sessionTaskInput(join, { recordId: '500' }, { today: '2026-01-02' });
        expect(JSON.stringify(input)).not.toMatch(/ada|idpusername/i);
        expect(input.fields.Description).toContain(
            formatLabel(LABELS.logDescriptionUrl, 'https://www.glance.net/agentjoin/AgentJoin.aspx?mode=chatinvitation')
        );
    });
});

describe('sessionLog helpers', () => {
    it('keeps every other parameter and its encoding when it drops identity', () => {
        const url = agentJoinUrl({
            sso: { kind: 'idpname', value: 'A&B name' },
            identity: IDENTITY,
            mode: 'smsinvitation'
        });
        expect(urlWithoutIdentity(url)).toBe(
            'https://www.glance.net/agentjoin/AgentJoin.aspx?idpname=A%26B+name&mode=smsinvitation'
        );
        expect(urlWithoutIdentity(agentJoinUrl({ identity: IDENTITY }))).toBe(
            'https://www.glance.net/agentjoin/AgentJoin.aspx'
        );
        expect(urlWithoutIdentity(agentJoinUrl())).toBe('https://www.glance.net/agentjoin/AgentJoin.aspx');
    });

    it.each([
        ['2026-11-24T07:30:00Z', 'America/Los_Angeles', '2026-11-23'],
        ['2026-11-24T07:30:00Z', 'Asia/Tokyo', '2026-11-24'],
        ['2026-12-31T23:30:00Z', 'Pacific/Kiritimati', '2027-01-01'],
        ['2026-03-05T12:00:00Z', 'Not/AZone', '2026-03-05']
    ])('gives the agent today for %s in %s as %s', (instant, timeZone, expected) => {
        expect(agentToday(new Date(instant), timeZone)).toBe(expected);
    });
});

describe('logSession', () => {
    const createRecordMock = createRecord as jest.MockedFunction<typeof createRecord>;
    const CASE = { recordId: '500000000000001AAA' };
    const ON = { logSessions: true, logTaskStatus: '' };
    let view: EventTarget;
    let refreshes: jest.Mock;

    beforeEach(() => {
        view = new EventTarget();
        refreshes = jest.fn();
        view.addEventListener(RefreshEventName, refreshes);
    });

    afterEach(() => {
        createRecordMock.mockReset();
        createRecordMock.mockResolvedValue({} as UiRecord);
    });

    it('creates nothing when logging is off or there is no record', async () => {
        await expect(logSession(VIEW, CASE, { logSessions: false, logTaskStatus: '' }, view)).resolves.toBeNull();
        await expect(logSession(VIEW, null, ON, view)).resolves.toBeNull();
        await expect(logSession(VIEW, { recordId: '' }, ON, view)).resolves.toBeNull();
        expect(createRecordMock).not.toHaveBeenCalled();
        expect(refreshes).not.toHaveBeenCalled();
    });

    it('creates the Task with the configured status, then asks the page to refresh, and resolves to null', async () => {
        let created: () => void = () => undefined;
        createRecordMock.mockImplementationOnce(
            () => new Promise((resolve) => (created = () => resolve({} as UiRecord)))
        );
        const logged = logSession(JOIN, CASE, { logSessions: true, logTaskStatus: 'Closed' }, view);
        await Promise.resolve();
        expect(refreshes).not.toHaveBeenCalled();
        created();
        await expect(logged).resolves.toBeNull();
        expect(createRecordMock).toHaveBeenCalledTimes(1);
        expect(createRecordMock.mock.calls[0][0].fields).toEqual(
            expect.objectContaining({ Status: 'Closed', WhatId: CASE.recordId, Subject: LABELS.logSubjectJoin })
        );
        expect(refreshes).toHaveBeenCalledTimes(1);
        expect(refreshes.mock.calls[0][0]).toMatchObject({ bubbles: true, composed: true });
    });

    it("resolves to Salesforce's reason instead of rejecting when the Task is refused", async () => {
        const refusal = uiApiWriteError('An error occurred while trying to update the record. Please try again.', {
            errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
            message: 'Validation: Type is required.'
        });
        createRecordMock.mockRejectedValueOnce(refusal);
        await expect(logSession(VIEW, CASE, ON, view)).resolves.toBe(
            formatLabel(LABELS.logFailed, 'Validation: Type is required.')
        );
        // A plain Error keeps its own words; the generic text only when nothing says why.
        createRecordMock.mockRejectedValueOnce(new Error('Failed to fetch'));
        await expect(logSession(VIEW, CASE, ON, view)).resolves.toBe(formatLabel(LABELS.logFailed, 'Failed to fetch'));
        createRecordMock.mockRejectedValueOnce({});
        await expect(logSession(VIEW, CASE, ON, view)).resolves.toBe(
            formatLabel(LABELS.logFailed, wireErrorMessage(null))
        );
        expect(refreshes).not.toHaveBeenCalled();
    });
});

describe('settleWithin', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it('gives what the promise gives when it settles in time, and leaves no timer behind', async () => {
        const settled = settleWithin(Promise.resolve('created'), 3000, 'late');
        await expect(settled).resolves.toBe('created');
        expect(jest.getTimerCount()).toBe(0);
    });

    it('gives the fallback once the time is up, without waiting for the promise', async () => {
        const settled = settleWithin(new Promise<string>(() => undefined), 3000, 'late');
        jest.advanceTimersByTime(2999);
        const early = await Promise.race([settled, Promise.resolve('still waiting')]);
        expect(early).toBe('still waiting');
        jest.advanceTimersByTime(1);
        await expect(settled).resolves.toBe('late');
    });
});
