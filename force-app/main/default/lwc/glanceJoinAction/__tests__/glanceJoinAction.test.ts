import { createElement } from 'lwc';
import GlanceJoinAction from 'c/glanceJoinAction';
import { getRecord } from 'lightning/uiRecordApi';
import { LABELS, formatLabel } from 'c/glanceStu';
import { asTestWireAdapter, resetDom } from '../../../../../test/jest-utils/lwcTestUtils';

/* eslint-disable @typescript-eslint/no-require-imports */
const runningUser = require('../../../../../test/jest-data/runningUser.json');
const runningUserOrgIdHidden = require('../../../../../test/jest-data/runningUserOrgIdHidden.json');
const runningUserGlanceSettings = require('../../../../../test/jest-data/runningUserGlanceSettings.json');
const runningUserBadGlanceSettings = require('../../../../../test/jest-data/runningUserBadGlanceSettings.json');
const userReadError = require('../../../../../test/jest-data/userReadError.json');
/* eslint-enable @typescript-eslint/no-require-imports */

const getRecordAdapter = asTestWireAdapter(getRecord);

/** What sfdx-lwc-jest's ShowToastEvent stub dispatches. */
const SHOW_TOAST = 'lightning__showtoast';
const JOIN = 'https://www.glance.net/agentjoin/AgentJoin.aspx';
const JOIN_WITH_IDENTITY = `${JOIN}?idptoken=00D5g000004ABCD&name=Ada+Lovelace&email=ada@example.com&phone=%2B1+(555)+010-0100`;

type JoinAction = HTMLElement & { invoke(): void };

let openSpy: jest.SpyInstance;
let toasts: { title: string; message: string; variant: string }[];

function mount(): JoinAction {
    const element = createElement('c-glance-join-action', { is: GlanceJoinAction }) as JoinAction;
    Object.assign(element, { recordId: '500000000000001AAA', objectApiName: 'Case' });
    element.addEventListener(SHOW_TOAST, (event) => toasts.push((event as CustomEvent).detail));
    document.body.appendChild(element);
    return element;
}

beforeEach(() => {
    jest.useFakeTimers();
    toasts = [];
    openSpy = jest.spyOn(window, 'open').mockImplementation(() => null);
});

afterEach(() => {
    resetDom();
    jest.useRealTimers();
    jest.restoreAllMocks();
});

describe('c-glance-join-action', () => {
    it('reads the running user the same way as the launcher', () => {
        mount();
        expect(getRecordAdapter.getLastConfig()).toEqual({
            recordId: '005000000000000000',
            fields: [{ objectApiName: 'User', fieldApiName: 'Name' }],
            optionalFields: [
                { objectApiName: 'User', fieldApiName: 'Email' },
                { objectApiName: 'User', fieldApiName: 'Phone' },
                { objectApiName: 'User', fieldApiName: 'Glance_Org_Id__c' },
                { objectApiName: 'User', fieldApiName: 'Glance_SSO_Type__c' },
                { objectApiName: 'User', fieldApiName: 'Glance_SSO_Value__c' },
                { objectApiName: 'User', fieldApiName: 'Glance_Org_Id_Length__c' },
                { objectApiName: 'User', fieldApiName: 'Glance_Join_Mode__c' },
                { objectApiName: 'User', fieldApiName: 'Glance_Viewer_Same_Window__c' },
                { objectApiName: 'User', fieldApiName: 'Glance_Hide_Identity__c' }
            ]
        });
    });

    it("opens Agent Join with the running user's Glance Settings, and no toast", () => {
        const action = mount();
        getRecordAdapter.emit(runningUserGlanceSettings);
        action.invoke();
        expect(openSpy.mock.calls).toEqual([
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
        expect(openSpy.mock.calls).toEqual([
            [`${JOIN}?name=Ada+Lovelace&email=ada@example.com&phone=%2B1+(555)+010-0100`, '_blank']
        ]);
        expect(toasts).toEqual([
            expect.objectContaining({
                title: LABELS.settingsToastTitle,
                message: formatLabel(LABELS.problemGroupIdNotNumeric, LABELS.settingFieldSsoValue),
                variant: 'warning'
            })
        ]);
    });

    it('opens Agent Join at once, with identity and the org ID token, when the user record is ready', () => {
        const action = mount();
        getRecordAdapter.emit(runningUser);
        action.invoke();
        expect(openSpy.mock.calls).toEqual([[JOIN_WITH_IDENTITY, '_blank']]);
        jest.runAllTimers();
        expect(openSpy).toHaveBeenCalledTimes(1);
        expect(toasts).toEqual([]);
    });

    it('waits for a user record that arrives within the wait, then opens once with identity', () => {
        const action = mount();
        action.invoke();
        expect(openSpy).not.toHaveBeenCalled();
        jest.advanceTimersByTime(400);
        getRecordAdapter.emit(runningUser);
        expect(openSpy.mock.calls).toEqual([[JOIN_WITH_IDENTITY, '_blank']]);
        jest.advanceTimersByTime(5000);
        expect(openSpy).toHaveBeenCalledTimes(1);
    });

    it('opens without identity after about a second when the user record is late, and only once', () => {
        const action = mount();
        action.invoke();
        jest.advanceTimersByTime(999);
        expect(openSpy).not.toHaveBeenCalled();
        jest.advanceTimersByTime(1);
        expect(openSpy.mock.calls).toEqual([[JOIN, '_blank']]);
        getRecordAdapter.emit(runningUser);
        jest.runAllTimers();
        expect(openSpy).toHaveBeenCalledTimes(1);
    });

    it('opens without identity at once when the user record fails, with no settings toast', () => {
        const action = mount();
        getRecordAdapter.emitError(userReadError);
        action.invoke();
        expect(openSpy.mock.calls).toEqual([[JOIN, '_blank']]);
        expect(toasts).toEqual([]);
    });

    it('opens without identity as soon as a waited-for user record fails', () => {
        const action = mount();
        action.invoke();
        jest.advanceTimersByTime(100);
        getRecordAdapter.emitError(userReadError);
        expect(openSpy.mock.calls).toEqual([[JOIN, '_blank']]);
        jest.runAllTimers();
        expect(openSpy).toHaveBeenCalledTimes(1);
    });

    it('opens with identity but without SSO when the org ID is unreadable', () => {
        const action = mount();
        getRecordAdapter.emit(runningUserOrgIdHidden);
        action.invoke();
        expect(openSpy.mock.calls).toEqual([[`${JOIN}?name=Ada+Lovelace&email=ada@example.com`, '_blank']]);
        expect(toasts.map((toast) => toast.message)).toEqual([
            formatLabel(LABELS.problemOrgIdUnreadable, LABELS.settingFieldSsoValue)
        ]);
    });

    it('ignores a second invoke while the first still waits', () => {
        const action = mount();
        action.invoke();
        action.invoke();
        jest.runAllTimers();
        expect(openSpy).toHaveBeenCalledTimes(1);
    });

    it('opens once for each separate invoke', () => {
        const action = mount();
        getRecordAdapter.emit(runningUser);
        action.invoke();
        action.invoke();
        expect(openSpy).toHaveBeenCalledTimes(2);
    });

    it('does not open when the user record arrives and nobody clicked', () => {
        mount();
        getRecordAdapter.emit(runningUser);
        jest.runAllTimers();
        expect(openSpy).not.toHaveBeenCalled();
    });

    it('renders nothing and passes the accessibility check', async () => {
        jest.useRealTimers();
        const action = mount();
        expect(action.shadowRoot?.childNodes.length).toBe(0);
        await expect(action).toBeAccessible();
    });
});
