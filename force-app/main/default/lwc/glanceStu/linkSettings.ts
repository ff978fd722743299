/*
 * Turns what an admin configured (a placement's App Builder properties and the org's Glance
 * Settings) and what the running user's record holds into the links to render, plus what is wrong
 * with the configuration and where each value came from. Pure logic: no DOM and no platform
 * imports. serviceTargetUrls stays the one judge of what a valid URL is; this module only decides
 * what to do when it says no.
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
    logSessions?: boolean | null;
    waitForSession?: boolean | null;
    /** the record field that holds the session key or visitor ID (sessionKeyField.ts reads it) */
    sessionKeyField?: string | null;
    /** Glance Settings only: the closed Task status logged sessions get */
    logTaskStatus?: string | null;
}

/** The settings an App Builder or Flow Builder placement sets; logTaskStatus is Glance Settings' alone. */
export const PLACEMENT_SETTINGS = [
    'ssoType',
    'ssoValue',
    'orgIdLength',
    'joinMode',
    'viewerSameWindow',
    'hideIdentity',
    'logSessions',
    'waitForSession',
    'sessionKeyField'
] as const satisfies readonly (keyof LinkSettings)[];

export interface RunningUser {
    /** null when the user record could not be read */
    identity: AgentIdentity | null;
    /** the org's 18-character ID, or null when the field is not readable */
    orgId: string | null;
    /** the user's effective Glance Settings (user, profile or org default); {} when unknown */
    glanceSettings: LinkSettings;
}

/** The settings whose value comes from one place; messages about a bad value name that place. */
export type TextSetting = 'ssoType' | 'ssoValue' | 'orgIdLength' | 'joinMode' | 'sessionKeyField';
/** Where a value came from: the App Builder property, the Glance Settings field, or neither. */
export type SettingSource = 'placement' | 'glanceSettings' | 'default';
export type SettingSources = Record<TextSetting, SettingSource>;

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
    sources: SettingSources;
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
/** A placement's picklist value that defers to Glance Settings, like leaving it blank. */
export const USE_GLANCE_SETTINGS = 'settings';
const ORG_ID_PATTERN = /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/;

function trimmed(value: string | null | undefined): string {
    return typeof value === 'string' ? value.trim() : '';
}

function placementValue(value: string | null | undefined): string {
    const placed = trimmed(value);
    return placed === USE_GLANCE_SETTINGS ? '' : placed;
}

/** A picklist setting: the placement's value, else Glance Settings', else the built-in default. */
function firstSet(
    placement: string | null | undefined,
    glanceSettings: string | null | undefined,
    fallback: string
): [string, SettingSource] {
    const placed = placementValue(placement);
    const configured = trimmed(glanceSettings);
    if (placed) {
        return [placed, 'placement'];
    }
    return configured ? [configured, 'glanceSettings'] : [fallback, 'default'];
}

/**
 * The SSO value belongs to its type: a placement that picks its own type does not borrow a value
 * Glance Settings meant for another type. A blank value answers to wherever its type came from,
 * since that is where an admin fills it in.
 */
function ssoValueOf(
    placement: LinkSettings,
    glanceSettings: LinkSettings,
    ssoTypeSource: SettingSource
): [string, SettingSource] {
    const placed = trimmed(placement.ssoValue);
    if (placed || ssoTypeSource === 'placement') {
        return [placed, 'placement'];
    }
    const configured = trimmed(glanceSettings.ssoValue);
    return [configured, configured ? 'glanceSettings' : ssoTypeSource];
}

/**
 * The one precedence rule, for every surface: a value set on the placement wins; otherwise the
 * running user's Glance Settings value; otherwise the built-in default. A flag is on when either
 * turns it on. With no placement values and no Glance Settings, this is the built-in behaviour.
 */
export function effectiveSettings(placement: LinkSettings, glanceSettings: LinkSettings): EffectiveSettings {
    const [ssoType, ssoTypeSource] = firstSet(placement.ssoType, glanceSettings.ssoType, DEFAULT_SSO_TYPE);
    const [ssoValue, ssoValueSource] = ssoValueOf(placement, glanceSettings, ssoTypeSource);
    const [orgIdLength, orgIdLengthSource] = firstSet(
        placement.orgIdLength,
        glanceSettings.orgIdLength,
        DEFAULT_ORG_ID_LENGTH
    );
    const [joinMode, joinModeSource] = firstSet(placement.joinMode, glanceSettings.joinMode, NO_JOIN_MODE);
    const [sessionKeyField, sessionKeyFieldSource] = firstSet(
        placement.sessionKeyField,
        glanceSettings.sessionKeyField,
        ''
    );
    return {
        ssoType,
        ssoValue,
        orgIdLength,
        joinMode,
        sessionKeyField,
        viewerSameWindow: placement.viewerSameWindow === true || glanceSettings.viewerSameWindow === true,
        hideIdentity: placement.hideIdentity === true || glanceSettings.hideIdentity === true,
        logSessions: placement.logSessions === true || glanceSettings.logSessions === true,
        waitForSession: placement.waitForSession === true || glanceSettings.waitForSession === true,
        logTaskStatus: trimmed(glanceSettings.logTaskStatus),
        sources: {
            ssoType: ssoTypeSource,
            ssoValue: ssoValueSource,
            orgIdLength: orgIdLengthSource,
            joinMode: joinModeSource,
            sessionKeyField: sessionKeyFieldSource
        }
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
 * `placement` holds the App Builder properties; the quick actions have none and pass {}.
 */
export function planLinks(placement: LinkSettings, user: RunningUser): LinkPlan {
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
