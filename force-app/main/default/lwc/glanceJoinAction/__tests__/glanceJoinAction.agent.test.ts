import { getRecord } from 'lightning/uiRecordApi';
import { LABELS, formatLabel } from 'c/glanceStu';
import { asTestWireAdapter } from '../../../../../test/jest-utils/lwcTestUtils';
import { useJoinAction } from '../../../../../test/jest-utils/joinActionHarness';

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
const JOIN = 'https://www.glance.net/agentjoin/AgentJoin.aspx';
const harness = useJoinAction();
const { mount, toasts } = harness;

describe('c-glance-join-action for an agent', () => {
    it('opens without SSO for a bad Group ID and says so plainly in a toast that goes by itself', async () => {
        const action = mount();
        getRecordAdapter.emit(runningUserBadGlanceSettings);
        await action.invoke();
        expect(harness.open.mock.calls).toEqual([
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
        expect(harness.open).toHaveBeenCalledTimes(1);
        expect(toasts).toEqual([]);
    });
});
