import { createElement } from 'lwc';
import GlanceConversation from 'c/glanceConversation';
import { createRecord, getRecord } from 'lightning/uiRecordApi';
import { getConversationLog, sendTextMessage, setAgentInput } from 'lightning/conversationToolkitApi';
import { APPLICATION_SCOPE, subscribe, unsubscribe } from 'lightning/messageService';
import END_USER_MESSAGE from '@salesforce/messageChannel/lightning__conversationEndUserMessage';
import { LABELS, formatLabel, wireErrorMessage } from 'c/glanceStu';
import {
    asTestWireAdapter,
    childShadow,
    flushRendering as flush,
    resetDom,
    sessionKeyBox,
    shadowOf,
    typeSessionKey,
    type WireConfig
} from '../../../../../../force-app/test/jest-utils/lwcTestUtils';
import { uiRecord } from '../../../../../../force-app/test/jest-utils/uiApi';

/* eslint-disable @typescript-eslint/no-require-imports */
const runningUser = require('../../../../../../force-app/test/jest-data/runningUser.json');
const runningUserLogSessions = require('../../../../../../force-app/test/jest-data/runningUserLogSessions.json');
/* eslint-enable @typescript-eslint/no-require-imports */

const getRecordAdapter = asTestWireAdapter(getRecord);
const createRecordMock = jest.mocked(createRecord);
const subscribeMock = jest.mocked(subscribe);
const getConversationLogMock = jest.mocked(getConversationLog);
const setAgentInputMock = jest.mocked(setAgentInput);

const USER_ID = '005000000000000000';
const SESSION_ID = '0Mw000000000001AAA';
const OTHER_SESSION_ID = '0Mw000000000002AAA';
const CALL_ID = '0LQ000000000001AAA';
const CASE_ID = '500000000000001AAA';
const CONTACT_ID = '003000000000001AAA';

const messagingSession = uiRecord('MessagingSession', SESSION_ID, { CaseId: CASE_ID, EndUserContactId: CONTACT_ID });
const voiceCall = uiRecord('VoiceCall', CALL_ID, { RelatedRecordId: CASE_ID });

type LogMessages = Awaited<ReturnType<typeof getConversationLog>>['messages'];
const logOf = (...messages: Array<[type: string, content: string]>): { messages: LogMessages } => ({
    messages: messages.map(([type, content], index) => ({ content, name: type, type, timestamp: String(index) }))
});

/** The conversation's own composer, where the agent types while the card listens. */
function agentComposer(): HTMLTextAreaElement {
    const composer = document.createElement('textarea');
    composer.setAttribute('aria-label', 'Message');
    document.body.appendChild(composer);
    composer.focus();
    return composer;
}

interface MountOptions {
    user?: unknown;
    record?: unknown;
}

async function mount(
    props: { recordId: string; objectApiName: string },
    options: MountOptions = {}
): Promise<HTMLElement> {
    const { user = runningUser, record = props.objectApiName === 'VoiceCall' ? voiceCall : messagingSession } = options;
    const element = createElement('c-glance-conversation', { is: GlanceConversation });
    Object.assign(element, props);
    document.body.appendChild(element);
    getRecordAdapter.emit(user, (config: WireConfig) => config.recordId === USER_ID);
    // The card asks for the page's record (where to log) once it has the user's settings.
    await flush();
    getRecordAdapter.emit(record, (config: WireConfig) => config.recordId === props.recordId);
    await flush();
    return element;
}

const mountMessaging = (options?: MountOptions) =>
    mount({ recordId: SESSION_ID, objectApiName: 'MessagingSession' }, options);
const mountVoice = (options?: MountOptions) => mount({ recordId: CALL_ID, objectApiName: 'VoiceCall' }, options);

const card = (element: HTMLElement) => shadowOf(element).querySelector('c-glance-stu-launcher') as HTMLElement;
const links = (element: HTMLElement) => childShadow(card(element), 'c-glance-stu-links');
const keyBox = (element: HTMLElement) => sessionKeyBox(links(element));
const view = (element: HTMLElement) => links(element).querySelector<HTMLAnchorElement>('a[data-stu="view"]');
const hook = (element: HTMLElement, stu: string) => shadowOf(element).querySelector<HTMLElement>(`[data-stu="${stu}"]`);
const announcement = (element: HTMLElement) => hook(element, 'heard-announcement')?.textContent?.trim();
const instructionsError = (element: HTMLElement) => hook(element, 'instructions-error')?.textContent?.trim();
const voiceToolkit = (element: HTMLElement) =>
    shadowOf(element).querySelector('lightning-service-cloud-voice-toolkit-api');

/** What the message service hands the card's listener when a customer sends a text. */
async function customerSends(content: string, recordId = SESSION_ID): Promise<void> {
    const listener = subscribeMock.mock.calls.at(-1)?.[2];
    if (!listener) {
        throw new Error('the card did not subscribe to the customer messages');
    }
    listener({ recordId, content, name: 'Ada', timestamp: '2026-12-01T10:00:00Z' });
    await flush();
}

/** One utterance of the call, as the Voice toolkit dispatches it. */
async function utterance(element: HTMLElement, role: string, text: string): Promise<void> {
    const toolkit = voiceToolkit(element);
    if (!toolkit) {
        throw new Error('the Voice toolkit is not rendered');
    }
    const detail = { callId: 'c5d93c19', content: { formatType: 'Text', text }, sender: { role } };
    toolkit.dispatchEvent(new CustomEvent('transcript', { detail }));
    await flush();
}

async function clickSendInstructions(element: HTMLElement): Promise<void> {
    hook(element, 'send-instructions')?.click();
    await flush();
}

async function followView(element: HTMLElement): Promise<void> {
    view(element)?.dispatchEvent(new MouseEvent('click'));
    await flush();
}

function expectEmptyBox(element: HTMLElement): void {
    expect(keyBox(element).value).toBe('');
    expect(view(element)).toBeNull();
}

beforeEach(() => {
    jest.spyOn(window, 'open').mockImplementation(() => null);
});

afterEach(() => {
    resetDom();
    jest.restoreAllMocks();
    jest.clearAllMocks();
    getConversationLogMock.mockReset();
    getConversationLogMock.mockResolvedValue({ messages: [] });
    setAgentInputMock.mockReset();
    setAgentInputMock.mockResolvedValue(true);
    subscribeMock.mockReset();
    createRecordMock.mockReset();
    createRecordMock.mockResolvedValue({} as UiRecord);
});

describe('c-glance-conversation on a Messaging Session', () => {
    it('fills the key box with the key the customer sends, says so politely, and leaves the focus where the agent types', async () => {
        const element = await mountMessaging();
        const composer = agentComposer();
        expect(hook(element, 'heard-announcement')?.getAttribute('aria-live')).toBe('polite');
        expect(announcement(element)).toBe('');

        await customerSends('my code is 48 21');

        expect(keyBox(element).value).toBe('4821');
        expect(view(element)?.href).toContain('SessionKey=4821');
        expect(announcement(element)).toBe('Heard 4821 from the customer');
        expect(document.activeElement).toBe(composer);
        expect(window.open).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('listens to the customer messages of the whole app on the conversation channel', async () => {
        await mountMessaging();
        expect(subscribeMock).toHaveBeenCalledTimes(1);
        expect(subscribeMock.mock.calls[0]?.[1]).toBe(END_USER_MESSAGE);
        expect(subscribeMock.mock.calls[0]?.[3]).toEqual({ scope: APPLICATION_SCOPE });
    });

    it('fills nothing from a phone number or an order number', async () => {
        const element = await mountMessaging();
        await customerSends('you can call me on +1 415 555 0100');
        expectEmptyBox(element);
        await customerSends('my order is ORD-48213');
        expectEmptyBox(element);
        await customerSends('order 4821-5567-9012-3456 arrived');
        expectEmptyBox(element);
        expect(announcement(element)).toBe('');
        await expect(element).toBeAccessible();
    });

    it('fills nothing from a message with two numbers, and says it saw more than one', async () => {
        const element = await mountMessaging();
        await customerSends('it says 4821, or maybe 5567');
        expectEmptyBox(element);
        expect(announcement(element)).toBe(LABELS.heardSeveralNumbers);
        await expect(element).toBeAccessible();
    });

    it('keeps an earlier heard key when a later message holds two numbers', async () => {
        const element = await mountMessaging();
        await customerSends('4821');
        await customerSends('4821 or 5567?');
        expect(keyBox(element).value).toBe('4821');
        expect(announcement(element)).toBe(LABELS.heardSeveralNumbers);
    });

    it("never fills the box from another conversation's message", async () => {
        const element = await mountMessaging();
        await customerSends('my code is 48 21', OTHER_SESSION_ID);
        expectEmptyBox(element);
        expect(announcement(element)).toBe('');
    });

    it('hears a message that names the page record by its 15-character ID', async () => {
        const element = await mountMessaging();
        await customerSends('4821', SESSION_ID.slice(0, 15));
        expect(keyBox(element).value).toBe('4821');
    });

    it('never overwrites a key the agent typed with a later heard key', async () => {
        const element = await mountMessaging();
        await typeSessionKey(links(element), '1111');
        await customerSends('my code is 48 21');
        expect(keyBox(element).value).toBe('1111');
        expect(view(element)?.href).toContain('SessionKey=1111');
    });

    it('replaces an earlier heard key with a later one, and announces it', async () => {
        const element = await mountMessaging();
        await customerSends('4821');
        await customerSends('sorry, it is now 5567');
        expect(keyBox(element).value).toBe('5567');
        expect(view(element)?.href).toContain('SessionKey=5567');
        expect(announcement(element)).toBe(formatLabel(LABELS.heardKey, '5567'));
    });

    it('announces the same key sent twice again, its text changed only by a no-break space', async () => {
        const element = await mountMessaging();
        await customerSends('4821');
        const first = hook(element, 'heard-announcement')?.textContent;
        await customerSends('4821');
        expect(hook(element, 'heard-announcement')?.textContent).not.toBe(first);
        expect(announcement(element)).toBe(formatLabel(LABELS.heardKey, '4821'));
    });

    it("applies the customer's earlier messages from the conversation log once, never the agent's", async () => {
        getConversationLogMock.mockResolvedValueOnce(
            logOf(
                ['END_USER', 'hi, it says 48 21'],
                ['EndUser', 'thanks'],
                ['AGENT', 'Is it 9999?'],
                ['Agent', '7777?']
            )
        );
        const element = await mountMessaging();
        expect(getConversationLogMock.mock.calls).toEqual([[SESSION_ID]]);
        expect(keyBox(element).value).toBe('4821');
        expect(announcement(element)).toBe(formatLabel(LABELS.heardKey, '4821'));

        await customerSends('now 5567');
        expect(keyBox(element).value).toBe('5567');
        expect(getConversationLogMock).toHaveBeenCalledTimes(1);
    });

    it("takes the log's customer messages in order, so the last key sent wins", async () => {
        getConversationLogMock.mockResolvedValueOnce(logOf(['END_USER', '4821'], ['END_USER', 'no wait, 5567']));
        const element = await mountMessaging();
        expect(keyBox(element).value).toBe('5567');
    });

    it("never fills the box from the agent's own words in the log", async () => {
        getConversationLogMock.mockResolvedValueOnce(
            logOf(['Agent', 'Please read me the code, like 4821'], ['AGENT', 'Is it 5567?'])
        );
        const element = await mountMessaging();
        expectEmptyBox(element);
        expect(announcement(element)).toBe('');
    });

    it('lets a message that arrives while the log loads win over the older log, and offers the instructions once the toolkit answers', async () => {
        let resolveLog: (log: { messages: LogMessages }) => void = () => undefined;
        getConversationLogMock.mockImplementationOnce(() => new Promise((resolve) => (resolveLog = resolve)));
        const element = await mountMessaging();
        expect(hook(element, 'send-instructions')).toBeNull();
        await customerSends('5567');
        resolveLog(logOf(['END_USER', '4821']));
        await flush();
        expect(keyBox(element).value).toBe('5567');
        expect(hook(element, 'send-instructions')).not.toBeNull();
    });

    it('is the ordinary card, with no message, when the conversation log cannot be read', async () => {
        getConversationLogMock.mockRejectedValueOnce(new Error('This API is not available on this page.'));
        const element = await mountMessaging();
        expectEmptyBox(element);
        expect(announcement(element)).toBe('');
        expect(instructionsError(element)).toBeUndefined();
        expect(hook(element, 'send-instructions')).toBeNull();
        expect(links(element).querySelector('a[data-stu="join"]')).not.toBeNull();
        expect(childShadow(card(element), 'c-glance-stu-messages').textContent?.trim()).toBe('');
        await expect(element).toBeAccessible();
    });

    it("puts the instructions in the agent's message box, and sends nothing itself", async () => {
        const element = await mountMessaging();
        const button = hook(element, 'send-instructions');
        expect(button?.tagName).toBe('BUTTON');
        expect(button?.textContent?.trim()).toBe(LABELS.sendInstructionsButton);
        await clickSendInstructions(element);
        expect(setAgentInputMock.mock.calls).toEqual([[SESSION_ID, { text: LABELS.customerInstructions }]]);
        expect(sendTextMessage).not.toHaveBeenCalled();
        expect(instructionsError(element)).toBeUndefined();
        await expect(element).toBeAccessible();
    });

    it("says, in the platform's words, that the instructions could not be put in the message box, until they are", async () => {
        setAgentInputMock.mockRejectedValueOnce(new Error('The conversation has ended.'));
        const element = await mountMessaging();
        await clickSendInstructions(element);
        expect(instructionsError(element)).toBe(formatLabel(LABELS.instructionsNotSet, 'The conversation has ended.'));
        expect(instructionsError(element)).toContain('could not be put in your message box');
        await expect(element).toBeAccessible();

        await clickSendInstructions(element);
        expect(setAgentInputMock).toHaveBeenCalledTimes(2);
        expect(instructionsError(element)).toBeUndefined();
    });

    it('gives the generic reason when the message box refuses the text without saying why', async () => {
        setAgentInputMock.mockResolvedValueOnce(false);
        const element = await mountMessaging();
        await clickSendInstructions(element);
        expect(instructionsError(element)).toBe(formatLabel(LABELS.instructionsNotSet, wireErrorMessage(null)));
    });

    it('stops listening when it goes, and listens again when it comes back', async () => {
        const subscription = {};
        subscribeMock.mockReturnValueOnce(subscription);
        const element = await mountMessaging();
        expect(unsubscribe).not.toHaveBeenCalled();
        document.body.removeChild(element);
        expect(jest.mocked(unsubscribe).mock.calls).toEqual([[subscription]]);
        document.body.appendChild(element);
        expect(subscribeMock).toHaveBeenCalledTimes(2);
    });

    it('renders no Voice toolkit', async () => {
        const element = await mountMessaging();
        expect(voiceToolkit(element)).toBeNull();
    });

    it("logs a View of the heard key on the session's Case, with the key, when Glance Settings turn logging on", async () => {
        const element = await mountMessaging({ user: runningUserLogSessions });
        await customerSends('my code is 48 21');
        await followView(element);
        expect(createRecordMock).toHaveBeenCalledTimes(1);
        const task = createRecordMock.mock.calls[0]?.[0];
        expect(task?.apiName).toBe('Task');
        expect(task?.fields).toMatchObject({
            WhatId: CASE_ID,
            Glance_Link__c: 'View',
            Glance_Session_Key__c: '4821',
            Subject: formatLabel(LABELS.logSubjectView, '4821')
        });
        expect(task?.fields).not.toHaveProperty('WhoId');
    });

    it("logs on the session's end user when it has no Case", async () => {
        const withoutCase = uiRecord('MessagingSession', SESSION_ID, { CaseId: null, EndUserContactId: CONTACT_ID });
        const element = await mountMessaging({ user: runningUserLogSessions, record: withoutCase });
        await customerSends('4821');
        await followView(element);
        expect(createRecordMock.mock.calls[0]?.[0].fields).toMatchObject({
            WhoId: CONTACT_ID,
            Glance_Session_Key__c: '4821'
        });
    });

    it('logs nothing when Glance Settings leave logging off', async () => {
        const element = await mountMessaging();
        await customerSends('4821');
        await followView(element);
        expect(window.open).not.toHaveBeenCalled();
        expect(createRecordMock).not.toHaveBeenCalled();
    });
});

describe('c-glance-conversation on a Voice Call', () => {
    it("fills the key box from the customer's utterance, without taking the focus", async () => {
        const element = await mountVoice();
        const composer = agentComposer();
        await utterance(element, 'EndUser', 'my code is 4 8 2 1');
        expect(keyBox(element).value).toBe('4821');
        expect(view(element)?.href).toContain('SessionKey=4821');
        expect(announcement(element)).toBe(formatLabel(LABELS.heardKey, '4821'));
        expect(document.activeElement).toBe(composer);
        await expect(element).toBeAccessible();
    });

    it("never fills the box from the agent's own words", async () => {
        const element = await mountVoice();
        await utterance(element, 'Agent', 'is your code 4821?');
        expectEmptyBox(element);
        expect(announcement(element)).toBe('');
    });

    it('fills nothing from an utterance with two numbers, and says so', async () => {
        const element = await mountVoice();
        await utterance(element, 'END_USER', 'either 4821 or 5567');
        expectEmptyBox(element);
        expect(announcement(element)).toBe(LABELS.heardSeveralNumbers);
    });

    it('neither listens to messages nor offers the Messaging instructions', async () => {
        const element = await mountVoice();
        expect(subscribeMock).not.toHaveBeenCalled();
        expect(getConversationLogMock).not.toHaveBeenCalled();
        expect(hook(element, 'send-instructions')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it("logs a View of the heard key on the call's related record", async () => {
        const element = await mountVoice({ user: runningUserLogSessions });
        await utterance(element, 'EndUser', '4821');
        await followView(element);
        expect(createRecordMock.mock.calls[0]?.[0].fields).toMatchObject({
            WhatId: CASE_ID,
            Glance_Session_Key__c: '4821'
        });
    });
});

describe('c-glance-conversation elsewhere', () => {
    it('is the ordinary card on a record that is no conversation', async () => {
        const element = await mount(
            { recordId: CASE_ID, objectApiName: 'Case' },
            { record: uiRecord('Case', CASE_ID, {}) }
        );
        expect(subscribeMock).not.toHaveBeenCalled();
        expect(getConversationLogMock).not.toHaveBeenCalled();
        expect(hook(element, 'send-instructions')).toBeNull();
        expect(voiceToolkit(element)).toBeNull();
        expect(links(element).querySelector('a[data-stu="join"]')).not.toBeNull();
        await expect(element).toBeAccessible();
    });
});
