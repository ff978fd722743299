/*
 * Turns what needs attention into the text a person reads: a setting problem into the message
 * that names the setting an admin must fix, and lost data into a notice for the agent.
 */
import { LABELS, formatLabel } from './labels';
import type { LinkPlan, SettingProblem, SettingSource, SettingSources, TextSetting } from './linkSettings';

/** How messages name each setting in one place an admin can set it. */
export type SettingNames = Record<TextSetting, string>;

const PROPERTY_NAMES: SettingNames = {
    ssoType: LABELS.propertySsoType,
    ssoValue: LABELS.propertySsoValue,
    orgIdLength: LABELS.propertyOrgIdLength,
    joinMode: LABELS.propertyJoinMode,
    sessionKeyField: LABELS.propertySessionKeyField
};

const GLANCE_SETTINGS_FIELD_NAMES: SettingNames = {
    ssoType: LABELS.settingFieldSsoType,
    ssoValue: LABELS.settingFieldSsoValue,
    orgIdLength: LABELS.settingFieldOrgIdLength,
    joinMode: LABELS.settingFieldJoinMode,
    sessionKeyField: LABELS.settingFieldSessionKeyField
};

/**
 * Where to send the admin for a value from each source: the App Builder property that set it, or
 * the Glance Settings field. A built-in default is changed in Glance Settings, for every surface.
 */
export const SETTING_NAMES: Record<SettingSource, SettingNames> = {
    placement: PROPERTY_NAMES,
    glanceSettings: GLANCE_SETTINGS_FIELD_NAMES,
    default: GLANCE_SETTINGS_FIELD_NAMES
};

/** One message per problem: the type makes a new rule without a message a compile error. */
const PROBLEM_MESSAGES: Record<SettingProblem, [template: string, setting: TextSetting]> = {
    SSO_KIND_UNKNOWN: [LABELS.problemSsoTypeUnknown, 'ssoType'],
    SSO_VALUE_EMPTY: [LABELS.problemSsoValueMissing, 'ssoValue'],
    GROUP_ID_NOT_DIGITS: [LABELS.problemGroupIdNotNumeric, 'ssoValue'],
    SSO_VALUE_HAS_WHITESPACE: [LABELS.problemSsoValueHasSpaces, 'ssoValue'],
    ORG_ID_UNREADABLE: [LABELS.problemOrgIdUnreadable, 'ssoValue'],
    ORG_ID_LENGTH_UNKNOWN: [LABELS.problemOrgIdLengthUnknown, 'orgIdLength'],
    JOIN_MODE_UNKNOWN: [LABELS.problemJoinModeUnknown, 'joinMode']
};

/** The message for a problem, naming the place the offending value came from. */
export function problemMessage(problem: SettingProblem, sources: SettingSources): string {
    const [template, setting] = PROBLEM_MESSAGES[problem];
    return formatLabel(template, SETTING_NAMES[sources[setting]][setting]);
}

/** A line of text in a list; the key keeps list rendering stable. */
export interface CardMessage {
    key: string;
    text: string;
}

/**
 * The configuration problems to show. When the whole user record failed, the user notice already
 * says links open without SSO, and permission-set advice would send the admin the wrong way.
 */
export function settingProblemMessages(
    plan: Pick<LinkPlan, 'problems' | 'settings'>,
    userUnreadable: boolean
): CardMessage[] {
    return plan.problems
        .filter((problem) => !(userUnreadable && problem === 'ORG_ID_UNREADABLE'))
        .map((problem) => ({ key: problem, text: problemMessage(problem, plan.settings.sources) }));
}

/** What the agent loses when their own user record cannot be read. */
export function userUnreadableNotice(errorText: string): CardMessage {
    return { key: 'user', text: formatLabel(LABELS.userUnreadable, errorText) };
}
