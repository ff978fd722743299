// The preview's Enhanced Messaging conversation: the sample Messaging Session's messages and the
// agent's message box, which the stand-in conversation shows and lightning/conversationToolkitApi
// reads and writes. Fires `change` after every message and every change to the agent's box.
import { SAMPLE_CONTACT, SAMPLE_MESSAGING_SESSION, SAMPLE_USER } from './ui-api-server.js';

export const AGENT = 'Agent';
export const END_USER = 'EndUser';
const NAMES = { [AGENT]: SAMPLE_USER.Name, [END_USER]: SAMPLE_CONTACT.Name };

/** What was said before the card rendered: no key yet, so the log read on connect fills nothing. */
const messages = [
    [END_USER, 'Hi, the checkout page keeps spinning.'],
    [AGENT, 'Sorry about that. May I see your screen?']
].map(([type, content], index) => ({
    content,
    name: NAMES[type],
    type,
    timestamp: new Date(Date.UTC(2026, 10, 24, 17, 0, index)).toISOString()
}));
let agentInput = '';

export const conversation = new EventTarget();
const changed = () => conversation.dispatchEvent(new Event('change'));

/** True for the one open conversation; the toolkit's methods fail on any other record. */
export const isOpen = (recordId) => recordId === SAMPLE_MESSAGING_SESSION.Id;
export const conversationLog = () => messages.map((message) => ({ ...message }));
export const agentText = () => agentInput;

/** Adds a message to the log as `type` (AGENT or END_USER) sent it; returns it. */
export function addMessage(type, content) {
    const message = { content, name: NAMES[type], type, timestamp: new Date().toISOString() };
    messages.push(message);
    changed();
    return { ...message };
}

/** Puts text in the agent's message box, replacing what was there, as setAgentInput does. */
export function setAgentText(text) {
    agentInput = text;
    changed();
}
