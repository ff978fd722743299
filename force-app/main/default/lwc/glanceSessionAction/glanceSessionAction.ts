/*
 * Screen quick action: a panel with the launcher's session-key box, View and Join. It closes
 * itself once the agent follows a link, since the session opens in a new tab; when it logs the
 * session, it waits for the Task at most LOG_WAIT_MS. Quick actions take no App Builder
 * properties, so its settings are the running user's Glance Settings.
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
    logSession,
    planLinks,
    runningUserFromRecord,
    settingMessages,
    settleWithin,
    userUnreadableNotice,
    wireErrorMessage,
    type CardMessage,
    type LinkPlan,
    type OpenedLink,
    type SettingMessages
} from 'c/glanceStu';

export default class GlanceSessionAction extends LightningElement {
    @api recordId: string | undefined;
    @api objectApiName: string | undefined;

    labels = LABELS;
    userResult: WireResult<UiRecord> | undefined;
    logError: string | null = null;
    /** The key box gets the focus once, when the links first show: the agent opened the panel to type. */
    focusedKeyBox = false;

    @wire(getRecord, { recordId: USER_ID, fields: USER_FIELDS, optionalFields: USER_OPTIONAL_FIELDS })
    wiredUser(result: WireResult<UiRecord>): void {
        this.userResult = result;
    }

    get isLoading(): boolean {
        return !this.userResult?.data && !this.userResult?.error;
    }

    get plan(): LinkPlan {
        return planLinks({}, runningUserFromRecord(this.userResult?.data));
    }

    get settingMessages(): SettingMessages {
        return settingMessages(RUNNING_USER_AUDIENCE, this.plan, !!this.userResult?.error);
    }

    get problems(): CardMessage[] {
        return this.settingMessages.problems;
    }

    get notices(): CardMessage[] {
        const error = this.userResult?.error;
        const userNotice = error ? [userUnreadableNotice(wireErrorMessage(error), this.plan)] : [];
        return [...userNotice, ...this.settingMessages.notices];
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
        const record =
            this.recordId && this.objectApiName ? { recordId: this.recordId, objectApiName: this.objectApiName } : null;
        this.logError = await settleWithin(
            logSession(event.detail, record, this.plan.settings, this),
            LOG_WAIT_MS,
            null
        );
        if (!this.logError) {
            this.dispatchEvent(new CloseActionScreenEvent());
        }
    }
}
