/*
 * Every custom label the Glance components show, and `{0}` formatting as Salesforce's own labels
 * use it. Components and tests read label text from here, never as copied sentences.
 */
import CARD_TITLE from '@salesforce/label/c.GlanceStu_CardTitle';
import LOADING from '@salesforce/label/c.GlanceStu_Loading';
import JOIN_LINK from '@salesforce/label/c.GlanceStu_JoinLink';
import VIEW_LINK from '@salesforce/label/c.GlanceStu_ViewLink';
import VIEW_NEEDS_KEY from '@salesforce/label/c.GlanceStu_ViewNeedsKey';
import OPENS_IN_NEW_TAB from '@salesforce/label/c.GlanceStu_OpensInNewTab';
import SESSION_KEY_LABEL from '@salesforce/label/c.GlanceStu_SessionKeyLabel';
import SESSION_KEY_PLACEHOLDER from '@salesforce/label/c.GlanceStu_SessionKeyPlaceholder';
import SESSION_KEY_INVALID from '@salesforce/label/c.GlanceStu_SessionKeyInvalid';
import RECORD_SESSION_KEY_INVALID from '@salesforce/label/c.GlanceStu_RecordSessionKeyInvalid';
import IDENTITY_PREVIEW from '@salesforce/label/c.GlanceStu_IdentityPreview';
import IDENTITY_HIDDEN from '@salesforce/label/c.GlanceStu_IdentityHidden';
import USER_UNREADABLE from '@salesforce/label/c.GlanceStu_UserUnreadable';
import RECORD_UNREADABLE from '@salesforce/label/c.GlanceStu_RecordUnreadable';
import ACCOUNT_LINKS_HEADING from '@salesforce/label/c.GlanceStu_AccountLinksHeading';
import ACCOUNT_MANAGEMENT_LINK from '@salesforce/label/c.GlanceStu_AccountManagementLink';
import LOGIN_KEY_LINK from '@salesforce/label/c.GlanceStu_LoginKeyLink';
import SAML_TEST_LINK from '@salesforce/label/c.GlanceStu_SamlTestLink';
import PROBLEMS_HEADING from '@salesforce/label/c.GlanceStu_ProblemsHeading';
import PROBLEM_ORG_ID_UNREADABLE from '@salesforce/label/c.GlanceStu_ProblemOrgIdUnreadable';
import PROBLEM_SSO_TYPE_UNKNOWN from '@salesforce/label/c.GlanceStu_ProblemSsoTypeUnknown';
import PROBLEM_GROUP_ID_NOT_NUMERIC from '@salesforce/label/c.GlanceStu_ProblemGroupIdNotNumeric';
import PROBLEM_SSO_VALUE_HAS_SPACES from '@salesforce/label/c.GlanceStu_ProblemSsoValueHasSpaces';
import PROBLEM_SSO_VALUE_MISSING from '@salesforce/label/c.GlanceStu_ProblemSsoValueMissing';
import PROBLEM_ORG_ID_LENGTH_UNKNOWN from '@salesforce/label/c.GlanceStu_ProblemOrgIdLengthUnknown';
import PROBLEM_JOIN_MODE_UNKNOWN from '@salesforce/label/c.GlanceStu_ProblemJoinModeUnknown';
import PROBLEM_SESSION_KEY_FIELD_MISSING from '@salesforce/label/c.GlanceStu_ProblemSessionKeyFieldMissing';
import PROPERTY_JOIN_MODE from '@salesforce/label/c.GlanceStu_PropertyJoinMode';
import PROPERTY_SESSION_KEY_FIELD from '@salesforce/label/c.GlanceStu_PropertySessionKeyField';
import SESSION_PANEL_TITLE from '@salesforce/label/c.GlanceStu_SessionPanelTitle';
import SETTING_FIELD_SSO_TYPE from '@salesforce/label/c.GlanceStu_SettingFieldSsoType';
import SETTING_FIELD_SSO_VALUE from '@salesforce/label/c.GlanceStu_SettingFieldSsoValue';
import SETTING_FIELD_ORG_ID_LENGTH from '@salesforce/label/c.GlanceStu_SettingFieldOrgIdLength';
import SETTING_FIELD_JOIN_MODE from '@salesforce/label/c.GlanceStu_SettingFieldJoinMode';
import SETTING_FIELD_SESSION_KEY_FIELD from '@salesforce/label/c.GlanceStu_SettingFieldSessionKeyField';
import ACCOUNT_IDENTIFIER_LABEL from '@salesforce/label/c.GlanceStu_AccountIdentifierLabel';
import COPY_BUTTON from '@salesforce/label/c.GlanceStu_CopyButton';
import COPIED from '@salesforce/label/c.GlanceStu_Copied';
import COPY_MANUALLY from '@salesforce/label/c.GlanceStu_CopyManually';
import SETTINGS_TOAST_TITLE from '@salesforce/label/c.GlanceStu_SettingsToastTitle';
import FLOW_SESSION_KEY_INVALID from '@salesforce/label/c.GlanceStu_FlowSessionKeyInvalid';
import SESSION_KEY_MISSING from '@salesforce/label/c.GlanceStu_SessionKeyMissing';
import JOIN_NOT_OPENED_TITLE from '@salesforce/label/c.GlanceStu_JoinNotOpenedTitle';
import JOIN_USER_LATE from '@salesforce/label/c.GlanceStu_JoinUserLate';
import JOIN_BLOCKED from '@salesforce/label/c.GlanceStu_JoinBlocked';
import JOIN_OPENED_WITHOUT_USER_TITLE from '@salesforce/label/c.GlanceStu_JoinOpenedWithoutUserTitle';
import LOG_SUBJECT_VIEW from '@salesforce/label/c.GlanceStu_LogSubjectView';
import LOG_SUBJECT_JOIN from '@salesforce/label/c.GlanceStu_LogSubjectJoin';
import LOG_DESCRIPTION_LINK from '@salesforce/label/c.GlanceStu_LogDescriptionLink';
import LOG_DESCRIPTION_SESSION_KEY from '@salesforce/label/c.GlanceStu_LogDescriptionSessionKey';
import LOG_DESCRIPTION_URL from '@salesforce/label/c.GlanceStu_LogDescriptionUrl';
import LOG_FAILED from '@salesforce/label/c.GlanceStu_LogFailed';
import JOIN_NOT_LOGGED_TITLE from '@salesforce/label/c.GlanceStu_JoinNotLoggedTitle';
import NOTICE_SETTINGS_SSO from '@salesforce/label/c.GlanceStu_NoticeSettingsSso';
import NOTICE_SETTINGS_MODE from '@salesforce/label/c.GlanceStu_NoticeSettingsMode';
import NOTICE_SETTINGS_SSO_AND_MODE from '@salesforce/label/c.GlanceStu_NoticeSettingsSsoAndMode';
import NOTICE_PLACE_GLANCE_SETTINGS from '@salesforce/label/c.GlanceStu_NoticePlaceGlanceSettings';
import NOTICE_PLACE_CARD from '@salesforce/label/c.GlanceStu_NoticePlaceCard';
import USER_UNREADABLE_SSO_KEPT from '@salesforce/label/c.GlanceStu_UserUnreadableSsoKept';
import NOT_LOGGED_HERE from '@salesforce/label/c.GlanceStu_NotLoggedHere';
import CANCEL from '@salesforce/label/c.GlanceStu_Cancel';
import HEARD_KEY from '@salesforce/label/c.GlanceStu_HeardKey';
import HEARD_SEVERAL_NUMBERS from '@salesforce/label/c.GlanceStu_HeardSeveralNumbers';
import SEND_INSTRUCTIONS_BUTTON from '@salesforce/label/c.GlanceStu_SendInstructionsButton';
import CUSTOMER_INSTRUCTIONS from '@salesforce/label/c.GlanceStu_CustomerInstructions';
import INSTRUCTIONS_NOT_SET from '@salesforce/label/c.GlanceStu_InstructionsNotSet';

export const LABELS = {
    cardTitle: CARD_TITLE,
    loading: LOADING,
    joinLink: JOIN_LINK,
    viewLink: VIEW_LINK,
    viewNeedsKey: VIEW_NEEDS_KEY,
    opensInNewTab: OPENS_IN_NEW_TAB,
    sessionKeyLabel: SESSION_KEY_LABEL,
    sessionKeyPlaceholder: SESSION_KEY_PLACEHOLDER,
    sessionKeyInvalid: SESSION_KEY_INVALID,
    recordSessionKeyInvalid: RECORD_SESSION_KEY_INVALID,
    identityPreview: IDENTITY_PREVIEW,
    identityHidden: IDENTITY_HIDDEN,
    userUnreadable: USER_UNREADABLE,
    userUnreadableSsoKept: USER_UNREADABLE_SSO_KEPT,
    recordUnreadable: RECORD_UNREADABLE,
    accountLinksHeading: ACCOUNT_LINKS_HEADING,
    accountManagementLink: ACCOUNT_MANAGEMENT_LINK,
    loginKeyLink: LOGIN_KEY_LINK,
    samlTestLink: SAML_TEST_LINK,
    problemsHeading: PROBLEMS_HEADING,
    problemOrgIdUnreadable: PROBLEM_ORG_ID_UNREADABLE,
    problemSsoTypeUnknown: PROBLEM_SSO_TYPE_UNKNOWN,
    problemGroupIdNotNumeric: PROBLEM_GROUP_ID_NOT_NUMERIC,
    problemSsoValueHasSpaces: PROBLEM_SSO_VALUE_HAS_SPACES,
    problemSsoValueMissing: PROBLEM_SSO_VALUE_MISSING,
    problemOrgIdLengthUnknown: PROBLEM_ORG_ID_LENGTH_UNKNOWN,
    problemJoinModeUnknown: PROBLEM_JOIN_MODE_UNKNOWN,
    problemSessionKeyFieldMissing: PROBLEM_SESSION_KEY_FIELD_MISSING,
    propertyJoinMode: PROPERTY_JOIN_MODE,
    propertySessionKeyField: PROPERTY_SESSION_KEY_FIELD,
    sessionPanelTitle: SESSION_PANEL_TITLE,
    settingFieldSsoType: SETTING_FIELD_SSO_TYPE,
    settingFieldSsoValue: SETTING_FIELD_SSO_VALUE,
    settingFieldOrgIdLength: SETTING_FIELD_ORG_ID_LENGTH,
    settingFieldJoinMode: SETTING_FIELD_JOIN_MODE,
    settingFieldSessionKeyField: SETTING_FIELD_SESSION_KEY_FIELD,
    accountIdentifierLabel: ACCOUNT_IDENTIFIER_LABEL,
    copyButton: COPY_BUTTON,
    copied: COPIED,
    copyManually: COPY_MANUALLY,
    settingsToastTitle: SETTINGS_TOAST_TITLE,
    flowSessionKeyInvalid: FLOW_SESSION_KEY_INVALID,
    logSubjectView: LOG_SUBJECT_VIEW,
    logSubjectJoin: LOG_SUBJECT_JOIN,
    logDescriptionLink: LOG_DESCRIPTION_LINK,
    logDescriptionSessionKey: LOG_DESCRIPTION_SESSION_KEY,
    logDescriptionUrl: LOG_DESCRIPTION_URL,
    logFailed: LOG_FAILED,
    joinNotLoggedTitle: JOIN_NOT_LOGGED_TITLE,
    sessionKeyMissing: SESSION_KEY_MISSING,
    joinNotOpenedTitle: JOIN_NOT_OPENED_TITLE,
    joinUserLate: JOIN_USER_LATE,
    joinBlocked: JOIN_BLOCKED,
    joinOpenedWithoutUserTitle: JOIN_OPENED_WITHOUT_USER_TITLE,
    noticeSettingsSso: NOTICE_SETTINGS_SSO,
    noticeSettingsMode: NOTICE_SETTINGS_MODE,
    noticeSettingsSsoAndMode: NOTICE_SETTINGS_SSO_AND_MODE,
    noticePlaceGlanceSettings: NOTICE_PLACE_GLANCE_SETTINGS,
    noticePlaceCard: NOTICE_PLACE_CARD,
    notLoggedHere: NOT_LOGGED_HERE,
    cancel: CANCEL,
    heardKey: HEARD_KEY,
    heardSeveralNumbers: HEARD_SEVERAL_NUMBERS,
    sendInstructionsButton: SEND_INSTRUCTIONS_BUTTON,
    customerInstructions: CUSTOMER_INSTRUCTIONS,
    instructionsNotSet: INSTRUCTIONS_NOT_SET
} as const;

/** Follows each link's text for screen readers; the space keeps the two apart when read. */
export const NEW_TAB_SUFFIX = ` ${LABELS.opensInNewTab}`;

/**
 * The text for a live region to say `next` again: a screen reader announces a region only when
 * its text changes, so the same words come back with a no-break space added or taken away.
 */
export function announceAgain(current: string, next: string): string {
    return current === next ? `${next}\u00A0` : next;
}

/** Fills `{0}`, `{1}`… in a label, as Salesforce's own label format does. */
export function formatLabel(template: string, ...values: string[]): string {
    return template.replace(/\{(\d+)\}/g, (placeholder, index: string) => values[Number(index)] ?? placeholder);
}
