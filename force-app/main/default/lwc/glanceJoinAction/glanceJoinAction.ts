/*
 * Headless quick action: one click opens Glance Agent Join in a new tab, or tells the agent why not.
 * Bad Glance Settings do not stop it (admins get a toast that stays, agents one that goes). A click
 * waits for the user record at most USER_WAIT_MS: docs/design.md, "The Join quick action's wait".
 */
import { api } from 'lwc';
import { ShowToastEvent, type ToastOptions } from 'lightning/platformShowToastEvent';
import {
    CardElement,
    LABELS,
    RUNNING_USER_AUDIENCE,
    logSession,
    OpenGuard,
    settingMessages,
    userUnreadableNotice,
    wireErrorMessage,
    type Audience,
    type LinkPlan
} from 'c/glanceStu';

/** The longest a click waits for the user record: see the transient activation note above. */
export const USER_WAIT_MS = 4000;

/** One guard for every instance on the page: the platform may create the component afresh per run. */
const JOIN_GUARD = new OpenGuard();

/** The toast about Glance Settings, or null: an admin's names each field to fix and stays; an agent's goes. */
export function settingsProblemToast(
    plan: LinkPlan,
    userUnreadable: boolean,
    audience: Audience
): ShowToastEvent | null {
    // Admins get problems and agents a notice, never both.
    const { problems, notices } = settingMessages(audience, plan, userUnreadable);
    const messages = [...problems, ...notices];
    if (!messages.length) {
        return null;
    }
    return new ShowToastEvent({
        title: LABELS.settingsToastTitle,
        message: messages.map((message) => message.text).join(' '),
        variant: 'warning',
        mode: audience === 'admin' ? 'sticky' : 'dismissible'
    });
}

export default class GlanceJoinAction extends CardElement {
    /** The invoke that waits for the user record; a second click meanwhile joins it. */
    waiting: Promise<void> | undefined;
    /** Ends that wait: when the user record (or its error) arrives, at USER_WAIT_MS, or when the action goes. */
    endWait: (() => void) | undefined;
    /** Set once the action is gone: a wait it left ends without opening anything. */
    gone = false;

    override userArrived(): void {
        if (this.userSettled) {
            this.endWait?.();
        }
    }

    get userSettled(): boolean {
        return !!(this.userResult?.data || this.userResult?.error);
    }

    /** Resolves once Join has opened (and is logged) or the agent has been told why not. */
    @api invoke(): Promise<void> {
        if (this.waiting) {
            // A second click while the first still waits would open a second tab.
            return this.waiting;
        }
        if (this.userSettled) {
            return this.openJoin();
        }
        this.waiting = new Promise((resolve) => {
            const timer = setTimeout(() => this.endWait?.(), USER_WAIT_MS);
            this.endWait = (): void => {
                clearTimeout(timer);
                this.waiting = undefined;
                this.endWait = undefined;
                if (this.gone) {
                    resolve();
                    return;
                }
                if (this.userSettled) {
                    resolve(this.openJoin());
                    return;
                }
                this.toast({ title: LABELS.joinNotOpenedTitle, message: LABELS.joinUserLate, variant: 'warning' });
                resolve();
            };
        });
        return this.waiting;
    }

    /** Gone mid-wait: no tab may open after the action, and no timer outlives it. */
    override disconnectedCallback(): void {
        this.gone = true;
        this.endWait?.();
    }

    /** Resolves once the opened Join is logged (when logging is on); a double run opens nothing. */
    openJoin(): Promise<void> {
        const error = this.userResult?.error;
        const { plan } = this.state;
        if (!JOIN_GUARD.allows(plan.joinUrl)) {
            return Promise.resolve();
        }
        // Only a tab that opened claims the guard: after "allow pop-ups", the next click opens.
        if (!window.open(plan.joinUrl, '_blank')) {
            this.toast({ title: LABELS.joinNotOpenedTitle, message: LABELS.joinBlocked, variant: 'error' });
            return Promise.resolve();
        }
        JOIN_GUARD.opened(plan.joinUrl);
        if (error) {
            this.toast({
                title: LABELS.joinOpenedWithoutUserTitle,
                message: userUnreadableNotice(wireErrorMessage(error)).text,
                variant: 'warning'
            });
        }
        const settingsToast = settingsProblemToast(plan, !!error, RUNNING_USER_AUDIENCE);
        if (settingsToast) {
            this.dispatchEvent(settingsToast);
        }
        return this.logJoin(plan);
    }

    /** After Join opened: a headless action has no card, so a failed log is a toast. */
    async logJoin(plan: LinkPlan): Promise<void> {
        if (!plan.settings.logSessions) {
            return;
        }
        const record = await this.logWait.until(() => this.state.loggedRecord);
        const logError = await logSession({ link: 'join', url: plan.joinUrl }, record, plan.settings, this);
        if (logError) {
            this.toast({ title: LABELS.joinNotLoggedTitle, message: logError, variant: 'warning' });
        }
    }

    toast(options: ToastOptions): void {
        this.dispatchEvent(new ShowToastEvent(options));
    }
}
