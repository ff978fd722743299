/*
 * The links an agent uses: the session-key box with View, and Join, plus a line showing what the
 * customer will see. Shared by the card and the Glance Session panel, which decide the settings (a
 * LinkPlan) and where the links sit. A key the agent typed belongs to the record it was typed on.
 */
import { LightningElement, api } from 'lwc';
import {
    LABELS,
    NEW_TAB_SUFFIX,
    agentViewUrl,
    formatLabel,
    normalizeSessionKey,
    OpenGuard,
    type LinkPlan,
    type OpenedLink
} from 'c/glanceStu';

/** Where the key in the box came from: a bad key's message says so, so the agent knows it was not their typing. */
type KeySource = 'typed' | 'flow' | 'record';

interface SessionKeyState {
    viewUrl: string | null;
    sessionKey: string | null;
    message: string;
}

/** The middle button: it opens a link in a new tab without a click event. */
const MIDDLE_BUTTON = 1;
const WHITESPACE = /\s+/g;
/** Same as the links' rel: the Glance tab gets no handle on Salesforce, nor its address. */
const NEW_TAB_FEATURES = 'noopener,noreferrer';

export default class GlanceStuLinks extends LightningElement {
    /** What to link to; the parent renders nothing of this component until it has one. */
    @api plan: LinkPlan | undefined;
    /** A session key read from the page's record, shown in the box until the agent types. */
    @api recordSessionKey: string | null | undefined;
    /** A session key a flow passed in: shown first, until the agent types. */
    @api flowSessionKey: string | null | undefined;
    /** The key the customer sent or said in this conversation: replaces the record's, never what the agent typed. */
    @api heardSessionKey: string | null | undefined;
    /** True while the record's key is still loading: the box and View wait, Join does not. */
    @api keyPending = false;
    /** The record the box belongs to: what the agent types on one record never shows on another. */
    @api keyScope: string | null | undefined;

    labels = LABELS;
    newTabSuffix = NEW_TAB_SUFFIX;
    /** What the agent typed, by the record it was typed on ('' for a page without one). */
    typedKeys: Record<string, string> = {};
    /** The record on which Enter (or View) asked for a key in an empty box. */
    askedForKeyOn: string | null = null;
    /** A second open of the same link within the guard (a double click, Enter then click) is dropped. */
    guard = new OpenGuard();

    get scope(): string {
        return this.keyScope ?? '';
    }

    /** A flow passes null, or a blank, for an input left unset: the box is then the record's or the agent's. */
    get flowKey(): string | undefined {
        return this.flowSessionKey?.trim() ? this.flowSessionKey : undefined;
    }

    get typedKey(): string | undefined {
        return this.typedKeys[this.scope];
    }

    /** What the agent typed wins; a box they emptied gives way to a key the customer sends next. */
    get sessionKeyText(): string {
        const heard = this.heardSessionKey || undefined;
        const typed = this.typedKey === '' && heard ? undefined : this.typedKey;
        return typed ?? heard ?? this.flowKey ?? this.recordSessionKey ?? '';
    }

    get sessionKeyState(): SessionKeyState {
        const typed = this.typedKey !== undefined && this.sessionKeyText === this.typedKey;
        const source: KeySource = typed ? 'typed' : this.flowKey ? 'flow' : 'record';
        return sessionKeyStateOf(this.sessionKeyText, source, this.askedForKeyOn === this.scope, this.plan);
    }

    get viewUrl(): string | null {
        return this.sessionKeyState.viewUrl;
    }

    get viewReady(): boolean {
        return !this.keyPending && !!this.viewUrl;
    }

    get viewWaitsForKey(): boolean {
        return !this.keyPending && !this.viewUrl;
    }

    get keyMessage(): string {
        return this.sessionKeyState.message;
    }

    get keyInvalid(): string {
        return this.keyMessage ? 'true' : 'false';
    }

    get keyFormClass(): string {
        return this.keyMessage ? 'slds-form-element slds-has-error' : 'slds-form-element';
    }

    get identitySummary(): string | null {
        const identity = this.plan?.identity;
        const parts = [identity?.name, identity?.email, identity?.phone]
            .map((part) => part?.trim())
            .filter((part): part is string => !!part);
        return parts.length ? formatLabel(LABELS.identityPreview, parts.join(', ')) : null;
    }

    sessionKeyInput(): HTMLInputElement | null {
        return this.template?.querySelector<HTMLInputElement>('input[data-stu="session-key"]') ?? null;
    }

    handleSessionKeyInput(event: Event): void {
        const value = (event.target as HTMLInputElement).value;
        this.typedKeys = { ...this.typedKeys, [this.scope]: value };
        this.askedForKeyOn = null;
    }

    /** Enter opens View, as an agent on the phone expects; a key event lets the browser open a tab. */
    handleSessionKeyKeydown(event: KeyboardEvent): void {
        if (event.key !== 'Enter' || event.isComposing) {
            return;
        }
        event.preventDefault();
        if (event.repeat) {
            return;
        }
        const { viewUrl: url, sessionKey } = this.sessionKeyState;
        if (!url || !sessionKey) {
            this.askForSessionKey();
            return;
        }
        // With noopener the browser returns null whether or not the tab opened, so an Enter counts.
        if (this.guard.allows(url)) {
            window.open(url, '_blank', NEW_TAB_FEATURES);
            this.guard.opened(url);
            this.linkOpened({ link: 'view', sessionKey, url });
        }
    }

    /** View waits for a key: activating it asks for one in the box, as Enter on an empty box does. */
    askForSessionKey(): void {
        this.askedForKeyOn = this.scope;
        this.sessionKeyInput()?.focus();
    }

    /** Puts the focus in the key box, as a panel that opens for typing a key wants. */
    @api
    focus(): void {
        this.sessionKeyInput()?.focus();
    }

    /** A click or middle-click on View or Join, whose anchor opens the tab; a double press opens none. */
    handleLinkClick(event: MouseEvent): void {
        const opened = this.openedBy(event.currentTarget as HTMLElement);
        if (!opened || (event.type !== 'click' && event.button !== MIDDLE_BUTTON)) {
            return;
        }
        if (!this.guard.allows(opened.url)) {
            event.preventDefault();
            return;
        }
        this.guard.opened(opened.url);
        this.linkOpened(opened);
    }

    /** What following a link opens: Join, or View with its key. */
    openedBy(link: HTMLElement): OpenedLink | null {
        if (link.dataset.stu === 'join') {
            return this.plan ? { link: 'join', url: this.plan.joinUrl } : null;
        }
        const { viewUrl, sessionKey } = this.sessionKeyState;
        return viewUrl && sessionKey ? { link: 'view', sessionKey, url: viewUrl } : null;
    }

    /** Tells the parent which link was followed: a panel closes itself, a card may log a Task. */
    linkOpened(detail: OpenedLink): void {
        this.dispatchEvent(new CustomEvent<OpenedLink>('linkopen', { detail }));
    }
}

function sessionKeyStateOf(
    raw: string,
    source: KeySource,
    askedForKey: boolean,
    plan: LinkPlan | undefined
): SessionKeyState {
    // Customers read keys out in groups ("1234 5678"): spaces inside a key carry no meaning.
    const compact = raw.replace(WHITESPACE, '');
    if (!compact) {
        return { viewUrl: null, sessionKey: null, message: askedForKey ? LABELS.sessionKeyMissing : '' };
    }
    let sessionKey: string;
    try {
        sessionKey = normalizeSessionKey(compact);
    } catch (ignored) {
        // normalizeSessionKey throws only StuError INVALID_SESSION_KEY.
        const message =
            source === 'typed'
                ? LABELS.sessionKeyInvalid
                : formatLabel(source === 'flow' ? LABELS.flowSessionKeyInvalid : LABELS.recordSessionKeyInvalid, raw);
        return { viewUrl: null, sessionKey: null, message };
    }
    const viewUrl = agentViewUrl({
        sessionKey,
        sso: plan?.sso,
        identity: plan?.identity,
        waitForSession: plan?.settings.waitForSession
    });
    return { viewUrl, sessionKey, message: '' };
}
