/*
 * What the components read about the running user, in one getRecord: name, email and phone, the org
 * ID and their effective Glance Settings, through User formula fields that read the hierarchy custom
 * setting ($Setup.Glance_Settings__c) for the running user (docs/design.md).
 */
import { getFieldValue } from 'lightning/uiRecordApi';
import NAME_FIELD from '@salesforce/schema/User.Name';
import EMAIL_FIELD from '@salesforce/schema/User.Email';
import PHONE_FIELD from '@salesforce/schema/User.Phone';
import ORG_ID_FIELD from '@salesforce/schema/User.Glance_Org_Id__c';
import SSO_TYPE_FIELD from '@salesforce/schema/User.Glance_SSO_Type__c';
import SSO_VALUE_FIELD from '@salesforce/schema/User.Glance_SSO_Value__c';
import ORG_ID_LENGTH_FIELD from '@salesforce/schema/User.Glance_Org_Id_Length__c';
import JOIN_MODE_FIELD from '@salesforce/schema/User.Glance_Join_Mode__c';
import VIEWER_SAME_WINDOW_FIELD from '@salesforce/schema/User.Glance_Viewer_Same_Window__c';
import HIDE_IDENTITY_FIELD from '@salesforce/schema/User.Glance_Hide_Identity__c';
import LOG_SESSIONS_FIELD from '@salesforce/schema/User.Glance_Log_Sessions__c';
import LOG_TASK_STATUS_FIELD from '@salesforce/schema/User.Glance_Log_Task_Status__c';
import WAIT_FOR_SESSION_FIELD from '@salesforce/schema/User.Glance_Wait_For_Session__c';
import SESSION_KEY_FIELD_FIELD from '@salesforce/schema/User.Glance_Session_Field__c';
import CUSTOMIZE_APPLICATION from '@salesforce/userPermission/CustomizeApplication';
import GLANCE_ACCOUNT_ADMIN from '@salesforce/customPermission/Glance_Account_Admin';
import { audienceOf, type Audience } from './problemMessages';
import type { GlanceSettings, RunningUser } from './linkSettings';

/** Who the running user is to the messages; the platform resolves permissions once, at module load. */
export const RUNNING_USER_AUDIENCE: Audience = audienceOf({
    customizeApplication: CUSTOMIZE_APPLICATION,
    glanceAccountAdmin: GLANCE_ACCOUNT_ADMIN
});

/** Each Glance Settings value and the User field that reads it; the flags are checkboxes. */
const SETTING_FIELDS: Record<keyof GlanceSettings, SalesforceFieldId> = {
    ssoType: SSO_TYPE_FIELD,
    ssoValue: SSO_VALUE_FIELD,
    orgIdLength: ORG_ID_LENGTH_FIELD,
    joinMode: JOIN_MODE_FIELD,
    viewerSameWindow: VIEWER_SAME_WINDOW_FIELD,
    hideIdentity: HIDE_IDENTITY_FIELD,
    logSessions: LOG_SESSIONS_FIELD,
    logTaskStatus: LOG_TASK_STATUS_FIELD,
    waitForSession: WAIT_FOR_SESSION_FIELD,
    sessionKeyField: SESSION_KEY_FIELD_FIELD
};
const FLAGS: readonly string[] = ['viewerSameWindow', 'hideIdentity', 'logSessions', 'waitForSession'];

/** Name is always readable: if it fails, the whole record is unreadable. */
export const USER_FIELDS = [NAME_FIELD];
/** Field-level security may hide these; optional fields are then simply left out. */
export const USER_OPTIONAL_FIELDS = [EMAIL_FIELD, PHONE_FIELD, ORG_ID_FIELD, ...Object.values(SETTING_FIELDS)];

/** A hidden or blank field counts as not set. */
function text(record: UiRecord, field: SalesforceFieldId): string | null {
    const value = getFieldValue(record, field);
    return typeof value === 'string' && value.trim() ? value : null;
}

/** A record that never arrived (error) gives no identity, no org ID and no Glance Settings. */
export function runningUserFromRecord(record: UiRecord | null | undefined): RunningUser {
    if (!record) {
        return { identity: null, orgId: null, glanceSettings: {} };
    }
    const settings = Object.entries(SETTING_FIELDS).map(([setting, field]) => [
        setting,
        FLAGS.includes(setting) ? getFieldValue(record, field) === true : text(record, field)
    ]);
    return {
        identity: {
            name: text(record, NAME_FIELD),
            email: text(record, EMAIL_FIELD),
            phone: text(record, PHONE_FIELD)
        },
        orgId: text(record, ORG_ID_FIELD),
        glanceSettings: Object.fromEntries(settings)
    };
}
