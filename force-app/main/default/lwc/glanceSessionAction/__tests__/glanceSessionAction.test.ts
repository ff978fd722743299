import { createElement } from 'lwc';
import GlanceSessionAction from 'c/glanceSessionAction';
import GlanceStuLauncher from 'c/glanceStuLauncher';
import { createRecord, getRecord } from 'lightning/uiRecordApi';
import { CloseScreenEventName } from 'lightning/actions';
import { RefreshEventName } from 'lightning/refresh';
import { LABELS, LOG_WAIT_MS, formatLabel } from 'c/glanceStu';
import {
    asTestWireAdapter,
    childShadow as childRoot,
    flushRendering as flush,
    pressKey,
    resetDom,
    sessionKeyMessage,
    typeSessionKey as typeInto
} from '../../../../../test/jest-utils/lwcTestUtils';
import { uiApiReadError, uiApiWriteError, uiRecord } from '../../../../../test/jest-utils/uiApi';

jest.mock('@salesforce/userPermission/CustomizeApplication', () => ({ __esModule: true, default: true }), {
    virtual: true
});

/* eslint-disable @typescript-eslint/no-require-imports */
const runningUser = require('../../../../../test/jest-data/runningUser.json');
const runningUserOrgIdHidden = require('../../../../../test/jest-data/runningUserOrgIdHidden.json');
const runningUserGlanceSettings = require('../../../../../test/jest-data/runningUserGlanceSettings.json');
const runningUserBadGlanceSettings = require('../../../../../test/jest-data/runningUserBadGlanceSettings.json');
const userReadError = require('../../../../../test/jest-data/userReadError.json');
const runningUserLogSessions = require('../../../../../test/jest-data/runningUserLogSessions.json');
/* eslint-enable @typescript-eslint/no-require-imports */

const getRecordAdapter = asTestWireAdapter(getRecord);
const ON_CASE = { recordId: '500000000000001AAA', objectApiName: 'Case' };

function mount(): HTMLElement {
    const element = createElement('c-glance-session-action', { is: GlanceSessionAction });
    Object.assign(element, ON_CASE);
    document.body.appendChild(element);
    return element;
}

async function typeSessionKey(element: HTMLElement, value: string): Promise<void> {
    await typeInto(childRoot(element, 'c-glance-stu-links'), value);
}

function href(element: HTMLElement, stu: string): string | null {
    return childRoot(element, 'c-glance-stu-links').querySelector(`a[data-stu="${stu}"]`)?.getAttribute('href') ?? null;
}

afterEach(() => {
    resetDom();
    jest.restoreAllMocks();
});

describe('c-glance-session-action', () => {
    it('closes on Cancel, from the panel footer', async () => {
        const element = mount();
        const closed = jest.fn();
        element.addEventListener(CloseScreenEventName, closed);
        getRecordAdapter.emit(runningUser);
        await flush();
        const cancel = element.shadowRoot?.querySelector<HTMLButtonElement>(
            '[slot="footer"] button[data-stu="cancel"]'
        );
        expect(cancel?.textContent?.trim()).toBe(LABELS.cancel);
        cancel?.click();
        expect(closed).toHaveBeenCalledTimes(1);
        await expect(element).toBeAccessible();
    });

    it('shows a spinner until the user record arrives, then the key box, View and Join', async () => {
        const element = mount();
        await flush();
        expect(element.shadowRoot?.querySelector('lightning-spinner')).not.toBeNull();
        expect(element.shadowRoot?.querySelector('c-glance-stu-links')).toBeNull();
        await expect(element).toBeAccessible();
        getRecordAdapter.emit(runningUser);
        await flush();
        const panel = element.shadowRoot?.querySelector('lightning-quick-action-panel') as HTMLElement & {
            header: string;
        };
        expect(panel.header).toBe(LABELS.sessionPanelTitle);
        expect(childRoot(element, 'c-glance-stu-links').querySelector('input[data-stu="session-key"]')).not.toBeNull();
        expect(href(element, 'join')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('builds the same Join and View links as the launcher with its default properties', async () => {
        const launcher = createElement('c-glance-stu-launcher', { is: GlanceStuLauncher });
        Object.assign(launcher, ON_CASE);
        document.body.appendChild(launcher);
        const panel = mount();
        getRecordAdapter.emit(runningUser);
        await flush();
        await typeSessionKey(launcher, '4821');
        await typeSessionKey(panel, '4821');
        expect(href(panel, 'join')).toBe(href(launcher, 'join'));
        expect(href(panel, 'view')).toBe(href(launcher, 'view'));
        expect(href(panel, 'view')).toBe(
            'https://www.glance.net/agentjoin/AgentView.aspx?idptoken=00D5g000004ABCD&SessionKey=4821' +
                '&name=Ada+Lovelace&email=ada@example.com&phone=%2B1+(555)+010-0100'
        );
    });

    it('keeps an invalid key with its message on the field and no View link', async () => {
        const element = mount();
        getRecordAdapter.emit(runningUser);
        await flush();
        await typeSessionKey(element, 'not a key!');
        expect(href(element, 'view')).toBeNull();
        expect(sessionKeyMessage(childRoot(element, 'c-glance-stu-links'))).toBe(LABELS.sessionKeyInvalid);
        await expect(element).toBeAccessible();
    });

    it('opens View for a key read out in groups on Enter, then closes itself', async () => {
        const open = jest.spyOn(window, 'open').mockImplementation(() => ({}) as Window);
        const element = mount();
        const closed = jest.fn();
        element.addEventListener(CloseScreenEventName, closed);
        getRecordAdapter.emit(runningUser);
        await flush();
        await typeSessionKey(element, '4821 7733');
        pressKey(childRoot(element, 'c-glance-stu-links'), 'Enter');
        expect(open.mock.calls).toEqual([[href(element, 'view'), '_blank', 'noopener,noreferrer']]);
        expect(href(element, 'view')).toContain('SessionKey=48217733&');
        await flush();
        expect(closed).toHaveBeenCalledTimes(1);
    });

    it('stays open and shows the message on Enter with an invalid key', async () => {
        const open = jest.spyOn(window, 'open').mockImplementation(() => null);
        const element = mount();
        const closed = jest.fn();
        element.addEventListener(CloseScreenEventName, closed);
        getRecordAdapter.emit(runningUser);
        await flush();
        const links = childRoot(element, 'c-glance-stu-links');
        await typeSessionKey(element, '4821/7733');
        pressKey(links, 'Enter');
        await flush();
        expect(open).not.toHaveBeenCalled();
        expect(closed).not.toHaveBeenCalled();
        expect(sessionKeyMessage(links)).toBe(LABELS.sessionKeyInvalid);
    });

    it.each(['join', 'view'])('closes itself once the agent follows the %s link', async (stu) => {
        const element = mount();
        const closed = jest.fn();
        element.addEventListener(CloseScreenEventName, closed);
        getRecordAdapter.emit(runningUser);
        await flush();
        await typeSessionKey(element, '4821');
        expect(closed).not.toHaveBeenCalled();
        childRoot(element, 'c-glance-stu-links')
            .querySelector(`a[data-stu="${stu}"]`)
            ?.dispatchEvent(new CustomEvent('click'));
        await flush();
        expect(closed).toHaveBeenCalledTimes(1);
    });

    function problemTexts(element: HTMLElement): (string | null)[] {
        return [...childRoot(element, 'c-glance-stu-messages').querySelectorAll('[data-problem]')].map(
            (node) => node.textContent
        );
    }

    it("builds its links from the running user's Glance Settings", async () => {
        const element = mount();
        getRecordAdapter.emit(runningUserGlanceSettings);
        await flush();
        expect(problemTexts(element)).toEqual([]);
        expect(href(element, 'join')).toBe(
            'https://www.glance.net/agentjoin/AgentJoin.aspx?idpid=67890&name=Ada+Lovelace&email=ada@example.com' +
                '&phone=%2B1+(555)+010-0100&viewersamewindow=1&mode=universaljoin'
        );
    });

    it('says identity is left off when Glance Settings hide it, as the card does', async () => {
        const hidden = JSON.parse(JSON.stringify(runningUser));
        hidden.fields.Glance_Hide_Identity__c.value = true;
        const element = mount();
        getRecordAdapter.emit(hidden);
        await flush();
        const messages = childRoot(element, 'c-glance-stu-messages');
        expect(messages.querySelector('[data-notice="identity-hidden"]')?.textContent?.trim()).toBe(
            LABELS.identityHidden
        );
        expect(href(element, 'join')).toBe('https://www.glance.net/agentjoin/AgentJoin.aspx?idptoken=00D5g000004ABCD');
        await expect(element).toBeAccessible();
    });

    it('keeps Join working without SSO and names the Glance Settings field for a bad Group ID', async () => {
        const element = mount();
        getRecordAdapter.emit(runningUserBadGlanceSettings);
        await flush();
        expect(problemTexts(element)).toEqual([
            formatLabel(LABELS.problemGroupIdNotNumeric, LABELS.settingFieldSsoValue)
        ]);
        expect(href(element, 'join')).toBe(
            'https://www.glance.net/agentjoin/AgentJoin.aspx?name=Ada+Lovelace&email=ada@example.com&phone=%2B1+(555)+010-0100'
        );
        await expect(element).toBeAccessible();
    });

    it('names the Glance Settings field to fill in when the org ID is unreadable', async () => {
        const element = mount();
        getRecordAdapter.emit(runningUserOrgIdHidden);
        await flush();
        expect(problemTexts(element)).toEqual([
            formatLabel(LABELS.problemOrgIdUnreadable, LABELS.settingFieldSsoValue)
        ]);
        expect(href(element, 'join')).toBe(
            'https://www.glance.net/agentjoin/AgentJoin.aspx?name=Ada+Lovelace&email=ada@example.com'
        );
        await expect(element).toBeAccessible();
    });

    it('still offers Join and says why identity is missing when the user record fails', async () => {
        const element = mount();
        getRecordAdapter.emitError(userReadError);
        await flush();
        const messages = childRoot(element, 'c-glance-stu-messages');
        expect(messages.querySelectorAll('[data-problem]')).toHaveLength(0);
        expect(messages.querySelector('[data-notice="user"]')?.textContent).toContain(
            "You don't have access to this record."
        );
        expect(href(element, 'join')).toBe('https://www.glance.net/agentjoin/AgentJoin.aspx');
        await expect(element).toBeAccessible();
    });
});

describe('c-glance-session-action session log', () => {
    const createRecordMock = createRecord as jest.MockedFunction<typeof createRecord>;

    afterEach(() => {
        createRecordMock.mockReset();
        createRecordMock.mockResolvedValue({} as UiRecord);
    });

    async function followViewWithLogging(element: HTMLElement): Promise<void> {
        getRecordAdapter.emit(runningUserLogSessions);
        await flush();
        await typeSessionKey(element, '4821');
        childRoot(element, 'c-glance-stu-links')
            .querySelector('a[data-stu="view"]')
            ?.dispatchEvent(new CustomEvent('click'));
        await flush();
    }

    it('logs the View on the record when Glance Settings turn logging on, then closes', async () => {
        const element = mount();
        const closed = jest.fn();
        element.addEventListener(CloseScreenEventName, closed);
        await followViewWithLogging(element);
        expect(createRecordMock).toHaveBeenCalledTimes(1);
        expect(createRecordMock.mock.calls[0][0]).toEqual({
            apiName: 'Task',
            fields: expect.objectContaining({
                Subject: formatLabel(LABELS.logSubjectView, '4821'),
                Status: 'Closed',
                Glance_Link__c: 'View',
                Glance_Session_Key__c: '4821',
                WhatId: ON_CASE.recordId
            })
        });
        expect(closed).toHaveBeenCalledTimes(1);
    });

    it('asks the page to refresh once the Task exists, before it closes', async () => {
        const element = mount();
        const order: string[] = [];
        document.body.addEventListener(RefreshEventName, () => order.push('refresh'), { once: true });
        element.addEventListener(CloseScreenEventName, () => order.push('close'));
        await followViewWithLogging(element);
        expect(order).toEqual(['refresh', 'close']);
    });

    it('logs and closes once for a double click on Join', async () => {
        const element = mount();
        const closed = jest.fn();
        element.addEventListener(CloseScreenEventName, closed);
        getRecordAdapter.emit(runningUserLogSessions);
        await flush();
        const join = childRoot(element, 'c-glance-stu-links').querySelector('a[data-stu="join"]') as HTMLElement;
        const second = new MouseEvent('click', { cancelable: true });
        join.dispatchEvent(new MouseEvent('click', { cancelable: true }));
        join.dispatchEvent(second);
        await flush();
        expect(second.defaultPrevented).toBe(true);
        expect(createRecordMock).toHaveBeenCalledTimes(1);
        expect(createRecordMock.mock.calls[0][0].fields).toEqual(expect.objectContaining({ Glance_Link__c: 'Join' }));
        expect(createRecordMock.mock.calls[0][0].fields).not.toHaveProperty('Glance_Session_Key__c');
        expect(closed).toHaveBeenCalledTimes(1);
    });

    it('closes after LOG_WAIT_MS when the Task takes longer, not before', async () => {
        createRecordMock.mockImplementationOnce(() => new Promise<UiRecord>(() => undefined));
        const element = mount();
        const closed = jest.fn();
        element.addEventListener(CloseScreenEventName, closed);
        getRecordAdapter.emit(runningUserLogSessions);
        await flush();
        jest.useFakeTimers();
        try {
            childRoot(element, 'c-glance-stu-links')
                .querySelector('a[data-stu="join"]')
                ?.dispatchEvent(new CustomEvent('click'));
            await jest.advanceTimersByTimeAsync(LOG_WAIT_MS - 1);
            expect(createRecordMock).toHaveBeenCalledTimes(1);
            expect(closed).not.toHaveBeenCalled();
            await jest.advanceTimersByTimeAsync(1);
            expect(closed).toHaveBeenCalledTimes(1);
            expect(jest.getTimerCount()).toBe(0);
        } finally {
            jest.useRealTimers();
        }
    });

    it('stays open and says why when the Task is refused, with the links still there', async () => {
        createRecordMock.mockRejectedValueOnce(
            uiApiWriteError('An error occurred while trying to update the record. Please try again.', {
                errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                message: 'Subject: enter a Type for every task.'
            })
        );
        const element = mount();
        const closed = jest.fn();
        element.addEventListener(CloseScreenEventName, closed);
        await followViewWithLogging(element);
        expect(closed).not.toHaveBeenCalled();
        expect(
            childRoot(element, 'c-glance-stu-messages').querySelector('[data-stu="log-error"]')?.textContent?.trim()
        ).toBe(formatLabel(LABELS.logFailed, 'Subject: enter a Type for every task.'));
        expect(href(element, 'view')).toContain('SessionKey=4821');
        await expect(element).toBeAccessible();
    });
});

describe('c-glance-session-action focus', () => {
    it('puts the focus in the key box once, when the links first show', async () => {
        const focus = jest.spyOn(HTMLElement.prototype, 'focus');
        const element = mount();
        await flush();
        expect(focus).not.toHaveBeenCalled();
        getRecordAdapter.emit(runningUser);
        await flush();
        const keyBox = childRoot(element, 'c-glance-stu-links').querySelector('input[data-stu="session-key"]');
        expect(focus.mock.contexts).toEqual([keyBox]);
        await typeSessionKey(element, '4821');
        getRecordAdapter.emit(runningUserGlanceSettings);
        await flush();
        expect(focus).toHaveBeenCalledTimes(1);
    });
});

describe('c-glance-session-action with Session Key Field in Glance Settings', () => {
    const CASE_ID = ON_CASE.recordId;
    /* eslint-disable @typescript-eslint/no-require-imports */
    const runningUserVisitorId = require('../../../../../test/jest-data/runningUserVisitorId.json');
    const caseWithContactVisitorId = require('../../../../../test/jest-data/caseWithContactVisitorId.json');
    /* eslint-enable @typescript-eslint/no-require-imports */
    const isUserWire = (config: Record<string, unknown>) => config.recordId === '005000000000000000';
    const isRecordWire = (config: Record<string, unknown>) => config.recordId === CASE_ID;
    const recordConfigs = () => {
        const configs: Record<string, unknown>[] = [];
        getRecordAdapter.emit(undefined, (config) => {
            configs.push(config);
            return false;
        });
        return configs.filter(isRecordWire);
    };
    const problems = (element: HTMLElement) =>
        [...childRoot(element, 'c-glance-stu-messages').querySelectorAll('[data-problem]')].map((node) =>
            node.textContent?.trim()
        );

    async function openWith(user: unknown): Promise<HTMLElement> {
        const element = mount();
        getRecordAdapter.emit(user, isUserWire);
        await flush();
        return element;
    }

    it('reads the field through the Contact lookup once the user settings name it, then opens with View ready', async () => {
        const element = await openWith(runningUserVisitorId);
        expect(recordConfigs()).toEqual([
            { recordId: CASE_ID, fields: ['Case.Id'], optionalFields: ['Case.Contact.Glance_Visitor_Id__c'] }
        ]);
        // Until the record comes the key box waits, so the agent never sees an empty box fill in; Join does not wait.
        const links = childRoot(element, 'c-glance-stu-links');
        expect(links.querySelector('[data-stu="key-pending"] lightning-spinner')).not.toBeNull();
        expect(href(element, 'join')).not.toBeNull();
        getRecordAdapter.emit(caseWithContactVisitorId, isRecordWire);
        await flush();
        expect((links.querySelector('input[data-stu="session-key"]') as HTMLInputElement).value).toBe(
            '0035g00000AbCdEAAZ'
        );
        expect(href(element, 'view')).toBe(
            'https://www.glance.net/agentjoin/AgentView.aspx?idptoken=00D5g000004ABCD&SessionKey=0035g00000AbCdEAAZ' +
                '&name=Ada+Lovelace&email=ada@example.com&wait=1'
        );
        expect(problems(element)).toEqual([]);
        await expect(element).toBeAccessible();
    });

    it('reads no record when Glance Settings name no field', async () => {
        await openWith(runningUser);
        expect(recordConfigs()).toEqual([]);
    });

    it('names the Glance Settings field when the path is not readable on the record', async () => {
        const element = await openWith(runningUserVisitorId);
        // UI API leaves out an optional field the user cannot read, or one that does not exist.
        getRecordAdapter.emit(uiRecord('Case', CASE_ID, { Id: CASE_ID }), isRecordWire);
        await flush();
        expect(problems(element)).toEqual([
            formatLabel(
                LABELS.problemSessionKeyFieldMissing,
                LABELS.settingFieldSessionKeyField,
                'Case.Contact.Glance_Visitor_Id__c'
            )
        ]);
        expect(href(element, 'view')).toBeNull();
        expect(href(element, 'join')).not.toBeNull();
        await typeSessionKey(element, '4821');
        expect(href(element, 'view')).toContain('SessionKey=4821');
        await expect(element).toBeAccessible();
    });

    it('tells the agent when the record cannot be read, and the key box still works', async () => {
        const element = await openWith(runningUserVisitorId);
        getRecordAdapter.emitError(uiApiReadError(404, 'ENTITY_IS_DELETED', 'Record deleted'), isRecordWire);
        await flush();
        const notice = childRoot(element, 'c-glance-stu-messages').querySelector('[data-notice="record"]');
        expect(notice?.textContent).toContain('Record deleted');
        await typeSessionKey(element, '4821');
        expect(href(element, 'view')).toMatch(/SessionKey=4821&.*&wait=1$/);
    });
});
