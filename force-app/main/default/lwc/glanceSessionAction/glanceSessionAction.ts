/*
 * Screen quick action: a panel with the card's session-key box, View and Join. It closes itself
 * once the agent follows a link, since the session opens in a new tab; when it logs the session, it
 * waits for the Task at most LOG_WAIT_MS. Quick actions take no App Builder properties, so its
 * settings are the running user's Glance Settings alone.
 */
import { CloseActionScreenEvent } from 'lightning/actions';
import { CardElement, LABELS, LOG_WAIT_MS, logSession, settleWithin, type OpenedLink } from 'c/glanceStu';

export default class GlanceSessionAction extends CardElement {
    labels = LABELS;
    logError: string | null = null;
    /** The key box gets the focus once, when the links first show: the agent opened the panel to type. */
    focusedKeyBox = false;

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
