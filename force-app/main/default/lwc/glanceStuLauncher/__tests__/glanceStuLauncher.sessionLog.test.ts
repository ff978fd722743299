import { createElement } from 'lwc';
import GlanceStuLauncher from 'c/glanceStuLauncher';
import { createRecord, getRecord } from 'lightning/uiRecordApi';
import { RefreshEventName } from 'lightning/refresh';
import { CurrentPageReference } from 'lightning/navigation';
import { EnclosingUtilityId } from 'lightning/platformUtilityBarApi';
import { LABELS, REOPEN_GUARD_MS, formatLabel, wireErrorMessage } from 'c/glanceStu';
import {
    asTestWireAdapter,
    childShadow,
    flushRendering as flush,
    pressKey,
    resetDom,
    typeSessionKey,
    type WireConfig
} from '../../../../../test/jest-utils/lwcTestUtils';

/* eslint-disable @typescript-eslint/no-require-imports */
const runningUser = require('../../../../../test/jest-data/runningUser.json');
const runningUserLogSessions = require('../../../../../test/jest-data/runningUserLogSessions.json');
const pageReferences = require('./data/pageReferences.json');
const taskCreateError = require('./data/taskCreateError.json');
/* eslint-enable @typescript-eslint/no-require-imports */

const getRecordAdapter = asTestWireAdapter(getRecord);
const pageReferenceAdapter = asTestWireAdapter(CurrentPageReference);
const utilityIdAdapter = asTestWireAdapter(EnclosingUtilityId);
const createRecordMock = createRecord as jest.MockedFunction<typeof createRecord>;

const USER_ID = '005000000000000000';
const CASE_ID = '500000000000001AAA';
// 06:30 UTC on the 25th is still the 24th for the agent in Los Angeles (Jest's i18n time zone).
const NOW = new Date('2026-11-25T06:30:00Z');
const AGENT_TODAY = '2026-11-24';
const VIEW_URL_STORED = 'https://www.glance.net/agentjoin/AgentView.aspx?idptoken=00D5g000004ABCD&SessionKey=4821';
const JOIN_URL_STORED = 'https://www.glance.net/agentjoin/AgentJoin.aspx?idptoken=00D5g000004ABCD';

const isUserWire = (config: WireConfig) => config.recordId === USER_ID;

function mount(props: Record<string, unknown>): HTMLElement {
    const element = createElement('c-glance-stu-launcher', { is: GlanceStuLauncher });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

async function mountWithUser(props: Record<string, unknown>, user: unknown = runningUser): Promise<HTMLElement> {
    const element = mount(props);
    getRecordAdapter.emit(user, isUserWire);
    await flush();
    return element;
}

const linksRoot = (element: HTMLElement) => childShadow(element, 'c-glance-stu-links');
const anchor = (element: HTMLElement, stu: string) =>
    linksRoot(element).querySelector(`a[data-stu="${stu}"]`) as HTMLAnchorElement;
const logError = (element: HTMLElement) =>
    childShadow(element, 'c-glance-stu-messages').querySelector('[data-stu="log-error"]');

async function follow(element: HTMLElement, stu: string, event: Event = new MouseEvent('click')): Promise<void> {
    anchor(element, stu).dispatchEvent(event);
    await flush();
}

function viewTask(relation: 'WhoId' | 'WhatId', recordId: string, status = 'Completed'): UiRecordInput {
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
            Status: 'Completed',
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
    it('logs a View followed on the page record as one Task', async () => {
        const element = await mountWithUser({ recordId: CASE_ID, objectApiName: 'Case', logSessions: true });
        await typeSessionKey(linksRoot(element), '4821');
        await follow(element, 'view');
        expect(createRecordMock.mock.calls).toEqual([[viewTask('WhatId', CASE_ID)]]);
    });

    it('logs a Join followed on the page record as one Task', async () => {
        const element = await mountWithUser({ recordId: CASE_ID, objectApiName: 'Case', logSessions: true });
        await follow(element, 'join');
        expect(createRecordMock.mock.calls).toEqual([[joinTask('WhatId', CASE_ID)]]);
    });

    it("logs when the agent's Glance Settings turn it on, with their closed status", async () => {
        const element = await mountWithUser({ recordId: CASE_ID, objectApiName: 'Case' }, runningUserLogSessions);
        await typeSessionKey(linksRoot(element), '4821');
        await follow(element, 'view');
        expect(createRecordMock.mock.calls).toEqual([[viewTask('WhatId', CASE_ID, 'Closed')]]);
    });

    it('logs nothing when neither the property nor Glance Settings turn logging on', async () => {
        const element = await mountWithUser({ recordId: CASE_ID, objectApiName: 'Case' });
        await typeSessionKey(linksRoot(element), '4821');
        await follow(element, 'view');
        await follow(element, 'join');
        expect(createRecordMock).not.toHaveBeenCalled();
        expect(logError(element)).toBeNull();
    });

    it('logs nothing on an App page, which has no record', async () => {
        const element = await mountWithUser({ logSessions: true });
        await follow(element, 'join');
        expect(createRecordMock).not.toHaveBeenCalled();
    });

    it('logs nothing from the utility bar while no record is open, and on the record once one is', async () => {
        const element = mount({ logSessions: true });
        utilityIdAdapter.emit('utility-glance');
        pageReferenceAdapter.emit(pageReferences.homePage);
        getRecordAdapter.emit(runningUser, isUserWire);
        await flush();
        await follow(element, 'join');
        expect(createRecordMock).not.toHaveBeenCalled();
        pageReferenceAdapter.emit(pageReferences.accountRecordPage);
        await flush();
        jest.setSystemTime(NOW.getTime() + REOPEN_GUARD_MS);
        await follow(element, 'join');
        expect(createRecordMock.mock.calls).toEqual([[joinTask('WhatId', '001000000000001AAA')]]);
    });

    it('logs a View opened with the middle button or with Enter', async () => {
        jest.spyOn(window, 'open').mockImplementation(() => null);
        const element = await mountWithUser({ recordId: CASE_ID, objectApiName: 'Case', logSessions: true });
        await typeSessionKey(linksRoot(element), '4821');
        await follow(element, 'view', new MouseEvent('auxclick', { button: 1 }));
        expect(createRecordMock.mock.calls).toEqual([[viewTask('WhatId', CASE_ID)]]);
        // Past the double-press guard, so Enter opens the same session again.
        jest.setSystemTime(NOW.getTime() + 5000);
        pressKey(linksRoot(element), 'Enter');
        await flush();
        expect(createRecordMock).toHaveBeenCalledTimes(2);
        expect(createRecordMock.mock.calls[1]).toEqual([viewTask('WhatId', CASE_ID)]);
    });

    it('asks the page to refresh once the Task is created, so the activity timeline shows it', async () => {
        let created: () => void = () => undefined;
        createRecordMock.mockImplementationOnce(
            () => new Promise((resolve) => (created = () => resolve({} as UiRecord)))
        );
        const element = await mountWithUser({ recordId: CASE_ID, objectApiName: 'Case', logSessions: true });
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
        const element = await mountWithUser({ recordId: CASE_ID, objectApiName: 'Case', logSessions: true });
        const refreshes = jest.fn();
        element.addEventListener(RefreshEventName, refreshes);
        const second = new MouseEvent('click', { cancelable: true });
        await follow(element, 'join');
        await follow(element, 'join', second);
        expect(second.defaultPrevented).toBe(true);
        expect(createRecordMock).toHaveBeenCalledTimes(1);
        expect(refreshes).not.toHaveBeenCalled();
    });

    it('says why a Task was not logged, keeps the links working, and clears the notice once one is', async () => {
        createRecordMock.mockRejectedValueOnce(taskCreateError);
        const element = await mountWithUser({ recordId: CASE_ID, objectApiName: 'Case', logSessions: true });
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

    it('gives the generic reason when the failure carries no message', async () => {
        createRecordMock.mockRejectedValueOnce(new TypeError('offline'));
        const element = await mountWithUser({ recordId: CASE_ID, objectApiName: 'Case', logSessions: true });
        await follow(element, 'join');
        expect(logError(element)?.textContent?.trim()).toBe(formatLabel(LABELS.logFailed, wireErrorMessage(null)));
    });
});
