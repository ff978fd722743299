import { createElement } from 'lwc';
import GlanceStuLauncher from 'c/glanceStuLauncher';
import { getRecord } from 'lightning/uiRecordApi';
import { LABELS, formatLabel, wireErrorMessage } from 'c/glanceStu';
import {
    asTestWireAdapter,
    childShadow,
    flushRendering,
    resetDom,
    shadowOf
} from '../../../../../test/jest-utils/lwcTestUtils';

// An agent without Customize Application.
jest.mock('@salesforce/userPermission/CustomizeApplication', () => ({ __esModule: true, default: false }), {
    virtual: true
});

/* eslint-disable @typescript-eslint/no-require-imports */
const runningUser = require('../../../../../test/jest-data/runningUser.json');
const runningUserBadGlanceSettings = require('../../../../../test/jest-data/runningUserBadGlanceSettings.json');
const userReadError = require('../../../../../test/jest-data/userReadError.json');
/* eslint-enable @typescript-eslint/no-require-imports */

const getRecordAdapter = asTestWireAdapter(getRecord);

afterEach(resetDom);

describe('c-glance-stu-launcher for agents who are not admins', () => {
    it('shows Join and the key box but no account links', async () => {
        const element = createElement('c-glance-stu-launcher', { is: GlanceStuLauncher });
        Object.assign(element, { recordId: '500000000000001AAA', objectApiName: 'Case' });
        document.body.appendChild(element);
        getRecordAdapter.emit(runningUser);
        await flushRendering();
        const shadow = shadowOf(element);
        const links = childShadow(element, 'c-glance-stu-links');
        expect(links.querySelector('a[data-stu="join"]')?.getAttribute('href')).toContain('idptoken=00D5g000004ABCD&');
        expect(links.querySelector('lightning-input[data-stu="session-key"]')).not.toBeNull();
        expect(shadow.querySelector('[data-stu="account-links"]')).toBeNull();
        expect(
            shadow.querySelectorAll('a[data-stu="account"], a[data-stu="login-key"], a[data-stu="saml-test"]')
        ).toHaveLength(0);
        await expect(element).toBeAccessible();
    });

    async function mountWith(props: Record<string, unknown>, emit: () => void): Promise<ShadowRoot> {
        const element = createElement('c-glance-stu-launcher', { is: GlanceStuLauncher });
        Object.assign(element, { recordId: '500000000000001AAA', objectApiName: 'Case', ...props });
        document.body.appendChild(element);
        emit();
        await flushRendering();
        await expect(element).toBeAccessible();
        return childShadow(element, 'c-glance-stu-messages');
    }

    const texts = (root: ShadowRoot, selector: string) =>
        [...root.querySelectorAll(selector)].map((node) => node.textContent?.trim());

    it('tells an agent plainly that links open without single sign-on and who fixes it, naming no field', async () => {
        const messages = await mountWith({}, () => getRecordAdapter.emit(runningUserBadGlanceSettings));
        expect(texts(messages, '[data-problem]')).toEqual([]);
        expect(texts(messages, '[data-notice]')).toEqual([
            formatLabel(LABELS.noticeSettingsSso, LABELS.noticePlaceGlanceSettings)
        ]);
        expect(messages.querySelector('[data-notice="settings"]')).not.toBeNull();
        expect(messages.querySelector('[data-stu="problems"]')).toBeNull();
    });

    it("sends the agent's admin to the card's properties for a mode set on the card, and hides a bad key field", async () => {
        const messages = await mountWith({ joinMode: 'video', sessionKeyField: 'Not a field' }, () =>
            getRecordAdapter.emit(runningUser)
        );
        expect(texts(messages, '[data-problem]')).toEqual([]);
        expect(texts(messages, '[data-notice]')).toEqual([
            formatLabel(LABELS.noticeSettingsMode, LABELS.noticePlaceCard)
        ]);
    });

    it('keeps single sign-on out of the unreadable-user notice when the card sets its own SSO value', async () => {
        const withCardSso = await mountWith({ ssoType: 'idpid', ssoValue: '67890' }, () =>
            getRecordAdapter.emitError(userReadError)
        );
        expect(texts(withCardSso, '[data-notice]')).toEqual([
            formatLabel(LABELS.userUnreadableSsoKept, wireErrorMessage(userReadError))
        ]);
        resetDom();
        const withDefaults = await mountWith({}, () => getRecordAdapter.emitError(userReadError));
        expect(texts(withDefaults, '[data-notice]')).toEqual([
            formatLabel(LABELS.userUnreadable, wireErrorMessage(userReadError))
        ]);
    });
});
