/*
 * Turns the running user's Glance Settings, a page's own properties and the user's record into the
 * links to render, plus what is wrong with the configuration. Pure logic: serviceTargetUrls judges
 * what a valid URL is; this module decides what to do when it says no.
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

/** The running user's effective Glance Settings (user, else profile, else org default). */
export interface GlanceSettings {
    ssoType?: string | null;
    ssoValue?: string | null;
    orgIdLength?: string | null;
    joinMode?: string | null;
    viewerSameWindow?: boolean | null;
    hideIdentity?: boolean | null;
    logSessions?: boolean | null;
    waitForSession?: boolean | null;
    /** the record field that holds the session key or visitor ID (sessionKeyField.ts reads it) */
    sessionKeyField?: string | null;
    /** the closed Task status logged sessions get */
    logTaskStatus?: string | null;
}

/** What differs by page: the two card properties that, when set, win over Glance Settings. */
export interface Placement {
    joinMode?: string | null;
    sessionKeyField?: string | null;
}
export type PlacedSetting = keyof Placement;

export interface RunningUser {
    /** null when the user record could not be read */
    identity: AgentIdentity | null;
    /** the org's 18-character ID, or null when the field is not readable */
    orgId: string | null;
    /** {} when unknown */
    glanceSettings: GlanceSettings;
}

/** The settings whose value comes from one place; messages about a bad value name that place. */
export type TextSetting = 'ssoType' | 'ssoValue' | 'orgIdLength' | PlacedSetting;

export interface EffectiveSettings {
    ssoType: string;
    ssoValue: string;
    orgIdLength: string;
    joinMode: string;
    /** blank when neither names one */
    sessionKeyField: string;
    viewerSameWindow: boolean;
    hideIdentity: boolean;
    logSessions: boolean;
    waitForSession: boolean;
    /** blank when Glance Settings name none; the Task then gets DEFAULT_TASK_STATUS */
    logTaskStatus: string;
    /** which of the page's properties set its value (the others come from Glance Settings) */
    placed: Record<PlacedSetting, boolean>;
}

/**
 * What is wrong with a setting. A rule the URL builder enforces is reported under its own StuError
 * reason, unchanged; the two org-ID problems are this module's own rules.
 */
export type SettingProblem =
    | Exclude<StuErrorReason, 'SESSION_KEY_INVALID'>
    | 'ORG_ID_UNREADABLE'
    | 'ORG_ID_LENGTH_UNKNOWN';

export interface AccountLinks {
    accountManagement: string;
    loginKey: string;
    samlTroubleshooting: string;
}

export interface LinkPlan {
    settings: EffectiveSettings;
    sso: SsoIdentifier | null;
    identity: AgentIdentity | null;
    joinUrl: string;
    /** null when no valid SSO identifier is known */
    accountLinks: AccountLinks | null;
    problems: SettingProblem[];
}

export const DEFAULT_SSO_TYPE = 'idptoken';
export const DEFAULT_ORG_ID_LENGTH = '15';
export const NO_SSO = 'none';
export const NO_JOIN_MODE = 'none';
const ORG_ID_PATTERN = /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/;

function trimmed(value: string | null | undefined): string {
    return typeof value === 'string' ? value.trim() : '';
}

/**
 * The one precedence rule: Glance Settings hold everything, and a page's own Agent Join Mode or
 * Session Key Field, when set, wins for that page. A blank falls back to the built-in default, so
 * with no Glance Settings at all the links send idptoken with the 15-character org ID.
 */
export function effectiveSettings(placement: Placement, glanceSettings: GlanceSettings): EffectiveSettings {
    const placedJoinMode = trimmed(placement.joinMode);
    const placedKeyField = trimmed(placement.sessionKeyField);
    return {
        ssoType: trimmed(glanceSettings.ssoType) || DEFAULT_SSO_TYPE,
        ssoValue: trimmed(glanceSettings.ssoValue),
        orgIdLength: trimmed(glanceSettings.orgIdLength) || DEFAULT_ORG_ID_LENGTH,
        joinMode: placedJoinMode || trimmed(glanceSettings.joinMode) || NO_JOIN_MODE,
        sessionKeyField: placedKeyField || trimmed(glanceSettings.sessionKeyField),
        viewerSameWindow: glanceSettings.viewerSameWindow === true,
        hideIdentity: glanceSettings.hideIdentity === true,
        logSessions: glanceSettings.logSessions === true,
        waitForSession: glanceSettings.waitForSession === true,
        logTaskStatus: trimmed(glanceSettings.logTaskStatus),
        placed: { joinMode: placedJoinMode !== '', sessionKeyField: placedKeyField !== '' }
    };
}

/** The rule a setting broke; anything else (a session-key rule, a bug) is not a setting problem. */
function settingProblemOf(error: unknown): SettingProblem {
    if (error instanceof StuError && error.reason !== 'SESSION_KEY_INVALID') {
        return error.reason;
    }
    throw error;
}

function orgIdToken(user: RunningUser, length: string, problems: SettingProblem[]): SsoIdentifier | null {
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

function candidateSso(
    settings: EffectiveSettings,
    user: RunningUser,
    problems: SettingProblem[]
): SsoIdentifier | null {
    const { ssoType: kind, ssoValue: value } = settings;
    if (kind === NO_SSO) {
        return null;
    }
    // A blank token means "this org": the usual Unique Account Identifier for Salesforce orgs.
    if (kind === 'idptoken' && !value) {
        return orgIdToken(user, settings.orgIdLength, problems);
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
    settings: EffectiveSettings,
    problems: SettingProblem[]
): string {
    const { joinMode } = settings;
    const base = { sso, identity, viewerSameWindow: settings.viewerSameWindow };
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
 * The quick actions have no properties and pass {}.
 */
export function planLinks(placement: Placement, user: RunningUser): LinkPlan {
    const settings = effectiveSettings(placement, user.glanceSettings);
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
    const identity = settings.hideIdentity ? null : user.identity;
    return { settings, sso, identity, joinUrl: joinUrlFor(sso, identity, settings, problems), accountLinks, problems };
}
