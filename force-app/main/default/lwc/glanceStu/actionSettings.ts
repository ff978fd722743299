/*
 * Quick actions take no App Builder properties, so their SSO settings live in three custom labels
 * an admin can change in Setup > Custom Labels without deploying code.
 */
import ACTION_SSO_TYPE from '@salesforce/label/c.GlanceStu_ActionSsoType';
import ACTION_SSO_VALUE from '@salesforce/label/c.GlanceStu_ActionSsoValue';
import ACTION_ORG_ID_LENGTH from '@salesforce/label/c.GlanceStu_ActionOrgIdLength';
import SETTING_SSO_TYPE from '@salesforce/label/c.GlanceStu_ActionSettingSsoType';
import SETTING_SSO_VALUE from '@salesforce/label/c.GlanceStu_ActionSettingSsoValue';
import SETTING_ORG_ID_LENGTH from '@salesforce/label/c.GlanceStu_ActionSettingOrgIdLength';
import type { LinkSettings } from './linkSettings';
import type { SettingNames } from './problemMessages';

/** A custom label cannot be empty, so a lone hyphen stands for "blank" (the org ID, for idptoken). */
export const BLANK_LABEL_VALUE = '-';

function labelValue(value: string): string {
    const trimmed = value.trim();
    return trimmed === BLANK_LABEL_VALUE ? '' : trimmed;
}

export const ACTION_SETTINGS: LinkSettings = {
    ssoType: labelValue(ACTION_SSO_TYPE),
    ssoValue: labelValue(ACTION_SSO_VALUE),
    orgIdLength: labelValue(ACTION_ORG_ID_LENGTH)
};

/** Messages about the actions' settings name the label to edit. */
export const ACTION_SETTING_NAMES: SettingNames = {
    ssoType: SETTING_SSO_TYPE,
    ssoValue: SETTING_SSO_VALUE,
    orgIdLength: SETTING_ORG_ID_LENGTH,
    // The actions have no join mode setting, so no message can name one.
    joinMode: SETTING_SSO_TYPE
};
