/*
 * Turns what an admin configured (App Builder properties, or the quick actions' settings) and what
 * the running user's record holds into the links to render, plus what is wrong with the
 * configuration. Pure logic: no DOM and no platform imports. serviceTargetUrls stays the one judge
 * of what a valid URL is; this module only decides what to do when it says no.
 */
import {
    accountManagementUrl,
    agentJoinUrl,
    loginKeyUrl,
    samlTroubleshootingUrl,
    StuError,
    type AgentIdentity,
    type JoinMode,
    type SsoIdentifier,
    type SsoKind,
    type StuErrorReason
} from './serviceTargetUrls';

export interface LinkSettings {
    ssoType?: string | null;
    ssoValue?: string | null;
    orgIdLength?: string | null;
    joinMode?: string | null;
    viewerSameWindow?: boolean | null;
    hideIdentity?: boolean | null;
}

export interface RunningUser {
    /** null when the user record could not be read */
    identity: AgentIdentity | null;
    /** the org's 18-character ID, or null when the field is not readable */
    orgId: string | null;
}

/**
 * What is wrong with a setting. A rule the URL builder enforces is reported under its own StuError
 * reason, unchanged; the two org-ID problems are this module's own rules.
 */
export type SettingProblem =
    Exclude<StuErrorReason, 'SESSION_KEY_INVALID'> | 'ORG_ID_UNREADABLE' | 'ORG_ID_LENGTH_UNKNOWN';

export interface AccountLinks {
    accountManagement: string;
    loginKey: string;
    samlTroubleshooting: string;
}

export interface LinkPlan {
    sso: SsoIdentifier | null;
    identity: AgentIdentity | null;
    joinUrl: string;
    /** null when no valid SSO identifier is known */
    accountLinks: AccountLinks | null;
    problems: SettingProblem[];
}

export const DEFAULT_SSO_TYPE = 'idptoken';
export const NO_SSO = 'none';
export const NO_JOIN_MODE = 'none';
const ORG_ID_PATTERN = /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/;

function trimmed(value: string | null | undefined): string {
    return typeof value === 'string' ? value.trim() : '';
}

/** The rule a setting broke; anything else (a session-key rule, a bug) is not a setting problem. */
function settingProblemOf(error: unknown): SettingProblem {
    if (error instanceof StuError && error.reason !== 'SESSION_KEY_INVALID') {
        return error.reason;
    }
    throw error;
}

function orgIdToken(user: RunningUser, orgIdLength: string, problems: SettingProblem[]): SsoIdentifier | null {
    const length = orgIdLength || '15';
    if (length !== '15' && length !== '18') {
        problems.push('ORG_ID_LENGTH_UNKNOWN');
    }
    const orgId = user.orgId ?? '';
    if (!ORG_ID_PATTERN.test(orgId)) {
        problems.push('ORG_ID_UNREADABLE');
        return null;
    }
    return { kind: 'idptoken', value: length === '18' ? orgId : orgId.slice(0, 15) };
}

function candidateSso(settings: LinkSettings, user: RunningUser, problems: SettingProblem[]): SsoIdentifier | null {
    const kind = trimmed(settings.ssoType) || DEFAULT_SSO_TYPE;
    const value = trimmed(settings.ssoValue);
    if (kind === NO_SSO) {
        return null;
    }
    // A blank token means "this org": the usual Unique Account Identifier for Salesforce orgs.
    if (kind === 'idptoken' && !value) {
        return orgIdToken(user, trimmed(settings.orgIdLength), problems);
    }
    // Unchecked on purpose: the URL builder judges the kind and reports an unknown one.
    return { kind: kind as SsoKind, value };
}

function accountLinksFor(sso: SsoIdentifier): AccountLinks {
    return {
        accountManagement: accountManagementUrl(sso),
        loginKey: loginKeyUrl(sso),
        samlTroubleshooting: samlTroubleshootingUrl(sso)
    };
}

function joinUrlFor(
    sso: SsoIdentifier | null,
    identity: AgentIdentity | null,
    settings: LinkSettings,
    problems: SettingProblem[]
): string {
    const joinMode = trimmed(settings.joinMode) || NO_JOIN_MODE;
    const base = { sso, identity, viewerSameWindow: settings.viewerSameWindow === true };
    if (joinMode === NO_JOIN_MODE) {
        return agentJoinUrl(base);
    }
    try {
        return agentJoinUrl({ ...base, mode: joinMode as JoinMode });
    } catch (error) {
        problems.push(settingProblemOf(error));
        return agentJoinUrl(base);
    }
}

/**
 * Every setting problem degrades one feature and is reported; none stops Join from working.
 * A bad SSO identifier falls back to non-SSO links (Glance then asks the agent to sign in).
 */
export function planLinks(settings: LinkSettings, user: RunningUser): LinkPlan {
    const problems: SettingProblem[] = [];
    let sso = candidateSso(settings, user, problems);
    let accountLinks: AccountLinks | null = null;
    if (sso) {
        try {
            accountLinks = accountLinksFor(sso);
        } catch (error) {
            problems.push(settingProblemOf(error));
            sso = null;
        }
    }
    const identity = settings.hideIdentity === true ? null : user.identity;
    return { sso, identity, joinUrl: joinUrlFor(sso, identity, settings, problems), accountLinks, problems };
}
