/*
 * Turns what needs attention into the text a person reads: a setting problem into the message
 * that names the setting an admin must fix, and lost data into a notice for the agent.
 */
import { LABELS, formatLabel } from './labels';
import type { SettingProblem } from './linkSettings';

/** How messages name each setting: App Builder properties for the card, labels for the actions. */
export interface SettingNames {
    ssoType: string;
    ssoValue: string;
    orgIdLength: string;
    joinMode: string;
}

export const LAUNCHER_PROPERTY_NAMES: SettingNames = {
    ssoType: LABELS.propertySsoType,
    ssoValue: LABELS.propertySsoValue,
    orgIdLength: LABELS.propertyOrgIdLength,
    joinMode: LABELS.propertyJoinMode
};

/** One message per problem: the type makes a new rule without a message a compile error. */
const PROBLEM_MESSAGES: Record<SettingProblem, [template: string, setting: keyof SettingNames]> = {
    SSO_KIND_UNKNOWN: [LABELS.problemSsoTypeUnknown, 'ssoType'],
    SSO_VALUE_EMPTY: [LABELS.problemSsoValueMissing, 'ssoValue'],
    GROUP_ID_NOT_DIGITS: [LABELS.problemGroupIdNotNumeric, 'ssoValue'],
    SSO_VALUE_HAS_WHITESPACE: [LABELS.problemSsoValueHasSpaces, 'ssoValue'],
    ORG_ID_UNREADABLE: [LABELS.problemOrgIdUnreadable, 'ssoValue'],
    ORG_ID_LENGTH_UNKNOWN: [LABELS.problemOrgIdLengthUnknown, 'orgIdLength'],
    JOIN_MODE_UNKNOWN: [LABELS.problemJoinModeUnknown, 'joinMode']
};

export function problemMessage(problem: SettingProblem, names: SettingNames): string {
    const [template, setting] = PROBLEM_MESSAGES[problem];
    return formatLabel(template, names[setting]);
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
    problems: readonly SettingProblem[],
    names: SettingNames,
    userUnreadable: boolean
): CardMessage[] {
    return problems
        .filter((problem) => !(userUnreadable && problem === 'ORG_ID_UNREADABLE'))
        .map((problem) => ({ key: problem, text: problemMessage(problem, names) }));
}

/** What the agent loses when their own user record cannot be read. */
export function userUnreadableNotice(errorText: string): CardMessage {
    return { key: 'user', text: formatLabel(LABELS.userUnreadable, errorText) };
}
