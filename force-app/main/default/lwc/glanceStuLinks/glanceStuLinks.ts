/*
 * The links an agent uses: the session-key box with View, and Join, plus a line showing what the
 * customer will see. Shared by the record-page launcher and the quick-action panel, which decide
 * the settings (a LinkPlan) and where the links sit.
 */
import { LightningElement, api } from 'lwc';
import {
    LABELS,
    NEW_TAB_SUFFIX,
    agentViewUrl,
    formatLabel,
    normalizeSessionKey,
    rememberLast,
    OpenGuard,
    type LinkPlan,
    type OpenedLink
} from 'c/glanceStu';

interface SessionKeyState {
    viewUrl: string | null;
    sessionKey: string | null;
    message: string | null;
}

/** lightning-input shows its own error state through the same two methods as a native input. */
type ValidatableInput = HTMLElement & Pick<HTMLInputElement, 'setCustomValidity' | 'reportValidity'>;

const NO_KEY: SessionKeyState = { viewUrl: null, sessionKey: null, message: null };
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

    labels = LABELS;
    newTabSuffix = NEW_TAB_SUFFIX;
    /** What the agent typed; undefined until they type, so the record's key shows first. */
    typedSessionKey: string | undefined;
    /** Enter on an empty box asks for a key until the agent types again. */
    askForKey = false;
    /** The message the field shows now, so it is only set again when it changes. */
    shownMessage = '';
    /** A second open of the same link within the guard (a double click, Enter then click) is dropped. */
    guard = new OpenGuard();

    get sessionKeyText(): string {
        return this.typedSessionKey ?? this.flowSessionKey ?? this.recordSessionKey ?? '';
    }

    get sessionKeyState(): SessionKeyState {
        const source = this.typedSessionKey !== undefined ? 'typed' : this.flowSessionKey ? 'flow' : 'record';
        return this.keyStateFor(this.sessionKeyText, source, this.askForKey, this.plan);
    }

    /** The key box's state, built once per change of what it depends on (getters read it often). */
    keyStateFor = rememberLast(sessionKeyStateOf);

    get viewUrl(): string | null {
        return this.sessionKeyState.viewUrl;
    }

    get joinUrl(): string | undefined {
        return this.plan?.joinUrl;
    }

    get identitySummary(): string | null {
        const identity = this.plan?.identity;
        const parts = [identity?.name, identity?.email, identity?.phone].filter(
            (part): part is string => !!part?.trim()
        );
        return parts.length ? formatLabel(LABELS.identityPreview, parts.map((part) => part.trim()).join(', ')) : null;
    }

    /**
     * The field's own validity carries the message, so lightning-input marks itself aria-invalid,
     * names the message in aria-describedby and shows SLDS's error state.
     */
    override renderedCallback(): void {
        const message = this.sessionKeyState.message ?? '';
        if (message !== this.shownMessage) {
            this.shownMessage = message;
            const input = this.sessionKeyInput();
            input?.setCustomValidity(message);
            input?.reportValidity();
        }
    }

    sessionKeyInput(): ValidatableInput | null {
        return this.template?.querySelector<ValidatableInput>('lightning-input[data-stu="session-key"]') ?? null;
    }

    handleSessionKeyChange(event: CustomEvent<{ value?: string | null }>): void {
        this.typedSessionKey = event.detail?.value ?? '';
        this.askForKey = false;
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
        if (this.guard.claim(url)) {
            window.open(url, '_blank', NEW_TAB_FEATURES);
            this.linkOpened({ link: 'view', sessionKey, url });
        }
    }

    /** View waits for a key: activating it asks for one in the box, as Enter on an empty box does. */
    handleViewUnavailableClick(): void {
        this.askForSessionKey();
    }

    /** Shows the box's own error (no key, or why the key is wrong) and puts the focus there. */
    askForSessionKey(): void {
        this.askForKey = true;
        const input = this.sessionKeyInput();
        input?.reportValidity();
        input?.focus();
    }

    /** Puts the focus in the key box, as a panel that opens for typing a key wants. */
    @api
    focus(): void {
        this.sessionKeyInput()?.focus();
    }

    /** A click or a middle-click on View; the anchor itself opens the tab. */
    handleViewClick(event: MouseEvent): void {
        const { viewUrl: url, sessionKey } = this.sessionKeyState;
        if (url && sessionKey) {
            this.followLink(event, { link: 'view', sessionKey, url });
        }
    }

    handleJoinClick(event: MouseEvent): void {
        const url = this.joinUrl;
        if (url) {
            this.followLink(event, { link: 'join', url });
        }
    }

    /** A click or a middle-click on a link, whose anchor opens the tab; a double press opens none. */
    followLink(event: MouseEvent, opened: OpenedLink): void {
        if (!isOpeningClick(event)) {
            return;
        }
        if (!this.guard.claim(opened.url)) {
            event.preventDefault();
            return;
        }
        this.linkOpened(opened);
    }

    /** Tells the parent which link was followed: a panel closes itself, a card may log a Task. */
    linkOpened(detail: OpenedLink): void {
        this.dispatchEvent(new CustomEvent<OpenedLink>('linkopen', { detail }));
    }
}

/** A primary click, or the middle button's auxclick; a right-click only opens the context menu. */
function isOpeningClick(event: MouseEvent): boolean {
    return event.type === 'click' || event.button === MIDDLE_BUTTON;
}

/** Where the key in the box came from: a bad key's message says so, so the agent knows it was not their typing. */
type KeySource = 'typed' | 'flow' | 'record';

function sessionKeyStateOf(
    raw: string,
    source: KeySource,
    askForKey: boolean,
    plan: LinkPlan | undefined
): SessionKeyState {
    // Customers read keys out in groups ("1234 5678"): spaces inside a key carry no meaning.
    const compact = raw.replace(WHITESPACE, '');
    if (!compact) {
        return askForKey ? { ...NO_KEY, message: LABELS.sessionKeyMissing } : NO_KEY;
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
        return { ...NO_KEY, message };
    }
    const viewUrl = agentViewUrl({
        sessionKey,
        sso: plan?.sso,
        identity: plan?.identity,
        waitForSession: plan?.settings.waitForSession
    });
    return { viewUrl, sessionKey, message: null };
}
