import { createElement } from 'lwc';
import GlanceStuLauncher from 'c/glanceStuLauncher';
import { getRecord } from 'lightning/uiRecordApi';
import { LABELS, formatLabel } from 'c/glanceStu';
import { asTestWireAdapter, flushRendering, resetDom, shadowOf } from '../../../../../test/jest-utils/lwcTestUtils';

// The person who runs the Glance account: the Glance Account Admin custom permission (Glance STU
// Admin permission set), without Customize Application.
jest.mock('@salesforce/userPermission/CustomizeApplication', () => ({ __esModule: true, default: false }), {
    virtual: true
});
jest.mock('@salesforce/customPermission/Glance_Account_Admin', () => ({ __esModule: true, default: true }), {
    virtual: true
});

/* eslint-disable @typescript-eslint/no-require-imports */
const runningUser = require('../../../../../test/jest-data/runningUser.json');
const runningUserBadGlanceSettings = require('../../../../../test/jest-data/runningUserBadGlanceSettings.json');
/* eslint-enable @typescript-eslint/no-require-imports */

const getRecordAdapter = asTestWireAdapter(getRecord);

afterEach(() => {
    resetDom();
    jest.clearAllMocks();
});

async function mount(user: unknown): Promise<ShadowRoot> {
    const element = createElement('c-glance-stu-launcher', { is: GlanceStuLauncher });
    Object.assign(element, { recordId: '500000000000001AAA', objectApiName: 'Case' });
    document.body.appendChild(element);
    getRecordAdapter.emit(user);
    await flushRendering();
    await expect(element).toBeAccessible();
    return shadowOf(element);
}

describe('c-glance-stu-launcher for a Glance admin without Customize Application', () => {
    it('shows the account links and the identifier with Copy', async () => {
        const shadow = await mount(runningUser);
        expect(
            [...shadow.querySelectorAll('[data-stu="account-links"] a')].map((link) => link.getAttribute('data-stu'))
        ).toEqual(['account', 'login-key', 'saml-test']);
        expect(shadow.querySelector<HTMLInputElement>('input[data-stu="account-identifier"]')?.value).toBe(
            '00D5g000004ABCD'
        );
        expect(shadow.querySelector('[data-stu="copy-account-identifier"]')).not.toBeNull();
    });

    it("reads each problem naming the field to fix, not the agents' notice", async () => {
        const launcher = await mount(runningUserBadGlanceSettings);
        const messages = shadowOf(launcher.querySelector('c-glance-stu-messages') as Element);
        expect([...messages.querySelectorAll('[data-problem]')].map((node) => node.textContent)).toEqual([
            formatLabel(LABELS.problemGroupIdNotNumeric, LABELS.settingFieldSsoValue)
        ]);
        expect(messages.querySelector('[data-notice="settings"]')).toBeNull();
    });
});
