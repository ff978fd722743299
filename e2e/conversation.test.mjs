// The Glance Conversation card in the local preview in Chromium, beside the stand-in conversation:
// on a Messaging Session page the key the customer types fills the key box and View opens it; Send
// Glance instructions fills the agent's message box and sends nothing; the agent's own words and
// another conversation's messages never fill the box, and a key the agent typed stays. On a Voice
// Call page only the customer's utterances count. Each state is checked with axe-core.
import assert from 'node:assert/strict';
import { expect } from '@playwright/test';
import { VIEW_4821, VIEW_LINK, label, preview, test } from './fixtures.mjs';

const CARD = 'c-glance-conversation';
const MESSAGING = '?surface=messaging';
const VOICE = '?surface=voice';
const HEARD_4821 = label('GlanceStu_HeardKey', '4821');
const SEVERAL = label('GlanceStu_HeardSeveralNumbers');
/** An element of the conversation card's own, outside the card it holds. */
const inConversation = (selector) => preview.hook('launchers').locator(CARD).first().locator(selector);
const heardAnnouncement = () => inConversation('[data-stu="heard-announcement"]');
const SEND_INSTRUCTIONS = 'button[data-stu="send-instructions"]';
const transcript = () => preview.hook('transcript').locator('[data-preview="transcript-message"]');

/** Types `text` in the stand-in's `box` and sends it with `send`. */
async function send(box, send, text) {
    await preview.hook(box).fill(text);
    await preview.hook(send).click();
}
const sendAsCustomer = (text) => send('customer-message', 'send-as-customer', text);
const sendAsAgent = (text) => send('agent-input', 'send-as-agent', text);
const sendOnOtherConversation = (text) => send('other-conversation-message', 'send-other-conversation', text);
const say = (speaker, text) => send('utterance', `say-as-${speaker}`, text);

test.describe('conversation card: Messaging Session', () => {
    test('the customer\'s "my code is 48 21" fills the key box, is announced politely, and View opens 4821 (blocked)', async () => {
        const { blocked } = await preview.open(MESSAGING);
        await preview.assertAccessible(CARD);
        await sendAsCustomer('my code is 48 21');
        await expect(preview.keyInput()).toHaveValue('4821');
        await expect(heardAnnouncement()).toHaveText(HEARD_4821);
        assert.equal(await heardAnnouncement().getAttribute('aria-live'), 'polite');
        // The card never takes the focus: the agent is typing in the conversation.
        await expect(preview.hook('send-as-customer')).toBeFocused();
        const view = await preview.href(VIEW_LINK);
        assert.equal(view, VIEW_4821);
        assert.equal(new URL(view).searchParams.get('SessionKey'), '4821');
        await preview.assertAccessible(CARD);
        await preview.followLink(preview.inCard(VIEW_LINK));
        await expect.poll(() => blocked).toEqual([VIEW_4821]);
    });

    test("Send Glance instructions puts them in the agent's message box and sends nothing; the agent sends them", async () => {
        await preview.open(MESSAGING);
        const button = inConversation(SEND_INSTRUCTIONS);
        // It appears once the conversation log has answered.
        await expect(button).toHaveText(label('GlanceStu_SendInstructionsButton'));
        const before = await transcript().allTextContents();
        await button.click();
        const instructions = label('GlanceStu_CustomerInstructions');
        await expect(preview.hook('agent-input')).toHaveValue(instructions);
        assert.deepEqual(await transcript().allTextContents(), before, 'nothing was sent to the customer');
        assert.equal(await inConversation('[data-stu="instructions-error"]').count(), 0);
        await preview.assertAccessible(CARD);
        await preview.hook('send-as-agent').click();
        await expect(transcript()).toHaveCount(before.length + 1);
        assert.equal(await transcript().last().getAttribute('data-sender'), 'agent');
        assert.match(await transcript().last().textContent(), new RegExp(`${instructions.replace(/[.]/g, '\\.')}$`));
        await expect(preview.hook('agent-input')).toHaveValue('');
        assert.equal(await preview.keyInput().inputValue(), '');
    });

    test("the agent's words and another conversation's message never fill the box; a key the agent typed stays", async () => {
        await preview.open(MESSAGING);
        await sendOnOtherConversation('my code is 6666');
        await expect(preview.hook('other-conversation-sent')).toContainText('6666');
        await sendAsAgent('try 5555');
        await expect(transcript().last()).toContainText('try 5555');
        assert.equal(await transcript().last().getAttribute('data-sender'), 'agent');
        // A later customer message is heard: the earlier ones were delivered, and ignored.
        await sendAsCustomer('it shows 1234 or 5678');
        await expect(heardAnnouncement()).toHaveText(SEVERAL);
        assert.equal(await preview.keyInput().inputValue(), '');
        assert.equal(await preview.count(VIEW_LINK), 0);
        await preview.assertAccessible(CARD);
        await preview.typeSessionKey('7315');
        await sendAsCustomer('my code is 48 21');
        await expect(heardAnnouncement()).toHaveText(HEARD_4821);
        assert.equal(await preview.keyInput().inputValue(), '7315', 'what the agent typed is never overwritten');
        assert.equal(new URL(await preview.href(VIEW_LINK)).searchParams.get('SessionKey'), '7315');
        await preview.assertAccessible(CARD);
    });

    test('with Log Sessions on, following View logs the Task on the sample Case, with the key', async () => {
        await preview.open(`${MESSAGING}&Log_Sessions__c=1`);
        await sendAsCustomer('my code is 48 21');
        await expect(preview.keyInput()).toHaveValue('4821');
        await preview.followLink(preview.inCard(VIEW_LINK));
        await expect(preview.hook('activity-subject')).toHaveText([label('GlanceStu_LogSubjectView', '4821')]);
        assert.deepEqual(await preview.hook('activity-related').allTextContents(), ['Related To: Case 00001026']);
        assert.deepEqual(await preview.hook('activity-session-key').allTextContents(), ['Glance Session Key: 4821']);
        assert.equal(await preview.count('[data-stu="log-error"]'), 0);
        await preview.assertAccessible(CARD);
    });
});

test.describe('conversation card: Voice Call', () => {
    test("a customer's utterance fills the key box; the agent's does not; no instructions button", async () => {
        await preview.open(VOICE);
        await preview.assertAccessible(CARD);
        await say('agent', 'it is 4 8 2 1');
        await say('customer', 'I see 1234 and 5678');
        await expect(heardAnnouncement()).toHaveText(SEVERAL);
        assert.equal(await preview.keyInput().inputValue(), '', "the agent's words are not heard");
        await say('customer', 'it is 4 8 2 1');
        await expect(preview.keyInput()).toHaveValue('4821');
        await expect(heardAnnouncement()).toHaveText(HEARD_4821);
        assert.equal(await preview.href(VIEW_LINK), VIEW_4821);
        await expect(preview.hook('say-as-customer')).toBeFocused();
        // The card's own parts are there, but the Messaging toolkit answers only on a Messaging Session.
        await expect(heardAnnouncement()).toHaveCount(1);
        assert.equal(await inConversation(SEND_INSTRUCTIONS).count(), 0);
        await preview.assertAccessible(CARD);
    });
});
