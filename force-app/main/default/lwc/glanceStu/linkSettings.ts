/*
 * The one precedence rule (Glance Settings, and a page's own Join mode and key field), and turning
 * settings and the running user into the links to render plus what is wrong with the configuration.
 * serviceTargetUrls judges what a valid URL is; this module decides what to do when it says no.
 */
import * as urls from './serviceTargetUrls';
import type { AgentIdentity, JoinMode, SsoIdentifier, SsoKind, StuErrorReason } from './serviceTargetUrls';

/** What differs by page: the two card properties that, when set, win over Glance Settings. */
export type Placement = { joinMode?: string | null; sessionKeyField?: string | null };
export type PlacedSetting = keyof Placement;

export interface EffectiveSettings {
    ssoType: string;
    ssoValue: string;
    orgIdLength: string;
    joinMode: string;
    /** the record field that holds the session key or visitor ID; blank when none is named */
    sessionKeyField: string;
    viewerSameWindow: boolean;
    hideIdentity: boolean;
    logSessions: boolean;
    waitForSession: boolean;
    /** the closed Task status logged sessions get; blank for DEFAULT_TASK_STATUS */
    logTaskStatus: string;
    /** which of the page's properties set its value (the others come from Glance Settings) */
    placed: Record<PlacedSetting, boolean>;
}

/** The running user's effective Glance Settings (user, else profile, else org default), as read. */
export type GlanceSettings = {
    [setting in Exclude<keyof EffectiveSettings, 'placed'>]?: EffectiveSettings[setting] | null;
};

export interface RunningUser {
    /** null when the user record could not be read */
    identity: AgentIdentity | null;
    /** the org's 18-character ID, or null when the field is not readable */
    orgId: string | null;
    glanceSettings: GlanceSettings;
}

/** The settings whose value comes from one place; messages about a bad value name that place. */
export type TextSetting = 'ssoType' | 'ssoValue' | 'orgIdLength' | PlacedSetting;

/** A rule of the URL builder a setting broke, or one of this module's two org-ID rules. */
export type SettingProblem =
    Exclude<StuErrorReason, 'SESSION_KEY_INVALID'> | 'ORG_ID_UNREADABLE' | 'ORG_ID_LENGTH_UNKNOWN';

export interface LinkPlan {
    settings: EffectiveSettings;
    sso: SsoIdentifier | null;
    identity: AgentIdentity | null;
    joinUrl: string;
    /** null when no valid SSO identifier is known */
    accountLinks: { accountManagement: string; loginKey: string; samlTroubleshooting: string } | null;
    problems: SettingProblem[];
}

const NO_SSO = 'none';
const NO_JOIN_MODE = 'none';

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
        ssoType: trimmed(glanceSettings.ssoType) || 'idptoken',
        ssoValue: trimmed(glanceSettings.ssoValue),
        orgIdLength: trimmed(glanceSettings.orgIdLength) || '15',
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
    if (error instanceof urls.StuError && error.reason !== 'SESSION_KEY_INVALID') {
        return error.reason;
    }
    throw error;
}

/** The SSO identifier the settings ask for, before the URL builder judges it. */
function candidateSso(settings: EffectiveSettings, orgId: string, problems: SettingProblem[]): SsoIdentifier | null {
    const { ssoType: kind, ssoValue: value, orgIdLength: length } = settings;
    if (kind === NO_SSO) {
        return null;
    }
    if (kind !== 'idptoken' || value) {
        return { kind: kind as SsoKind, value };
    }
    // A blank token means "this org": the usual Unique Account Identifier for Salesforce orgs.
    if (length !== '15' && length !== '18') {
        problems.push('ORG_ID_LENGTH_UNKNOWN');
    }
    if (!/^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/.test(orgId)) {
        problems.push('ORG_ID_UNREADABLE');
        return null;
    }
    return { kind: 'idptoken', value: length === '18' ? orgId : orgId.slice(0, 15) };
}

/**
 * Every setting problem degrades one feature and is reported; none stops Join from working.
 * A bad SSO identifier falls back to non-SSO links (Glance then asks the agent to sign in).
 * The quick actions have no properties and pass {}.
 */
export function planLinks(placement: Placement, user: RunningUser): LinkPlan {
    const settings = effectiveSettings(placement, user.glanceSettings);
    const problems: SettingProblem[] = [];
    let sso = candidateSso(settings, user.orgId ?? '', problems);
    let accountLinks: LinkPlan['accountLinks'] = null;
    if (sso) {
        try {
            accountLinks = {
                accountManagement: urls.accountManagementUrl(sso),
                loginKey: urls.loginKeyUrl(sso),
                samlTroubleshooting: urls.samlTroubleshootingUrl(sso)
            };
        } catch (error) {
            problems.push(settingProblemOf(error));
            sso = null;
        }
    }
    const identity = settings.hideIdentity ? null : user.identity;
    const base = { sso, identity, viewerSameWindow: settings.viewerSameWindow };
    let joinUrl: string;
    try {
        const mode = settings.joinMode === NO_JOIN_MODE ? null : (settings.joinMode as JoinMode);
        joinUrl = urls.agentJoinUrl({ ...base, mode });
    } catch (error) {
        problems.push(settingProblemOf(error));
        joinUrl = urls.agentJoinUrl(base);
    }
    return { settings, sso, identity, joinUrl, accountLinks, problems };
}
