import { createElement } from 'lwc';
import GlanceStuLauncher from 'c/glanceStuLauncher';
import { createRecord, getRecord } from 'lightning/uiRecordApi';
import { RefreshEventName } from 'lightning/refresh';
import { CurrentPageReference } from 'lightning/navigation';
import { EnclosingUtilityId } from 'lightning/platformUtilityBarApi';
import UNKNOWN_ERROR from '@salesforce/label/c.GlanceStu_UnknownError';
import { LABELS, REOPEN_GUARD_MS, formatLabel } from 'c/glanceStu';
import {
    asTestWireAdapter,
    childShadow,
    flushRendering as flush,
    liveWireConfigs,
    pressKey,
    resetDom,
    typeSessionKey,
    type WireConfig
} from '../../../../../test/jest-utils/lwcTestUtils';

// An admin (Customize Application), who alone reads why a record's sessions are not logged.
jest.mock('@salesforce/userPermission/CustomizeApplication', () => ({ __esModule: true, default: true }), {
    virtual: true
});

/* eslint-disable @typescript-eslint/no-require-imports */
const runningUser = require('../../../../../test/jest-data/runningUser.json');
// Glance Settings turn logging on, with the org's closed Task status "Closed".
const runningUserLogSessions = require('../../../../../test/jest-data/runningUserLogSessions.json');
const pageReferences = require('./data/pageReferences.json');
const taskCreateError = require('./data/taskCreateError.json');
const messagingSessionWithCase = require('./data/messagingSessionWithCase.json');
const messagingSessionWithContactOnly = require('./data/messagingSessionWithContactOnly.json');
const messagingSessionAlone = require('./data/messagingSessionAlone.json');
const voiceCall = require('./data/voiceCall.json');
const accountWithoutSessionKeyField = require('./data/accountWithoutSessionKeyField.json');
/* eslint-enable @typescript-eslint/no-require-imports */

const getRecordAdapter = asTestWireAdapter(getRecord);
const pageReferenceAdapter = asTestWireAdapter(CurrentPageReference);
const utilityIdAdapter = asTestWireAdapter(EnclosingUtilityId);
const createRecordMock = createRecord as jest.MockedFunction<typeof createRecord>;

const USER_ID = '005000000000000000';
const CASE_ID = '500000000000001AAA';
const CONTACT_ID = '0035g00000AbCdEAAZ';
const MESSAGING_SESSION_ID = '0Mw000000000001AAA';
const VOICE_CALL_ID = '0LQ000000000001AAA';
const ACCOUNT_ID = '001000000000001AAA';
// 06:30 UTC on the 25th is still the 24th for the agent in Los Angeles (Jest's i18n time zone).
const NOW = new Date('2026-11-25T06:30:00Z');
const AGENT_TODAY = '2026-11-24';
const VIEW_URL_STORED = 'https://www.glance.net/agentjoin/AgentView.aspx?idptoken=00D5g000004ABCD&SessionKey=4821';
const JOIN_URL_STORED = 'https://www.glance.net/agentjoin/AgentJoin.aspx?idptoken=00D5g000004ABCD';
const ON_CASE = { recordId: CASE_ID, objectApiName: 'Case' };
const ON_MESSAGING_SESSION = { recordId: MESSAGING_SESSION_ID, objectApiName: 'MessagingSession' };
const ON_VOICE_CALL = { recordId: VOICE_CALL_ID, objectApiName: 'VoiceCall' };

const isWireFor = (recordId: string) => (config: WireConfig) => config.recordId === recordId;
const isUserWire = isWireFor(USER_ID);

/** The running user with these User.Glance_* fields (their effective Glance Settings) set. */
function userWith(settings: Record<string, unknown>, base: UiRecord = runningUser): UiRecord {
    const fields = Object.entries(settings).map(([field, value]) => [field, { value, displayValue: null }]);
    return { ...base, fields: { ...base.fields, ...Object.fromEntries(fields) } };
}

function mount(props: Record<string, unknown>): HTMLElement {
    const element = createElement('c-glance-stu-launcher', { is: GlanceStuLauncher });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

async function mountWithUser(
    props: Record<string, unknown>,
    user: unknown = runningUserLogSessions
): Promise<HTMLElement> {
    const element = mount(props);
    getRecordAdapter.emit(user, isUserWire);
    await flush();
    return element;
}

async function emitRecord(record: UiRecord): Promise<void> {
    getRecordAdapter.emit(record, isWireFor(record.id));
    await flush();
}

const linksRoot = (element: HTMLElement) => childShadow(element, 'c-glance-stu-links');
const messagesRoot = (element: HTMLElement) => childShadow(element, 'c-glance-stu-messages');
const anchor = (element: HTMLElement, stu: string) =>
    linksRoot(element).querySelector(`a[data-stu="${stu}"]`) as HTMLAnchorElement;
const logError = (element: HTMLElement) => messagesRoot(element).querySelector('[data-stu="log-error"]');
const problemTexts = (element: HTMLElement) =>
    [...messagesRoot(element).querySelectorAll('[data-problem]')].map((node) => node.textContent?.trim());

async function follow(element: HTMLElement, stu: string, event: Event = new MouseEvent('click')): Promise<void> {
    anchor(element, stu).dispatchEvent(event);
    await flush();
}

/** Types 4821, follows View, then (past the double-press guard) Join. */
async function openViewAndJoin(element: HTMLElement): Promise<void> {
    await typeSessionKey(linksRoot(element), '4821');
    await follow(element, 'view');
    jest.setSystemTime(Date.now() + REOPEN_GUARD_MS);
    await follow(element, 'join');
}

function viewTask(relation: 'WhoId' | 'WhatId', recordId: string, status = 'Closed'): UiRecordInput {
    return {
        apiName: 'Task',
        fields: {
            Subject: formatLabel(LABELS.logSubjectView, '4821'),
            Status: status,
            ActivityDate: AGENT_TODAY,
            Description: [
                formatLabel(LABELS.logDescriptionLink, LABELS.viewLink),
                formatLabel(LABELS.logDescriptionSessionKey, '4821'),
                formatLabel(LABELS.logDescriptionUrl, VIEW_URL_STORED)
            ].join('\n'),
            Glance_Link__c: 'View',
            Glance_Session_Key__c: '4821',
            [relation]: recordId
        }
    };
}

function joinTask(relation: 'WhoId' | 'WhatId', recordId: string): UiRecordInput {
    return {
        apiName: 'Task',
        fields: {
            Subject: LABELS.logSubjectJoin,
            Status: 'Closed',
            ActivityDate: AGENT_TODAY,
            Description: [
                formatLabel(LABELS.logDescriptionLink, LABELS.joinLink),
                formatLabel(LABELS.logDescriptionUrl, JOIN_URL_STORED)
            ].join('\n'),
            Glance_Link__c: 'Join',
            [relation]: recordId
        }
    };
}

beforeEach(() => {
    // Only the clock is fake: renders and wires still settle on real timers.
    jest.useFakeTimers({ now: NOW, doNotFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'queueMicrotask'] });
});

afterEach(() => {
    resetDom();
    jest.useRealTimers();
    jest.clearAllMocks();
    createRecordMock.mockReset();
    createRecordMock.mockResolvedValue({} as UiRecord);
});

describe('c-glance-stu-launcher session log', () => {
    // Which Task field relates each object's record is sessionLog's rule, tested there for every object.
    it("logs a View followed on the page record as one Task, with Glance Settings' closed status", async () => {
        const element = await mountWithUser(ON_CASE);
        await typeSessionKey(linksRoot(element), '4821');
        await follow(element, 'view');
        expect(createRecordMock.mock.calls).toEqual([[viewTask('WhatId', CASE_ID)]]);
    });

    it('logs a Join followed on the page record as one Task', async () => {
        const element = await mountWithUser(ON_CASE);
        await follow(element, 'join');
        expect(createRecordMock.mock.calls).toEqual([[joinTask('WhatId', CASE_ID)]]);
    });

    it('gives the Task the Completed status when Glance Settings name none', async () => {
        const element = await mountWithUser(ON_CASE, userWith({ Glance_Log_Sessions__c: true }));
        await typeSessionKey(linksRoot(element), '4821');
        await follow(element, 'view');
        expect(createRecordMock.mock.calls).toEqual([[viewTask('WhatId', CASE_ID, 'Completed')]]);
    });

    it('logs nothing when Glance Settings leave logging off', async () => {
        const element = await mountWithUser(ON_CASE, runningUser);
        await openViewAndJoin(element);
        expect(createRecordMock).not.toHaveBeenCalled();
        expect(logError(element)).toBeNull();
    });

    it('logs nothing on an App page, which has no record', async () => {
        const element = await mountWithUser({});
        await follow(element, 'join');
        expect(createRecordMock).not.toHaveBeenCalled();
    });

    it('logs nothing from the utility bar while no record is open, and on the record once one is', async () => {
        const element = mount({});
        utilityIdAdapter.emit('utility-glance');
        pageReferenceAdapter.emit(pageReferences.homePage);
        getRecordAdapter.emit(runningUserLogSessions, isUserWire);
        await flush();
        await follow(element, 'join');
        expect(createRecordMock).not.toHaveBeenCalled();
        pageReferenceAdapter.emit(pageReferences.accountRecordPage);
        await flush();
        jest.setSystemTime(NOW.getTime() + REOPEN_GUARD_MS);
        await follow(element, 'join');
        expect(createRecordMock.mock.calls).toEqual([[joinTask('WhatId', ACCOUNT_ID)]]);
    });

    it('logs a View opened with the middle button or with Enter', async () => {
        jest.spyOn(window, 'open').mockImplementation(() => ({}) as Window);
        const element = await mountWithUser(ON_CASE);
        await typeSessionKey(linksRoot(element), '4821');
        await follow(element, 'view', new MouseEvent('auxclick', { button: 1 }));
        expect(createRecordMock.mock.calls).toEqual([[viewTask('WhatId', CASE_ID)]]);
        // Past the double-press guard, so Enter opens the same session again.
        jest.setSystemTime(NOW.getTime() + REOPEN_GUARD_MS);
        pressKey(linksRoot(element), 'Enter');
        await flush();
        expect(createRecordMock.mock.calls).toEqual([[viewTask('WhatId', CASE_ID)], [viewTask('WhatId', CASE_ID)]]);
    });

    it('asks the page to refresh once the Task is created, so the activity timeline shows it', async () => {
        let created: () => void = () => undefined;
        createRecordMock.mockImplementationOnce(
            () => new Promise((resolve) => (created = () => resolve({} as UiRecord)))
        );
        const element = await mountWithUser(ON_CASE);
        const refreshes = jest.fn();
        document.body.addEventListener(RefreshEventName, refreshes);
        await follow(element, 'join');
        expect(createRecordMock).toHaveBeenCalledTimes(1);
        expect(refreshes).not.toHaveBeenCalled();
        created();
        await flush();
        expect(refreshes).toHaveBeenCalledTimes(1);
        expect(refreshes.mock.calls[0][0].target).toBe(element);
        document.body.removeEventListener(RefreshEventName, refreshes);
    });

    it('logs one Task for a double click on Join, and refreshes nothing when the Task is refused', async () => {
        createRecordMock.mockRejectedValueOnce(taskCreateError);
        const element = await mountWithUser(ON_CASE);
        const refreshes = jest.fn();
        element.addEventListener(RefreshEventName, refreshes);
        const second = new MouseEvent('click', { cancelable: true });
        await follow(element, 'join');
        await follow(element, 'join', second);
        expect(second.defaultPrevented).toBe(true);
        expect(createRecordMock).toHaveBeenCalledTimes(1);
        expect(refreshes).not.toHaveBeenCalled();
    });
});

describe("c-glance-stu-launcher session log failures, in the platform's words", () => {
    it('says why a Task was not logged, keeps the links working, and clears the notice once one is', async () => {
        createRecordMock.mockRejectedValueOnce(taskCreateError);
        const element = await mountWithUser(ON_CASE);
        await typeSessionKey(linksRoot(element), '4821');
        const click = new MouseEvent('click', { cancelable: true });
        await follow(element, 'view', click);
        expect(click.defaultPrevented).toBe(false);
        expect(logError(element)?.textContent?.trim()).toBe(
            formatLabel(LABELS.logFailed, 'You do not have permission to create tasks.')
        );
        expect(anchor(element, 'view').getAttribute('href')).toContain('SessionKey=4821');
        expect(anchor(element, 'join').getAttribute('href')).toContain('AgentJoin.aspx');
        await expect(element).toBeAccessible();
        await follow(element, 'join');
        expect(createRecordMock).toHaveBeenCalledTimes(2);
        expect(logError(element)).toBeNull();
    });

    it("gives a plain Error's own message when the Task create rejects with one", async () => {
        createRecordMock.mockRejectedValueOnce(new Error('Failed to fetch'));
        const element = await mountWithUser(ON_CASE);
        await follow(element, 'join');
        expect(logError(element)?.textContent?.trim()).toBe(formatLabel(LABELS.logFailed, 'Failed to fetch'));
        await expect(element).toBeAccessible();
    });

    it('gives the generic reason only when the failure says nothing', async () => {
        createRecordMock.mockRejectedValueOnce({ body: [], status: 500 });
        const element = await mountWithUser(ON_CASE);
        await follow(element, 'join');
        expect(logError(element)?.textContent?.trim()).toBe(formatLabel(LABELS.logFailed, UNKNOWN_ERROR));
    });
});

describe('c-glance-stu-launcher session log on a Messaging Session or Voice Call, which take no Task', () => {
    const recordWireConfigs = () =>
        liveWireConfigs(getRecordAdapter).filter((config) => config.recordId !== USER_ID && config.recordId);

    it('asks the record for the fields naming where to log only while Glance Settings log sessions', async () => {
        await mountWithUser(ON_MESSAGING_SESSION);
        expect(recordWireConfigs()).toEqual([
            {
                recordId: MESSAGING_SESSION_ID,
                fields: ['MessagingSession.Id'],
                optionalFields: ['MessagingSession.CaseId', 'MessagingSession.EndUserContactId']
            }
        ]);
        resetDom();
        await mountWithUser(ON_VOICE_CALL);
        expect(recordWireConfigs()).toEqual([
            { recordId: VOICE_CALL_ID, fields: ['VoiceCall.Id'], optionalFields: ['VoiceCall.RelatedRecordId'] }
        ]);
        resetDom();
        await mountWithUser(ON_MESSAGING_SESSION, runningUser);
        expect(recordWireConfigs()).toEqual([]);
    });

    it.each<[string, UiRecord, 'WhatId' | 'WhoId', string]>([
        ['its Case', messagingSessionWithCase, 'WhatId', CASE_ID],
        ["its end user's Contact when it has no Case", messagingSessionWithContactOnly, 'WhoId', CONTACT_ID]
    ])('logs a View opened from a Messaging Session on %s', async (_case, session, relation, recordId) => {
        const element = await mountWithUser(ON_MESSAGING_SESSION);
        await emitRecord(session);
        await typeSessionKey(linksRoot(element), '4821');
        await follow(element, 'view');
        expect(createRecordMock.mock.calls).toEqual([[viewTask(relation, recordId)]]);
        expect(problemTexts(element)).toEqual([]);
        expect(logError(element)).toBeNull();
        await expect(element).toBeAccessible();
    });

    it("logs a Join opened from a Voice Call on the call's related record", async () => {
        const element = await mountWithUser(ON_VOICE_CALL);
        await emitRecord(voiceCall);
        await follow(element, 'join');
        expect(createRecordMock.mock.calls).toEqual([[joinTask('WhatId', CASE_ID)]]);
    });

    it('logs a Join the agent opens while the Messaging Session still loads, on its Case once it comes', async () => {
        const element = await mountWithUser(ON_MESSAGING_SESSION);
        await follow(element, 'join');
        expect(createRecordMock).not.toHaveBeenCalled();
        await emitRecord(messagingSessionWithCase);
        expect(createRecordMock.mock.calls).toEqual([[joinTask('WhatId', CASE_ID)]]);
    });

    it('never logs a Join opened on a loading Messaging Session on the record the agent opens next', async () => {
        const element = mount({ sessionKeyField: 'Glance_Session_Key__c' });
        utilityIdAdapter.emit('utility-glance');
        pageReferenceAdapter.emit({
            type: 'standard__recordPage',
            attributes: { ...ON_MESSAGING_SESSION, actionName: 'view' },
            state: {}
        });
        getRecordAdapter.emit(runningUserLogSessions, isUserWire);
        await flush();
        await follow(element, 'join');
        pageReferenceAdapter.emit(pageReferences.accountRecordPage);
        await flush();
        getRecordAdapter.emit(accountWithoutSessionKeyField, isWireFor(ACCOUNT_ID));
        await flush();
        expect(createRecordMock).not.toHaveBeenCalled();
    });

    it('tells an admin, on the card, that sessions are not logged when the Messaging Session cannot be read', async () => {
        const element = await mountWithUser(ON_MESSAGING_SESSION);
        getRecordAdapter.emitError(
            { body: [{ message: 'Insufficient access' }], status: 403 },
            isWireFor(MESSAGING_SESSION_ID)
        );
        await flush();
        expect(problemTexts(element)).toEqual([LABELS.notLoggedHere]);
        await follow(element, 'join');
        expect(createRecordMock).not.toHaveBeenCalled();
        expect(logError(element)).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('logs nothing from a Messaging Session with neither Case nor Contact, and tells an admin once, on the card', async () => {
        const element = await mountWithUser(ON_MESSAGING_SESSION);
        await emitRecord(messagingSessionAlone);
        expect(problemTexts(element)).toEqual([LABELS.notLoggedHere]);
        await expect(element).toBeAccessible();
        await openViewAndJoin(element);
        expect(createRecordMock).not.toHaveBeenCalled();
        expect(logError(element)).toBeNull();
        expect(problemTexts(element)).toEqual([LABELS.notLoggedHere]);
    });
});
