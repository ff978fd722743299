/*
 * Screen quick action: a panel with the launcher's session-key box, View and Join. It closes
 * itself once the agent follows a link, since the session opens in a new tab; when it logs the
 * session, it waits for the Task at most LOG_WAIT_MS. Quick actions take no App Builder
 * properties, so its settings are the running user's Glance Settings; their Session Key Field
 * fills the box from the record (a second getRecord, once the user's settings name it).
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
    cardMessages,
    logSession,
    linkPlanner,
    recordContextOf,
    sessionKeyFieldState,
    sessionKeyRequest,
    settleWithin,
    type LinkPlan,
    type OpenedLink,
    type RecordContext,
    type SessionKeyFieldState,
    type SessionKeyRequest,
    type SettingMessages
} from 'c/glanceStu';

export default class GlanceSessionAction extends LightningElement {
    @api recordId: string | undefined;
    @api objectApiName: string | undefined;

    labels = LABELS;
    userResult: WireResult<UiRecord> | undefined;
    recordResult: WireResult<UiRecord> | undefined;
    logError: string | null = null;
    /** The key box gets the focus once, when the links first show: the agent opened the panel to type. */
    focusedKeyBox = false;
    /** Getters read the plan several times a render: it is built once per change of the user record. */
    planFor = linkPlanner();

    @wire(getRecord, { recordId: USER_ID, fields: USER_FIELDS, optionalFields: USER_OPTIONAL_FIELDS })
    wiredUser(result: WireResult<UiRecord>): void {
        this.userResult = result;
    }

    @wire(getRecord, {
        recordId: '$keyRequest.recordId',
        fields: '$keyRequest.fields',
        optionalFields: '$keyRequest.optionalFields'
    })
    wiredRecord(result: WireResult<UiRecord>): void {
        this.recordResult = result;
    }

    get recordContext(): RecordContext | null {
        return recordContextOf(this.recordId, this.objectApiName, undefined);
    }

    get keyRequest(): SessionKeyRequest | undefined {
        return sessionKeyRequest(this.plan.settings, this.recordContext);
    }

    get keyField(): SessionKeyFieldState {
        return sessionKeyFieldState(this.plan.settings, this.recordContext, this.recordResult);
    }

    /** Opens with the record's key in the box, so View is ready at once. */
    get isLoading(): boolean {
        return (!this.userResult?.data && !this.userResult?.error) || this.keyField.waiting;
    }

    get plan(): LinkPlan {
        return this.planFor({}, this.userResult?.data);
    }

    get messages(): SettingMessages {
        return cardMessages(RUNNING_USER_AUDIENCE, this.plan, this.userResult?.error, this.keyField);
    }

    override renderedCallback(): void {
        const links = this.focusedKeyBox ? null : this.template?.querySelector<HTMLElement>('c-glance-stu-links');
        if (links) {
            this.focusedKeyBox = true;
            links.focus();
        }
    }

    /**
     * Closes once the session is logged, or after LOG_WAIT_MS without an answer (the Task is still
     * created; the agent's session is open already). A Task refused in time keeps the panel open to say why.
     */
    async handleLinkOpen(event: CustomEvent<OpenedLink>): Promise<void> {
        this.logError = await settleWithin(
            logSession(event.detail, this.recordContext, this.plan.settings, this),
            LOG_WAIT_MS,
            null
        );
        if (!this.logError) {
            this.dispatchEvent(new CloseActionScreenEvent());
        }
    }
}
