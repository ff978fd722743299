// The stand-in for the Enhanced Conversation component on the Messaging Session page: the
// transcript, a box to type as the customer (each message is published on
// lightning__conversationEndUserMessage with this record's ID, as the platform does), the agent's
// message box (setAgentInput fills it; the agent's own messages go to the transcript, never on the
// channel, which carries customer texts only), and a box to send as a customer of another
// conversation, whose messages the card must ignore.
import { createMessageContext, publish } from 'lightning/messageService';
import END_USER_MESSAGE from '@salesforce/messageChannel/lightning__conversationEndUserMessage';
import { button, h, textField } from './dom.js';
import {
    AGENT,
    END_USER,
    addMessage,
    agentText,
    conversation,
    conversationLog,
    setAgentText
} from './platform/messaging-conversation.js';
import { SAMPLE_MESSAGING_SESSION } from './platform/ui-api-server.js';

/** Another agent's chat, open in another tab of the console. */
export const OTHER_MESSAGING_SESSION_ID = '0Mw5g00000GlncOCAR';
const context = createMessageContext();
const SENDERS = { [AGENT]: 'agent', [END_USER]: 'customer' };

/** A form whose submit (Enter, or its button) sends the box's text, then empties it. */
function sendingForm(label, box, sendButton, send) {
    const form = h('form', { 'aria-label': label }, ...box, sendButton);
    form.addEventListener('submit', (event) => {
        event.preventDefault();
        const [, control] = box;
        if (control.value.trim()) send(control.value.trim());
        control.value = '';
    });
    return form;
}

function endUserMessage(recordId, { content, name, timestamp }) {
    publish(context, END_USER_MESSAGE, { recordId, content, name, timestamp });
}

export function setUpMessagingConversation(container) {
    const transcript = h('ol', { 'data-preview': 'transcript', 'aria-label': 'Transcript' });
    const customerBox = textField('customer-message', 'Type as the customer');
    const customer = sendingForm(
        'The customer',
        customerBox,
        button('send-as-customer', 'Send as the customer', 'submit'),
        (text) => endUserMessage(SAMPLE_MESSAGING_SESSION.Id, addMessage(END_USER, text))
    );
    const agentBox = textField('agent-input', "Agent's message box", 'textarea');
    const [, agentInput] = agentBox;
    const agent = sendingForm('The agent', agentBox, button('send-as-agent', 'Send as the agent', 'submit'), (text) => {
        addMessage(AGENT, text);
        setAgentText('');
    });
    agentInput.addEventListener('input', () => setAgentText(agentInput.value));
    const otherSent = h('p', { 'data-preview': 'other-conversation-sent', class: 'slds-text-color_weak' });
    const otherBox = textField('other-conversation-message', `Type as the customer of ${OTHER_MESSAGING_SESSION_ID}`);
    const other = sendingForm(
        'Another conversation',
        otherBox,
        button('send-other-conversation', 'Send on the other conversation', 'submit'),
        (text) => {
            const name = 'Another customer';
            endUserMessage(OTHER_MESSAGING_SESSION_ID, { content: text, name, timestamp: new Date().toISOString() });
            otherSent.textContent = `Sent on ${OTHER_MESSAGING_SESSION_ID}: ${text}`;
        }
    );
    const show = () => {
        transcript.replaceChildren(
            ...conversationLog().map(({ content, name, type }) =>
                h(
                    'li',
                    { 'data-preview': 'transcript-message', 'data-sender': SENDERS[type] },
                    h('strong', {}, `${name} (${SENDERS[type]}): `),
                    content
                )
            )
        );
        // Only when it differs, so the agent's cursor stays where it is while they type.
        if (agentInput.value !== agentText()) agentInput.value = agentText();
    };
    conversation.addEventListener('change', show);
    show();
    const title = 'Conversation (stand-in for the Enhanced Conversation component)';
    container.append(
        h('h2', { class: 'slds-card__header slds-card__header-title' }, title),
        h('div', { class: 'slds-card__body slds-card__body_inner' }, transcript, customer, agent, other, otherSent)
    );
    container.hidden = false;
}
