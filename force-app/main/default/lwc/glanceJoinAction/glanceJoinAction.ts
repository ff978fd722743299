/*
 * Headless quick action: one click opens Glance Agent Join in a new tab, with the agent's identity
 * and SSO identifier from their Glance Settings. Browsers block a window opened long after the
 * click, so it waits at most about a second for the user record and then opens without identity
 * rather than not at all. Bad Glance Settings do not stop it: it opens and says what to fix.
 */
import { LightningElement, api, wire } from 'lwc';
import { getRecord } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import USER_ID from '@salesforce/user/Id';
import {
    LABELS,
    USER_FIELDS,
    USER_OPTIONAL_FIELDS,
    planLinks,
    runningUserFromRecord,
    settingProblemMessages,
    type LinkPlan
} from 'c/glanceStu';

/** How long a click may wait for the user record before the browser stops trusting it. */
export const USER_WAIT_MS = 1000;

/** The toast that tells an admin which Glance Settings to fix, or null when nothing needs it. */
export function settingsProblemToast(plan: LinkPlan, userUnreadable: boolean): ShowToastEvent | null {
    const messages = settingProblemMessages(plan, userUnreadable);
    if (!messages.length) {
        return null;
    }
    return new ShowToastEvent({
        title: LABELS.settingsToastTitle,
        message: messages.map((message) => message.text).join(' '),
        variant: 'warning',
        mode: 'sticky'
    });
}

export default class GlanceJoinAction extends LightningElement {
    @api recordId: string | undefined;
    @api objectApiName: string | undefined;

    userResult: WireResult<UiRecord> | undefined;
    /** Set while an invoke waits for the user record; cleared the moment it opens. */
    waitTimer: ReturnType<typeof setTimeout> | undefined;

    @wire(getRecord, { recordId: USER_ID, fields: USER_FIELDS, optionalFields: USER_OPTIONAL_FIELDS })
    wiredUser(result: WireResult<UiRecord>): void {
        this.userResult = result;
        if (this.waitTimer !== undefined && (result.data || result.error)) {
            this.finishWaiting();
        }
    }

    @api invoke(): void {
        if (this.waitTimer !== undefined) {
            // A second click while the first still waits would open a second tab.
            return;
        }
        if (this.userResult?.data || this.userResult?.error) {
            this.openJoinNow();
            return;
        }
        this.waitTimer = setTimeout(() => this.finishWaiting(), USER_WAIT_MS);
    }

    /** Ends a wait, whichever ends it first (the user record or the timeout), and opens once. */
    finishWaiting(): void {
        clearTimeout(this.waitTimer);
        this.waitTimer = undefined;
        this.openJoinNow();
    }

    openJoinNow(): void {
        const plan = planLinks({}, runningUserFromRecord(this.userResult?.data));
        window.open(plan.joinUrl, '_blank');
        const toast = settingsProblemToast(plan, !!this.userResult?.error);
        if (toast) {
            this.dispatchEvent(toast);
        }
    }
}
