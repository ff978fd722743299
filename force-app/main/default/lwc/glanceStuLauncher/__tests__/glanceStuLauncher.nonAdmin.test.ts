import { createElement } from 'lwc';
import GlanceStuLauncher from 'c/glanceStuLauncher';
import { createRecord, getRecord } from 'lightning/uiRecordApi';
import { LABELS, formatLabel, wireErrorMessage } from 'c/glanceStu';
import {
    asTestWireAdapter,
    childShadow,
    flushRendering,
    resetDom,
    sessionKeyBox,
    shadowOf,
    typeSessionKey,
    type WireConfig
} from '../../../../../test/jest-utils/lwcTestUtils';

// An agent without Customize Application.
jest.mock('@salesforce/userPermission/CustomizeApplication', () => ({ __esModule: true, default: false }), {
    virtual: true
});

/* eslint-disable @typescript-eslint/no-require-imports */
const runningUser = require('../../../../../test/jest-data/runningUser.json');
const runningUserBadGlanceSettings = require('../../../../../test/jest-data/runningUserBadGlanceSettings.json');
const runningUserLogSessions = require('../../../../../test/jest-data/runningUserLogSessions.json');
const userReadError = require('../../../../../test/jest-data/userReadError.json');
const messagingSessionAlone = require('./data/messagingSessionAlone.json');
/* eslint-enable @typescript-eslint/no-require-imports */

const getRecordAdapter = asTestWireAdapter(getRecord);
const isUserWire = (config: WireConfig) => config.recordId === '005000000000000000';
const ON_CASE = { recordId: '500000000000001AAA', objectApiName: 'Case' };

function mount(props: Record<string, unknown> = ON_CASE): HTMLElement {
    const element = createElement('c-glance-stu-launcher', { is: GlanceStuLauncher });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

async function mountWithUser(props: Record<string, unknown>, user: unknown = runningUser): Promise<HTMLElement> {
    const element = mount(props);
    getRecordAdapter.emit(user, isUserWire);
    await flushRendering();
    return element;
}

const messagesRoot = (element: HTMLElement) => childShadow(element, 'c-glance-stu-messages');
const texts = (element: HTMLElement, selector: string) =>
    [...messagesRoot(element).querySelectorAll(selector)].map((node) => node.textContent?.trim());

afterEach(() => {
    resetDom();
    jest.clearAllMocks();
});

describe('c-glance-stu-launcher for agents who are not admins', () => {
    it('shows Join and the key box but no account links', async () => {
        const element = await mountWithUser(ON_CASE);
        const links = childShadow(element, 'c-glance-stu-links');
        expect(links.querySelector('a[data-stu="join"]')?.getAttribute('href')).toContain('idptoken=00D5g000004ABCD&');
        expect(sessionKeyBox(links).value).toBe('');
        expect(shadowOf(element).querySelector('[data-stu="account-links"]')).toBeNull();
        expect(
            shadowOf(element).querySelectorAll(
                'a[data-stu="account"], a[data-stu="login-key"], a[data-stu="saml-test"]'
            )
        ).toHaveLength(0);
        await expect(element).toBeAccessible();
    });

    it('tells an agent plainly that links open without single sign-on and who fixes it, naming no field', async () => {
        const element = await mountWithUser(ON_CASE, runningUserBadGlanceSettings);
        expect(texts(element, '[data-problem]')).toEqual([]);
        expect(texts(element, '[data-notice]')).toEqual([
            formatLabel(LABELS.noticeSettingsSso, LABELS.noticePlaceGlanceSettings)
        ]);
        expect(messagesRoot(element).querySelector('[data-notice="settings"]')).not.toBeNull();
        expect(messagesRoot(element).querySelector('[data-stu="problems"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it("sends the agent's admin to the card's properties for a mode set on the card, and hides a bad key field", async () => {
        const element = await mountWithUser({ ...ON_CASE, joinMode: 'video', sessionKeyField: 'Not a field' });
        expect(texts(element, '[data-problem]')).toEqual([]);
        expect(texts(element, '[data-notice]')).toEqual([
            formatLabel(LABELS.noticeSettingsMode, LABELS.noticePlaceCard)
        ]);
        await expect(element).toBeAccessible();
    });

    it('tells the agent links open without single sign-on when their user record cannot be read', async () => {
        const element = mount();
        getRecordAdapter.emitError(userReadError, isUserWire);
        await flushRendering();
        expect(texts(element, '[data-notice]')).toEqual([
            formatLabel(LABELS.userUnreadable, wireErrorMessage(userReadError))
        ]);
        await expect(element).toBeAccessible();
    });

    it('tells an agent nothing on a Messaging Session with nothing to log on, and logs nothing', async () => {
        const element = await mountWithUser(
            { recordId: '0Mw000000000001AAA', objectApiName: 'MessagingSession' },
            runningUserLogSessions
        );
        getRecordAdapter.emit(messagingSessionAlone, (config) => config.recordId === '0Mw000000000001AAA');
        await flushRendering();
        const links = childShadow(element, 'c-glance-stu-links');
        await typeSessionKey(links, '4821');
        const view = links.querySelector('a[data-stu="view"]');
        expect(view).not.toBeNull();
        view?.dispatchEvent(new MouseEvent('click'));
        await flushRendering();
        expect(createRecord).not.toHaveBeenCalled();
        expect(texts(element, '[data-problem], [data-notice], [data-stu="log-error"]')).toEqual([]);
        await expect(element).toBeAccessible();
    });
});
