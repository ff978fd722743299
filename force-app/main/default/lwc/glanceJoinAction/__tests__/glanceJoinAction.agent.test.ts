import { createElement } from 'lwc';
import GlanceJoinAction from 'c/glanceJoinAction';
import { getRecord } from 'lightning/uiRecordApi';
import { ShowToastEvent, type ToastOptions } from 'lightning/platformShowToastEvent';
import { LABELS, formatLabel } from 'c/glanceStu';
import { asTestWireAdapter, resetDom } from '../../../../../test/jest-utils/lwcTestUtils';

// An agent: neither Customize Application nor the Glance Account Admin custom permission.
jest.mock('@salesforce/userPermission/CustomizeApplication', () => ({ __esModule: true, default: false }), {
    virtual: true
});
jest.mock('@salesforce/customPermission/Glance_Account_Admin', () => ({ __esModule: true, default: false }), {
    virtual: true
});

/* eslint-disable @typescript-eslint/no-require-imports */
const runningUser = require('../../../../../test/jest-data/runningUser.json');
const runningUserBadGlanceSettings = require('../../../../../test/jest-data/runningUserBadGlanceSettings.json');
/* eslint-enable @typescript-eslint/no-require-imports */

const getRecordAdapter = asTestWireAdapter(getRecord);
const TOAST_EVENT = new ShowToastEvent({ title: '', message: '' }).type;
const JOIN = 'https://www.glance.net/agentjoin/AgentJoin.aspx';

type JoinAction = HTMLElement & { invoke(): Promise<void> };
let toasts: ToastOptions[];
let openSpy: jest.SpyInstance;
let clock = Date.UTC(2026, 10, 24, 18);

function mount(): JoinAction {
    const element = createElement('c-glance-join-action', { is: GlanceJoinAction }) as JoinAction;
    Object.assign(element, { recordId: '500000000000001AAA', objectApiName: 'Case' });
    element.addEventListener(TOAST_EVENT, (event) => toasts.push((event as CustomEvent<ToastOptions>).detail));
    document.body.appendChild(element);
    return element;
}

beforeEach(() => {
    jest.useFakeTimers({ now: (clock += 60_000) });
    openSpy = jest.spyOn(window, 'open').mockImplementation(() => ({}) as Window);
    toasts = [];
});

afterEach(() => {
    resetDom();
    jest.useRealTimers();
    jest.restoreAllMocks();
});

describe('c-glance-join-action for an agent', () => {
    it('opens without SSO for a bad Group ID and says so plainly in a toast that goes by itself', async () => {
        const action = mount();
        getRecordAdapter.emit(runningUserBadGlanceSettings);
        await action.invoke();
        expect(openSpy.mock.calls).toEqual([
            [`${JOIN}?name=Ada+Lovelace&email=ada@example.com&phone=%2B1+(555)+010-0100`, '_blank']
        ]);
        expect(toasts).toEqual([
            {
                title: LABELS.settingsToastTitle,
                message: formatLabel(LABELS.noticeSettingsSso, LABELS.noticePlaceGlanceSettings),
                variant: 'warning',
                mode: 'dismissible'
            }
        ]);
        expect(toasts[0].message).not.toContain(LABELS.settingFieldSsoValue);
    });

    it('shows no toast when the settings are fine', async () => {
        const action = mount();
        getRecordAdapter.emit(runningUser);
        await action.invoke();
        expect(openSpy).toHaveBeenCalledTimes(1);
        expect(toasts).toEqual([]);
    });
});
