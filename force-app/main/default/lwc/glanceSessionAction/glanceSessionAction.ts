/*
 * Screen quick action: a panel with the card's session-key box, View and Join. It closes itself
 * once the agent follows a link, since the session opens in a new tab; when it logs the session, it
 * waits for the Task at most LOG_WAIT_MS. Quick actions take no App Builder properties, so its
 * settings are the running user's Glance Settings alone.
 */
import { LightningElement, api, wire } from 'lwc';
import { getRecord } from 'lightning/uiRecordApi';
import { CloseActionScreenEvent } from 'lightning/actions';
import USER_ID from '@salesforce/user/Id';
import {
    LABELS,
    LOG_WAIT_MS,
    RUNNING_USER_AUDIENCE,
    USER_FIELDS,
    USER_OPTIONAL_FIELDS,
    cardState,
    pageRecordRequest,
    logSession,
    LoggedRecordWait,
    recordContextOf,
    settleWithin,
    type CardState,
    type OpenedLink,
    type RecordRequest
} from 'c/glanceStu';

export default class GlanceSessionAction extends LightningElement {
    @api recordId: string | undefined;
    @api objectApiName: string | undefined;

    labels = LABELS;
    userResult: WireResult<UiRecord> | undefined;
    recordResult: WireResult<UiRecord> | undefined;
    logError: string | null = null;
    /** A log waits for a conversation's related record while it loads. */
    logWait = new LoggedRecordWait();
    /** The key box gets the focus once, when the links first show: the agent opened the panel to type. */
    focusedKeyBox = false;

    @wire(getRecord, { recordId: USER_ID, fields: USER_FIELDS, optionalFields: USER_OPTIONAL_FIELDS })
    wiredUser(result: WireResult<UiRecord>): void {
        this.userResult = result;
    }

    @wire(getRecord, {
        recordId: '$recordRequest.recordId',
        fields: '$recordRequest.fields',
        optionalFields: '$recordRequest.optionalFields'
    })
    wiredRecord(result: WireResult<UiRecord>): void {
        this.recordResult = result;
        this.logWait.arrived();
    }

    get state(): CardState {
        return cardState({
            placement: {},
            context: recordContextOf(this.recordId, this.objectApiName, undefined),
            audience: RUNNING_USER_AUDIENCE,
            user: this.userResult,
            record: this.recordResult
        });
    }

    /** Never from `state`, which reads the record this config asks for. */
    get recordRequest(): RecordRequest | undefined {
        return pageRecordRequest({
            placement: {},
            context: recordContextOf(this.recordId, this.objectApiName, undefined),
            user: this.userResult
        });
    }

    /** Moves the focus, a side effect on the rendered DOM, once: no state of the panel changes here. */
    override renderedCallback(): void {
        const links = this.focusedKeyBox ? null : this.template?.querySelector<HTMLElement>('c-glance-stu-links');
        if (links) {
            this.focusedKeyBox = true;
            links.focus();
        }
    }

    handleCancel(): void {
        this.dispatchEvent(new CloseActionScreenEvent());
    }

    /**
     * Closes once the session is logged, or after LOG_WAIT_MS without an answer (the Task is still
     * created; the agent's session is open already). A Task refused in time keeps the panel open to say why.
     */
    async handleLinkOpen(event: CustomEvent<OpenedLink>): Promise<void> {
        const { settings } = this.state.plan;
        const record = settings.logSessions ? await this.logWait.until(() => this.state.loggedRecord) : null;
        this.logError = await settleWithin(logSession(event.detail, record, settings, this), LOG_WAIT_MS, null);
        if (!this.logError) {
            this.dispatchEvent(new CloseActionScreenEvent());
        }
    }
}
