/*
 * The Glance card on a Messaging Session or Voice Call page, hearing the key: when the customer
 * sends or says a Glance key on this conversation, the key fills the card's key box, ready for the
 * agent to click View; nothing opens by itself. On Messaging it also puts the Glance instructions in
 * the agent's message box, for the agent to edit and send. Salesforce's APIs, and where each is
 * documented:
 * - Messaging: the Lightning Message Service channel lightning__conversationEndUserMessage (Console
 *   Developer Guide, "Lightning Web Component Events for Enhanced Messaging") and
 *   lightning/conversationToolkitApi's getConversationLog and setAgentInput ("LWC Methods for
 *   Enhanced Messaging in Lightning Experience"), which work only on an open Messaging Session page.
 * - Voice: lightning-service-cloud-voice-toolkit-api's transcript event (Voice Developer Guide, "LWC
 *   Toolkit API"), with the bundle's lightning__ServiceCloudVoiceToolkitApi capability.
 * Where neither is available, it is the ordinary card.
 */
import { LightningElement, api, wire } from 'lwc';
import {
    APPLICATION_SCOPE,
    MessageContext,
    subscribe,
    unsubscribe,
    type MessageContextValue,
    type MessageSubscription
} from 'lightning/messageService';
import END_USER_MESSAGE from '@salesforce/messageChannel/lightning__conversationEndUserMessage';
import { getConversationLog, setAgentInput } from 'lightning/conversationToolkitApi';
import { LABELS, announceAgain, formatLabel, keyInText, wireErrorMessage } from 'c/glanceStu';

/**
 * The customer's side of a conversation. The docs give a log message's type as 'END_USER' on one
 * page and 'EndUser' on another, and a Voice utterance's role as 'EndUser' (the agent's is 'Agent'),
 * so roles compare without case or underscores.
 */
function isEndUser(role: unknown): boolean {
    return typeof role === 'string' && role.replace(/_/g, '').toLowerCase() === 'enduser';
}

/** Two record IDs name the same record: an 18-character ID starts with its 15-character form. */
function sameRecord(one: unknown, other: unknown): boolean {
    return (
        typeof one === 'string' &&
        typeof other === 'string' &&
        one.length >= 15 &&
        one.slice(0, 15) === other.slice(0, 15)
    );
}

function isObject(objectApiName: string | undefined, name: string): boolean {
    return objectApiName?.toLowerCase() === name.toLowerCase();
}

export default class GlanceConversation extends LightningElement {
    @api recordId: string | undefined;
    @api objectApiName: string | undefined;
    @api cardTitle: string | null | undefined;

    labels = LABELS;
    /** The last key the customer sent or said; the card's key box shows it unless the agent typed one. */
    heardKey: string | null = null;
    /** What was last heard, in the polite live region: again on each message, so it is read again. */
    announcement = '';
    /** Why the instructions did not reach the agent's message box; cleared once they do. */
    instructionsError: string | null = null;
    /** True once the conversation toolkit answered: only then can it put text in the message box. */
    toolkitAvailable = false;
    /** How many live customer messages held a key or several numbers: a log read they overtook is older. */
    liveHeard = 0;
    subscription: MessageSubscription | null = null;

    // Ready once the component is connected, as the message service documents it.
    @wire(MessageContext)
    messageContext: MessageContextValue | undefined;

    get isMessaging(): boolean {
        return isObject(this.objectApiName, 'MessagingSession');
    }

    get showSendInstructions(): boolean {
        return this.isMessaging && this.toolkitAvailable;
    }

    get isVoice(): boolean {
        return isObject(this.objectApiName, 'VoiceCall');
    }

    override connectedCallback(): void {
        if (!this.isMessaging) {
            return;
        }
        if (!this.subscription) {
            // The typed boundary: the wired context is set before connectedCallback runs.
            this.subscription = subscribe(
                this.messageContext as MessageContextValue,
                END_USER_MESSAGE,
                (message) => this.handleEndUserMessage(message),
                { scope: APPLICATION_SCOPE }
            );
        }
        this.readEarlierMessages();
    }

    override disconnectedCallback(): void {
        if (this.subscription) {
            unsubscribe(this.subscription);
            this.subscription = null;
        }
    }

    /** The customer's messages sent before the card rendered; the answer also says the toolkit works here. */
    readEarlierMessages(): void {
        const recordId = this.recordId;
        if (!recordId) {
            return;
        }
        const liveHeardBefore = this.liveHeard;
        getConversationLog(recordId).then(
            (log) => {
                this.toolkitAvailable = true;
                // A message heard meanwhile is newer than anything the log holds.
                if (this.liveHeard !== liveHeardBefore) {
                    return;
                }
                (log?.messages ?? [])
                    .filter((message) => isEndUser(message.type))
                    .forEach((message) => this.hear(message.content));
            },
            // Not an open conversation, or no toolkit here: the ordinary card, without a word.
            () => undefined
        );
    }

    /** A text the customer sent on some conversation: only this page's counts. */
    handleEndUserMessage(message: ConversationEndUserMessage): void {
        if (message && sameRecord(message.recordId, this.recordId) && this.hear(message.content)) {
            this.liveHeard += 1;
        }
    }

    /** One utterance of the call: only the customer's count, never the agent's own words. */
    handleTranscript(event: CustomEvent<VoiceTranscriptDetail>): void {
        const detail = event.detail;
        if (isEndUser(detail?.sender?.role)) {
            this.hear(detail.content?.text);
        }
    }

    /** Takes the key a customer's text holds, or says it held several; true when it held either. */
    hear(text: string | undefined): boolean {
        const found = keyInText(text ?? '');
        if (found.kind === 'key') {
            this.heardKey = found.key;
            this.announcement = announceAgain(this.announcement, formatLabel(LABELS.heardKey, found.key));
        } else if (found.kind === 'several') {
            this.announcement = announceAgain(this.announcement, LABELS.heardSeveralNumbers);
        }
        return found.kind !== 'none';
    }

    /** Puts the instructions in the agent's message box; the agent edits and sends them. */
    async handleSendInstructions(): Promise<void> {
        try {
            const set = await setAgentInput(this.recordId as string, { text: LABELS.customerInstructions });
            // Documented to resolve true; false says the text is not in the box, without saying why.
            this.instructionsError =
                set === false ? formatLabel(LABELS.instructionsNotSet, wireErrorMessage(null)) : null;
        } catch (error) {
            this.instructionsError = formatLabel(LABELS.instructionsNotSet, wireErrorMessage(error));
        }
    }
}
