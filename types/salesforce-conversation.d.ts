/*
 * Types for the platform modules that carry a Messaging or Voice conversation to a component, which
 * @salesforce/lightning-types does not cover. Shapes as Salesforce documents them (Console Developer
 * Guide, "LWC Methods for Enhanced Messaging in Lightning Experience" and "Lightning Web Component
 * Events for Enhanced Messaging"; Voice Developer Guide, "LWC Toolkit API"). They work only on an
 * open Messaging Session (or Voice Call) record page with the conversation component rendered.
 */
// A script, not a module (no top-level import), so the declarations below are ambient and global.

/** A Lightning Message Service channel whose messages are `T`, as `@salesforce/messageChannel/*` gives it. */
interface MessageChannel<T> {
    /** Never present: ties a channel to its payload for `subscribe`. */
    readonly __payload?: T;
}

/** The `lightning__conversationEndUserMessage` payload: a text message the customer sent (text only). */
interface ConversationEndUserMessage {
    /** The Messaging Session the message belongs to: compare with the page's record. */
    readonly recordId: string;
    /** The message's text. */
    readonly content: string;
    /** The sender's name as the conversation log shows it. */
    readonly name: string;
    /** When the message was received (documented as Date/Time, its JavaScript form is not). */
    readonly timestamp: string | number;
}

/** One message of `getConversationLog`. */
interface ConversationLogMessage {
    readonly content: string;
    readonly name: string;
    /** Who sent it. The docs give 'AGENT'/'END_USER' today and 'Agent'/'EndUser' in earlier releases. */
    readonly type: string;
    readonly timestamp: string;
}

/** The detail of a Voice toolkit `transcript` event: one utterance of the call. */
interface VoiceTranscriptDetail {
    readonly callId?: string;
    readonly id?: string;
    readonly clientSentTimestamp?: number;
    readonly serverReceivedTimestamp?: number;
    readonly content: { readonly formatType?: string; readonly text: string };
    /** The docs' example role is 'Agent'; the customer's utterances carry 'EndUser'. */
    readonly sender: { readonly role: string };
}

declare module 'lightning/conversationToolkitApi' {
    /** Up to 200 messages of the conversation log, from where the agent scrolled to (API 60.0+). */
    export function getConversationLog(
        recordId: string
    ): Promise<{ readonly messages: ReadonlyArray<ConversationLogMessage> }>;
    /**
     * Puts text in the agent's message box, replacing what is there unless `setAtCursor` (optional,
     * documented as a Boolean argument after the message). Resolves to true.
     */
    export function setAgentInput(
        recordId: string,
        message: { readonly text: string },
        options?: { readonly setAtCursor?: boolean }
    ): Promise<boolean>;
    /** Sends text to the customer as the agent. Resolves to true. */
    export function sendTextMessage(recordId: string, message: { readonly text: string }): Promise<boolean>;
}

declare module 'lightning/messageService' {
    import type { WireAdapterConstructor } from 'lwc';
    /** What `@wire(MessageContext)` gives; passed to `subscribe` as is. */
    export interface MessageContextValue {
        readonly __messageContext?: never;
    }
    export interface MessageSubscription {
        readonly __subscription?: never;
    }
    export const MessageContext: WireAdapterConstructor<Record<string, never>, MessageContextValue>;
    /** Receives messages from every tab and window of the app, not only the component's own. */
    export const APPLICATION_SCOPE: unique symbol;
    export function subscribe<T>(
        context: MessageContextValue,
        channel: MessageChannel<T>,
        listener: (message: T) => void,
        options?: { readonly scope?: typeof APPLICATION_SCOPE }
    ): MessageSubscription;
    export function unsubscribe(subscription: MessageSubscription): void;
}

declare module '@salesforce/messageChannel/lightning__conversationEndUserMessage' {
    const channel: MessageChannel<ConversationEndUserMessage>;
    export default channel;
}
