/*
 * The text a person reads about what needs attention, in words for that person: admins read each
 * setting problem and the setting to fix, agents one plain notice of what works with less.
 */
import * as LABELS from './labels';
import { wireErrorMessage } from './wireErrors';
import type { EffectiveSettings, LinkPlan, PlacedSetting, SettingProblem, TextSetting } from './linkSettings';

/** Fills `{0}`, `{1}`… in a label, as Salesforce's own label format does. */
export function formatLabel(template: string, ...values: string[]): string {
    return template.replace(/\{(\d+)\}/g, (placeholder, index: string) => values[Number(index)] ?? placeholder);
}

/** Follows each link's text for screen readers; the space keeps the two apart when read. */
export const NEW_TAB_SUFFIX = ` ${LABELS.opensInNewTab}`;

/** The text for a live region to say `next` again: a no-break space changes it, so it is announced. */
export function announceAgain(current: string, next: string): string {
    return current === next ? `${next}\u00A0` : next;
}

/**
 * Who reads: `admin` manages Glance here (Customize Application, or the Glance_Account_Admin
 * custom permission) and sees each problem and the account links; `agent` is everyone else.
 */
export type Audience = 'admin' | 'agent';

/** Permissions arrive as the platform resolves them: only `true` grants. */
export function audienceOf(permissions: { customizeApplication: unknown; glanceAccountAdmin: unknown }): Audience {
    return permissions.customizeApplication === true || permissions.glanceAccountAdmin === true ? 'admin' : 'agent';
}

/** A line of text in a list; the key keeps list rendering stable. */
export type CardMessage = { key: string; text: string };
export type SettingMessages = { problems: CardMessage[]; notices: CardMessage[] };
type Placed = EffectiveSettings['placed'];
type Plan = Pick<LinkPlan, 'problems' | 'settings'>;

const SETTING_NAMES: Record<TextSetting, string> = {
    ssoType: LABELS.settingFieldSsoType,
    ssoValue: LABELS.settingFieldSsoValue,
    orgIdLength: LABELS.settingFieldOrgIdLength,
    joinMode: LABELS.settingFieldJoinMode,
    sessionKeyField: LABELS.settingFieldSessionKeyField
};
const PROPERTY_NAMES: Record<PlacedSetting, string> = {
    joinMode: LABELS.propertyJoinMode,
    sessionKeyField: LABELS.propertySessionKeyField
};

const isPlaced = (setting: TextSetting, placed: Placed): boolean =>
    setting in placed && placed[setting as PlacedSetting];

/** Where an admin changes a setting: the page's property that set it, else the Glance Settings field. */
export function settingName(setting: TextSetting, placed: Placed): string {
    return isPlaced(setting, placed) ? PROPERTY_NAMES[setting as PlacedSetting] : SETTING_NAMES[setting];
}

/** Each problem's message and the setting it names; a new rule without one is a compile error. */
const PROBLEMS: Record<SettingProblem, [template: string, setting: TextSetting]> = {
    SSO_KIND_UNKNOWN: [LABELS.problemSsoTypeUnknown, 'ssoType'],
    SSO_VALUE_EMPTY: [LABELS.problemSsoValueMissing, 'ssoValue'],
    GROUP_ID_NOT_DIGITS: [LABELS.problemGroupIdNotNumeric, 'ssoValue'],
    SSO_VALUE_HAS_WHITESPACE: [LABELS.problemSsoValueHasSpaces, 'ssoValue'],
    ORG_ID_UNREADABLE: [LABELS.problemOrgIdUnreadable, 'ssoValue'],
    ORG_ID_LENGTH_UNKNOWN: [LABELS.problemOrgIdLengthUnknown, 'orgIdLength'],
    JOIN_MODE_UNKNOWN: [LABELS.problemJoinModeUnknown, 'joinMode']
};

export function problemMessage(problem: SettingProblem, placed: Placed): string {
    const [template, setting] = PROBLEMS[problem];
    return formatLabel(template, settingName(setting, placed));
}

/** When the whole user record failed, its notice already says links open without SSO. */
function reportedProblems(plan: Plan, userUnreadable: boolean): SettingProblem[] {
    return plan.problems.filter((problem) => !(userUnreadable && problem === 'ORG_ID_UNREADABLE'));
}

export function settingProblemMessages(plan: Plan, userUnreadable: boolean): CardMessage[] {
    return reportedProblems(plan, userUnreadable).map((problem) => ({
        key: problem,
        text: problemMessage(problem, plan.settings.placed)
    }));
}

/**
 * An agent's one notice instead of the problems: what works with less (a bad Join mode costs the
 * mode, anything else single sign-on), and whether the card's properties or Glance Settings need
 * their admin. Null when nothing needs fixing.
 */
export function settingsNotice(plan: Plan, userUnreadable: boolean): CardMessage | null {
    const settings = reportedProblems(plan, userUnreadable).map((problem) => PROBLEMS[problem][1]);
    if (!settings.length) {
        return null;
    }
    const losesMode = settings.includes('joinMode');
    const template = settings.every((setting) => setting === 'joinMode')
        ? LABELS.noticeSettingsMode
        : losesMode
          ? LABELS.noticeSettingsSsoAndMode
          : LABELS.noticeSettingsSso;
    const onCard = settings.every((setting) => isPlaced(setting, plan.settings.placed));
    return {
        key: 'settings',
        text: formatLabel(template, onCard ? LABELS.noticePlaceCard : LABELS.noticePlaceGlanceSettings)
    };
}

/**
 * Admins read each problem, then `otherProblems` (a component's own); agents one notice or
 * nothing, and never `otherProblems`: those cost them nothing they cannot do by hand.
 */
export function settingMessages(
    audience: Audience,
    plan: Plan,
    userUnreadable: boolean,
    otherProblems: CardMessage[] = []
): SettingMessages {
    if (audience === 'admin') {
        return { problems: [...settingProblemMessages(plan, userUnreadable), ...otherProblems], notices: [] };
    }
    const notice = settingsNotice(plan, userUnreadable);
    return { problems: [], notices: notice ? [notice] : [] };
}

/** The user record holds the Glance Settings and the org ID too: without it, links go without single sign-on. */
export function userUnreadableNotice(errorText: string): CardMessage {
    return { key: 'user', text: formatLabel(LABELS.userUnreadable, errorText) };
}

/**
 * What the card and the Glance Session panel show above their links: problems (the settings', then
 * the page's own), then notices about the user record (unreadable, or identity hidden), the record
 * that holds the session key, and the settings, in that order.
 */
export function cardMessages(
    audience: Audience,
    plan: Plan & Pick<LinkPlan, 'sso'>,
    userError: unknown,
    recordNotice: CardMessage | null,
    otherProblems: CardMessage[] = []
): SettingMessages {
    const settings = settingMessages(audience, plan, !!userError, otherProblems);
    const userNotice = userError
        ? userUnreadableNotice(wireErrorMessage(userError))
        : plan.settings.hideIdentity
          ? { key: 'identity-hidden', text: LABELS.identityHidden }
          : null;
    const notices = [userNotice, recordNotice, ...settings.notices];
    return { problems: settings.problems, notices: notices.filter((notice) => notice !== null) };
}
