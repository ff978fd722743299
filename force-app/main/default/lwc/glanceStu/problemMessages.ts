/*
 * Turns what needs attention into the text a person reads, in words for that person: a setting
 * problem into the message that names the setting to fix, for those who manage Glance (admins);
 * for everyone else (agents) one plain notice of what works with less and who fixes it; and lost
 * data into a notice for the agent.
 */
import { LABELS, formatLabel } from './labels';
import { NO_SSO } from './linkSettings';
import { wireErrorMessage } from './wireErrors';
import type { EffectiveSettings, LinkPlan, PlacedSetting, SettingProblem, TextSetting } from './linkSettings';

/**
 * Who reads: `admin` manages Glance here (Customize Application, or the Glance_Account_Admin
 * custom permission) and sees each problem and the account links; `agent` is everyone else.
 */
export type Audience = 'admin' | 'agent';

/** The one audience rule. Permissions arrive as the platform resolves them: only `true` grants. */
export function audienceOf(permissions: { customizeApplication: unknown; glanceAccountAdmin: unknown }): Audience {
    return permissions.customizeApplication === true || permissions.glanceAccountAdmin === true ? 'admin' : 'agent';
}

const PROPERTY_NAMES: Record<PlacedSetting, string> = {
    joinMode: LABELS.propertyJoinMode,
    sessionKeyField: LABELS.propertySessionKeyField
};

const GLANCE_SETTINGS_FIELD_NAMES: Record<TextSetting, string> = {
    ssoType: LABELS.settingFieldSsoType,
    ssoValue: LABELS.settingFieldSsoValue,
    orgIdLength: LABELS.settingFieldOrgIdLength,
    joinMode: LABELS.settingFieldJoinMode,
    sessionKeyField: LABELS.settingFieldSessionKeyField
};

type Placed = EffectiveSettings['placed'];

function isPlaced(setting: TextSetting, placed: Placed): boolean {
    return setting in placed && placed[setting as PlacedSetting];
}

/** Where an admin changes a setting: the page's property that set it, else the Glance Settings field. */
export function settingName(setting: TextSetting, placed: Placed): string {
    return isPlaced(setting, placed) ? PROPERTY_NAMES[setting as PlacedSetting] : GLANCE_SETTINGS_FIELD_NAMES[setting];
}

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
export function problemMessage(problem: SettingProblem, placed: Placed): string {
    const [template, setting] = PROBLEM_MESSAGES[problem];
    return formatLabel(template, settingName(setting, placed));
}

/** A line of text in a list; the key keeps list rendering stable. */
export interface CardMessage {
    key: string;
    text: string;
}

type Plan = Pick<LinkPlan, 'problems' | 'settings'>;

/**
 * The problems worth reporting. When the whole user record failed, the user notice already says
 * links open without SSO, and permission-set advice would send the admin the wrong way.
 */
function reportedProblems(plan: Plan, userUnreadable: boolean): SettingProblem[] {
    return plan.problems.filter((problem) => !(userUnreadable && problem === 'ORG_ID_UNREADABLE'));
}

/** The configuration problems an admin reads, each naming what to fix. */
export function settingProblemMessages(plan: Plan, userUnreadable: boolean): CardMessage[] {
    return reportedProblems(plan, userUnreadable).map((problem) => ({
        key: problem,
        text: problemMessage(problem, plan.settings.placed)
    }));
}

/** What an agent loses to each problem: single sign-on (or the identifier Glance expects), or the mode. */
const PROBLEM_EFFECTS: Record<SettingProblem, 'sso' | 'mode'> = {
    SSO_KIND_UNKNOWN: 'sso',
    SSO_VALUE_EMPTY: 'sso',
    GROUP_ID_NOT_DIGITS: 'sso',
    SSO_VALUE_HAS_WHITESPACE: 'sso',
    ORG_ID_UNREADABLE: 'sso',
    ORG_ID_LENGTH_UNKNOWN: 'sso',
    JOIN_MODE_UNKNOWN: 'mode'
};

/**
 * The one plain notice an agent reads instead of the problems: what works with less, and that
 * their Salesforce admin fixes it, in Glance Settings or, when every bad value is the card's own,
 * in the card's properties. Null when nothing needs fixing.
 */
export function settingsNotice(plan: Plan, userUnreadable: boolean): CardMessage | null {
    const problems = reportedProblems(plan, userUnreadable);
    if (!problems.length) {
        return null;
    }
    const effects = new Set(problems.map((problem) => PROBLEM_EFFECTS[problem]));
    const template =
        effects.size > 1
            ? LABELS.noticeSettingsSsoAndMode
            : effects.has('sso')
              ? LABELS.noticeSettingsSso
              : LABELS.noticeSettingsMode;
    const onCard = problems.every((problem) => isPlaced(PROBLEM_MESSAGES[problem][1], plan.settings.placed));
    return {
        key: 'settings',
        text: formatLabel(template, onCard ? LABELS.noticePlaceCard : LABELS.noticePlaceGlanceSettings)
    };
}

/** What configuration needs attention, in words for the audience: problems for admins, a notice for agents. */
export interface SettingMessages {
    problems: CardMessage[];
    notices: CardMessage[];
}

/**
 * Admins read each problem (with `otherProblems`, a component's own configuration problems,
 * after them); agents read one plain notice, or nothing when all is well. Agents are not told
 * about `otherProblems`: those cost them nothing they cannot do by hand (typing the key).
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

/**
 * What the agent loses when their own user record cannot be read. Single sign-on is lost only
 * when the plan has no SSO identifier although it wants one: a value set on the card still applies.
 */
export function userUnreadableNotice(errorText: string, plan: Pick<LinkPlan, 'sso' | 'settings'>): CardMessage {
    const ssoLost = plan.sso === null && plan.settings.ssoType !== NO_SSO;
    return {
        key: 'user',
        text: formatLabel(ssoLost ? LABELS.userUnreadable : LABELS.userUnreadableSsoKept, errorText)
    };
}

/**
 * What the card and the Glance Session panel show above their links, for the audience: problems
 * to fix (the settings', then `otherProblems`, the page's own), then notices of what works with
 * less, in this order: the user record (unreadable, or the identity hidden), the record that holds
 * the session key, the settings.
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
        ? userUnreadableNotice(wireErrorMessage(userError), plan)
        : plan.settings.hideIdentity
          ? { key: 'identity-hidden', text: LABELS.identityHidden }
          : null;
    const notices = [userNotice, recordNotice, ...settings.notices];
    return { problems: settings.problems, notices: notices.filter((notice) => notice !== null) };
}
