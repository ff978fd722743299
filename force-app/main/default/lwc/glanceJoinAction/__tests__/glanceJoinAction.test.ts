import { USER_WAIT_MS } from 'c/glanceJoinAction';
import { createRecord, getRecord } from 'lightning/uiRecordApi';
import { RefreshEventName } from 'lightning/refresh';
import USER_ID from '@salesforce/user/Id';
import {
    LABELS,
    REOPEN_GUARD_MS,
    USER_FIELDS,
    USER_OPTIONAL_FIELDS,
    formatLabel,
    userUnreadableNotice,
    wireErrorMessage
} from 'c/glanceStu';
import { asTestWireAdapter, liveWireConfigs } from '../../../../../test/jest-utils/lwcTestUtils';
import { useJoinAction } from '../../../../../test/jest-utils/joinActionHarness';
import { uiApiWriteError, uiRecord } from '../../../../../test/jest-utils/uiApi';

// A Salesforce admin: toasts name what to fix (glanceJoinAction.agent.test.ts has the agent's).
jest.mock('@salesforce/userPermission/CustomizeApplication', () => ({ __esModule: true, default: true }), {
    virtual: true
});

/* eslint-disable @typescript-eslint/no-require-imports */
const runningUser = require('../../../../../test/jest-data/runningUser.json');
const runningUserOrgIdHidden = require('../../../../../test/jest-data/runningUserOrgIdHidden.json');
const runningUserGlanceSettings = require('../../../../../test/jest-data/runningUserGlanceSettings.json');
const runningUserBadGlanceSettings = require('../../../../../test/jest-data/runningUserBadGlanceSettings.json');
const userReadError = require('../../../../../test/jest-data/userReadError.json');
/* eslint-enable @typescript-eslint/no-require-imports */

const getRecordAdapter = asTestWireAdapter(getRecord);

const JOIN = 'https://www.glance.net/agentjoin/AgentJoin.aspx';
const JOIN_WITH_IDENTITY = `${JOIN}?idptoken=00D5g000004ABCD&name=Ada+Lovelace&email=ada@example.com&phone=%2B1+(555)+010-0100`;

// Chromium and Firefox let a click open a tab for 5 s (glanceJoinAction.ts names the sources), and the
// click may take up to a second to reach invoke(): the wait has to end by the difference.
const CLICK_WINDOW_MS = 5000;
const CLICK_TO_INVOKE_MS = 1000;

const harness = useJoinAction();
const { mount, toasts } = harness;

describe('c-glance-join-action', () => {
    it('reads the running user the same way as the launcher, and nothing of a Case', () => {
        mount();
        expect(liveWireConfigs(getRecordAdapter).filter((config) => config.recordId)).toEqual([
            { recordId: USER_ID, fields: USER_FIELDS, optionalFields: USER_OPTIONAL_FIELDS }
        ]);
    });

    it("opens Agent Join with the running user's Glance Settings, and no toast", () => {
        const action = mount();
        getRecordAdapter.emit(runningUserGlanceSettings);
        action.invoke();
        expect(harness.open.mock.calls).toEqual([
            [
                `${JOIN}?idpid=67890&name=Ada+Lovelace&email=ada@example.com&phone=%2B1+(555)+010-0100` +
                    '&viewersamewindow=1&mode=universaljoin',
                '_blank'
            ]
        ]);
        expect(toasts).toEqual([]);
    });

    it('opens without SSO for a bad Group ID in Glance Settings and names the field in a toast', () => {
        const action = mount();
        getRecordAdapter.emit(runningUserBadGlanceSettings);
        action.invoke();
        expect(harness.open.mock.calls).toEqual([
            [`${JOIN}?name=Ada+Lovelace&email=ada@example.com&phone=%2B1+(555)+010-0100`, '_blank']
        ]);
        expect(toasts).toEqual([
            {
                title: LABELS.settingsToastTitle,
                message: formatLabel(LABELS.problemGroupIdNotNumeric, LABELS.settingFieldSsoValue),
                variant: 'warning',
                mode: 'sticky'
            }
        ]);
    });

    it('opens Agent Join at once, with identity and the org ID token, when the user record is ready', async () => {
        const action = mount();
        getRecordAdapter.emit(runningUser);
        await action.invoke();
        expect(harness.open.mock.calls).toEqual([[JOIN_WITH_IDENTITY, '_blank']]);
        jest.runAllTimers();
        expect(harness.open).toHaveBeenCalledTimes(1);
        expect(toasts).toEqual([]);
    });

    it('waits for a user record that is on its way', () => {
        const action = mount();
        action.invoke();
        jest.advanceTimersByTime(USER_WAIT_MS - 1);
        expect(harness.open).not.toHaveBeenCalled();
        getRecordAdapter.emit(runningUser);
        expect(harness.open.mock.calls).toEqual([[JOIN_WITH_IDENTITY, '_blank']]);
        jest.runAllTimers();
        expect(harness.open).toHaveBeenCalledTimes(1);
        expect(toasts).toEqual([]);
    });

    it("gives up while the browsers' click window is still open, a second before it closes", async () => {
        const action = mount();
        const done = action.invoke();
        jest.advanceTimersByTime(CLICK_WINDOW_MS - CLICK_TO_INVOKE_MS);
        await done;
        expect(toasts.map((toast) => toast.message)).toEqual([LABELS.joinUserLate]);
    });

    it('opens nothing when the user record is late, says why and what to do, and opens on the next click', async () => {
        const action = mount();
        const done = action.invoke();
        jest.advanceTimersByTime(USER_WAIT_MS - 1);
        expect(toasts).toEqual([]);
        jest.advanceTimersByTime(1);
        await done;
        expect(harness.open).not.toHaveBeenCalled();
        expect(toasts).toEqual([
            { title: LABELS.joinNotOpenedTitle, message: LABELS.joinUserLate, variant: 'warning' }
        ]);
        getRecordAdapter.emit(runningUser);
        jest.runAllTimers();
        expect(harness.open).not.toHaveBeenCalled();
        await action.invoke();
        expect(harness.open.mock.calls).toEqual([[JOIN_WITH_IDENTITY, '_blank']]);
        expect(toasts).toHaveLength(1);
    });

    it('opens without identity and says why when the user record fails', async () => {
        const action = mount();
        getRecordAdapter.emitError(userReadError);
        await action.invoke();
        expect(harness.open.mock.calls).toEqual([[JOIN, '_blank']]);
        expect(toasts).toEqual([
            {
                title: LABELS.joinOpenedWithoutUserTitle,
                message: userUnreadableNotice(wireErrorMessage(userReadError)).text,
                variant: 'warning'
            }
        ]);
    });

    it('opens without identity as soon as a waited-for user record fails', () => {
        const action = mount();
        action.invoke();
        jest.advanceTimersByTime(100);
        getRecordAdapter.emitError(userReadError);
        expect(harness.open.mock.calls).toEqual([[JOIN, '_blank']]);
        jest.runAllTimers();
        expect(harness.open).toHaveBeenCalledTimes(1);
        expect(toasts.map((toast) => toast.title)).toEqual([LABELS.joinOpenedWithoutUserTitle]);
    });

    it('tells the agent when the browser blocks the tab', async () => {
        harness.open.mockImplementation(() => null);
        const action = mount();
        getRecordAdapter.emit(runningUser);
        await action.invoke();
        expect(harness.open).toHaveBeenCalledTimes(1);
        expect(toasts).toEqual([{ title: LABELS.joinNotOpenedTitle, message: LABELS.joinBlocked, variant: 'error' }]);
    });

    it('opens on the very next click after a blocked tab, within the double-run guard', async () => {
        harness.open.mockImplementationOnce(() => null);
        const action = mount();
        getRecordAdapter.emit(runningUser);
        await action.invoke();
        // The agent allows pop-ups and clicks again at once.
        jest.advanceTimersByTime(500);
        await action.invoke();
        expect(harness.open).toHaveBeenCalledTimes(2);
        expect(toasts.map((toast) => toast.message)).toEqual([LABELS.joinBlocked]);
    });

    it('opens with identity but without SSO when the org ID is unreadable', () => {
        const action = mount();
        getRecordAdapter.emit(runningUserOrgIdHidden);
        action.invoke();
        expect(harness.open.mock.calls).toEqual([[`${JOIN}?name=Ada+Lovelace&email=ada@example.com`, '_blank']]);
        expect(toasts.map((toast) => toast.message)).toEqual([
            formatLabel(LABELS.problemOrgIdUnreadable, LABELS.settingFieldSsoValue)
        ]);
    });

    it('ignores a second invoke while the first still waits', () => {
        const action = mount();
        const first = action.invoke();
        expect(action.invoke()).toBe(first);
        getRecordAdapter.emit(runningUser);
        jest.runAllTimers();
        expect(harness.open).toHaveBeenCalledTimes(1);
        expect(toasts).toEqual([]);
    });

    it('opens one tab for runs within the double-run guard, another one after it, on the same action or a new one', async () => {
        const action = mount();
        getRecordAdapter.emit(runningUser);
        await action.invoke();
        jest.advanceTimersByTime(REOPEN_GUARD_MS - 1);
        await action.invoke();
        expect(harness.open).toHaveBeenCalledTimes(1);
        // The platform may create the action's component afresh for each run.
        const again = mount();
        getRecordAdapter.emit(runningUser);
        await again.invoke();
        expect(harness.open).toHaveBeenCalledTimes(1);
        expect(toasts).toEqual([]);
        jest.advanceTimersByTime(1);
        await again.invoke();
        expect(harness.open).toHaveBeenCalledTimes(2);
    });

    it('clears its wait when it goes away, and opens nothing later', async () => {
        const action = mount();
        const done = action.invoke();
        expect(jest.getTimerCount()).toBe(1);
        action.remove();
        expect(jest.getTimerCount()).toBe(0);
        await done;
        getRecordAdapter.emit(runningUser);
        jest.advanceTimersByTime(USER_WAIT_MS);
        expect(harness.open).not.toHaveBeenCalled();
        expect(toasts).toEqual([]);
    });

    it('does not open when the user record arrives and nobody clicked', () => {
        mount();
        getRecordAdapter.emit(runningUser);
        jest.runAllTimers();
        expect(harness.open).not.toHaveBeenCalled();
    });
});

describe('c-glance-join-action session log', () => {
    const createRecordMock = createRecord as jest.MockedFunction<typeof createRecord>;
    const loggingUser = {
        ...runningUser,
        fields: { ...runningUser.fields, Glance_Log_Sessions__c: { value: true, displayValue: null } }
    };
    const joinTask = (relation: string, recordId: string) => ({
        apiName: 'Task',
        fields: {
            Subject: LABELS.logSubjectJoin,
            Status: 'Completed',
            ActivityDate: '2026-11-24',
            Description: [
                formatLabel(LABELS.logDescriptionLink, LABELS.joinLink),
                formatLabel(LABELS.logDescriptionUrl, `${JOIN}?idptoken=00D5g000004ABCD`)
            ].join('\n'),
            Glance_Link__c: 'Join',
            [relation]: recordId
        }
    });

    afterEach(() => {
        createRecordMock.mockReset();
        createRecordMock.mockResolvedValue({} as UiRecord);
    });

    // Which Task field relates each object's record is sessionLog's rule, tested there for every object.
    it('logs Join on the record after it opened, when Glance Settings turn logging on, and refreshes the page', async () => {
        const action = mount();
        const refreshes = jest.fn();
        action.addEventListener(RefreshEventName, refreshes);
        getRecordAdapter.emit(loggingUser);
        const invoked = action.invoke();
        expect(harness.open).toHaveBeenCalledTimes(1);
        await invoked;
        expect(createRecordMock.mock.calls).toEqual([[joinTask('WhatId', '500000000000001AAA')]]);
        expect(harness.open.mock.invocationCallOrder[0]).toBeLessThan(createRecordMock.mock.invocationCallOrder[0]);
        expect(toasts).toEqual([]);
        expect(refreshes).toHaveBeenCalledTimes(1);
    });

    it('logs nothing when logging is off or when the browser blocked the tab', async () => {
        const action = mount();
        getRecordAdapter.emit(runningUser);
        await action.invoke();
        expect(createRecordMock).not.toHaveBeenCalled();
        jest.advanceTimersByTime(REOPEN_GUARD_MS);
        getRecordAdapter.emit(loggingUser);
        harness.open.mockImplementation(() => null);
        await action.invoke();
        expect(harness.open).toHaveBeenCalledTimes(2);
        expect(createRecordMock).not.toHaveBeenCalled();
    });

    it("logs a Join from a Messaging Session on the session's Case, read once logging is on", async () => {
        const session = { recordId: '0Mw000000000001AAA', objectApiName: 'MessagingSession' };
        const isSession = (config: Record<string, unknown>) => config.recordId === session.recordId;
        const action = mount(session);
        getRecordAdapter.emit(loggingUser, (config) => config.recordId === USER_ID);
        // Wire configs follow the user's settings a microtask later.
        await Promise.resolve();
        expect(liveWireConfigs(getRecordAdapter).filter(isSession)).toEqual([
            {
                recordId: session.recordId,
                fields: ['MessagingSession.Id'],
                optionalFields: ['MessagingSession.CaseId', 'MessagingSession.EndUserContactId']
            }
        ]);
        const invoked = action.invoke();
        expect(harness.open).toHaveBeenCalledTimes(1);
        getRecordAdapter.emit(
            uiRecord('MessagingSession', session.recordId, { CaseId: '500000000000009AAA', EndUserContactId: null }),
            isSession
        );
        await invoked;
        expect(createRecordMock.mock.calls).toEqual([[joinTask('WhatId', '500000000000009AAA')]]);
    });

    it('logs nothing from a Messaging Session that names no Case or Contact, and raises no toast', async () => {
        const session = { recordId: '0Mw000000000002AAA', objectApiName: 'MessagingSession' };
        const action = mount(session);
        getRecordAdapter.emit(loggingUser, (config) => config.recordId === USER_ID);
        await Promise.resolve();
        getRecordAdapter.emit(
            uiRecord('MessagingSession', session.recordId, { CaseId: null, EndUserContactId: null }),
            (config) => config.recordId === session.recordId
        );
        await action.invoke();
        expect(harness.open).toHaveBeenCalledTimes(1);
        expect(createRecordMock).not.toHaveBeenCalled();
        expect(toasts).toEqual([]);
    });

    it('says in a toast why Join was not logged; Join has opened all the same', async () => {
        createRecordMock.mockRejectedValueOnce(
            uiApiWriteError('Generic', {
                errorCode: 'INVALID_TYPE',
                message: 'Entity type does not support activities.'
            })
        );
        const action = mount();
        getRecordAdapter.emit(loggingUser);
        await action.invoke();
        expect(harness.open).toHaveBeenCalledTimes(1);
        expect(toasts).toEqual([
            expect.objectContaining({
                title: LABELS.joinNotLoggedTitle,
                message: formatLabel(LABELS.logFailed, 'Entity type does not support activities.'),
                variant: 'warning'
            })
        ]);
    });
});
