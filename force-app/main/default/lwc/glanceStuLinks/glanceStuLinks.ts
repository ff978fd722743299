/*
 * The links an agent uses: the session-key box with View, and Join, plus a line showing what the
 * customer will see. Shared by the record-page launcher and the quick-action panel, which decide
 * the settings (a LinkPlan) and where the links sit.
 */
import { LightningElement, api } from 'lwc';
import { LABELS, NEW_TAB_SUFFIX, agentViewUrl, formatLabel, normalizeSessionKey, type LinkPlan } from 'c/glanceStu';

interface SessionKeyState {
    viewUrl: string | null;
    message: string | null;
}

const NO_KEY: SessionKeyState = { viewUrl: null, message: null };

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

    get sessionKeyText(): string {
        return this.typedSessionKey ?? this.flowSessionKey ?? this.recordSessionKey ?? '';
    }

    get sessionKeyState(): SessionKeyState {
        const raw = this.sessionKeyText;
        if (!raw.trim()) {
            return NO_KEY;
        }
        let sessionKey: string;
        try {
            sessionKey = normalizeSessionKey(raw);
        } catch {
            // normalizeSessionKey throws only StuError INVALID_SESSION_KEY.
            return { viewUrl: null, message: this.invalidKeyMessage(raw) };
        }
        return {
            viewUrl: agentViewUrl({ sessionKey, sso: this.plan?.sso, identity: this.plan?.identity }),
            message: null
        };
    }

    /** Says where a bad key came from, so the agent knows it was not their typing. */
    invalidKeyMessage(raw: string): string {
        if (this.typedSessionKey !== undefined) {
            return LABELS.sessionKeyInvalid;
        }
        return formatLabel(this.flowSessionKey ? LABELS.flowSessionKeyInvalid : LABELS.recordSessionKeyInvalid, raw);
    }

    get viewUrl(): string | null {
        return this.sessionKeyState.viewUrl;
    }

    get sessionKeyMessage(): string | null {
        return this.sessionKeyState.message;
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

    handleSessionKeyChange(event: CustomEvent<{ value?: string | null }>): void {
        this.typedSessionKey = event.detail?.value ?? '';
    }

    /** Lets a quick-action panel close itself once the agent has followed a link. */
    handleLinkClick(): void {
        this.dispatchEvent(new CustomEvent('linkopen'));
    }
}
