// The preview's lightning/conversationToolkitApi, on the stand-in conversation: both methods answer
// in a later task, and fail, as on the platform, for a record that is not an open conversation.
import { agentText, conversationLog, isOpen, setAgentText } from '../messaging-conversation.js';

const later = () => new Promise((resolve) => setTimeout(resolve));

async function openConversation(recordId) {
    await later();
    if (!isOpen(recordId)) throw new Error(`${recordId} is not an open Messaging Session.`);
}

export async function getConversationLog(recordId) {
    await openConversation(recordId);
    return { messages: conversationLog() };
}

/** Replaces the agent's message box, or inserts at its end with `setAtCursor`; resolves true. */
export async function setAgentInput(recordId, { text }, { setAtCursor = false } = {}) {
    await openConversation(recordId);
    setAgentText(setAtCursor ? `${agentText()}${text}` : text);
    return true;
}
