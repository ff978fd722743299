/*
 * Screen quick action: a panel with the launcher's session-key box, View and Join. It closes
 * itself once the agent follows a link, since the session opens in a new tab. Quick actions take
 * no App Builder properties, so its settings are the running user's Glance Settings.
 */
import { LightningElement, api, wire } from 'lwc';
import { getRecord } from 'lightning/uiRecordApi';
import { CloseActionScreenEvent } from 'lightning/actions';
import USER_ID from '@salesforce/user/Id';
import {
    LABELS,
    USER_FIELDS,
    USER_OPTIONAL_FIELDS,
    logSession,
    planLinks,
    runningUserFromRecord,
    settingProblemMessages,
    userUnreadableNotice,
    wireErrorMessage,
    type CardMessage,
    type LinkPlan,
    type OpenedLink
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

    get problems(): CardMessage[] {
        return settingProblemMessages(this.plan, !!this.userResult?.error);
    }

    get notices(): CardMessage[] {
        const error = this.userResult?.error;
        return error ? [userUnreadableNotice(wireErrorMessage(error))] : [];
    }

    override renderedCallback(): void {
        const links = this.focusedKeyBox ? null : this.template?.querySelector<HTMLElement>('c-glance-stu-links');
        if (links) {
            this.focusedKeyBox = true;
            links.focus();
        }
    }

    /** Closes once the session is logged; a Task that failed keeps the panel open to say why. */
    async handleLinkOpen(event: CustomEvent<OpenedLink>): Promise<void> {
        const record =
            this.recordId && this.objectApiName ? { recordId: this.recordId, objectApiName: this.objectApiName } : null;
        this.logError = await logSession(event.detail, record, this.plan.settings);
        if (!this.logError) {
            this.dispatchEvent(new CloseActionScreenEvent());
        }
    }
}
