/*
 * What the Glance components read about the running user, and how, in one place: the launcher
 * and the quick actions wire getRecord with these fields and read the result with this function.
 * The user's effective Glance Settings come in the same request, through formula fields on User
 * that read the hierarchy custom setting ($Setup.Glance_Settings__c) for the running user.
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

/**
 * Who the running user is to the messages and the admin section. The platform resolves both
 * permissions once, when the module loads: they are fixed for the page's life.
 */
export const RUNNING_USER_AUDIENCE: Audience = audienceOf({
    customizeApplication: CUSTOMIZE_APPLICATION,
    glanceAccountAdmin: GLANCE_ACCOUNT_ADMIN
});

/** Name is always readable: if it fails, the whole record is unreadable. */
export const USER_FIELDS = [NAME_FIELD];
/** Field-level security may hide these; optional fields are then simply left out. */
export const USER_OPTIONAL_FIELDS = [
    EMAIL_FIELD,
    PHONE_FIELD,
    ORG_ID_FIELD,
    SSO_TYPE_FIELD,
    SSO_VALUE_FIELD,
    ORG_ID_LENGTH_FIELD,
    JOIN_MODE_FIELD,
    VIEWER_SAME_WINDOW_FIELD,
    HIDE_IDENTITY_FIELD,
    LOG_SESSIONS_FIELD,
    LOG_TASK_STATUS_FIELD,
    WAIT_FOR_SESSION_FIELD,
    SESSION_KEY_FIELD_FIELD
];

function text(record: UiRecord, field: SalesforceFieldId): string | null {
    const value = getFieldValue(record, field);
    return typeof value === 'string' && value.trim() ? value : null;
}

function flag(record: UiRecord, field: SalesforceFieldId): boolean {
    return getFieldValue(record, field) === true;
}

/** The user's effective Glance Settings; a field that is hidden or blank counts as not set. */
function glanceSettingsOf(record: UiRecord): GlanceSettings {
    return {
        ssoType: text(record, SSO_TYPE_FIELD),
        ssoValue: text(record, SSO_VALUE_FIELD),
        orgIdLength: text(record, ORG_ID_LENGTH_FIELD),
        joinMode: text(record, JOIN_MODE_FIELD),
        viewerSameWindow: flag(record, VIEWER_SAME_WINDOW_FIELD),
        hideIdentity: flag(record, HIDE_IDENTITY_FIELD),
        logSessions: flag(record, LOG_SESSIONS_FIELD),
        logTaskStatus: text(record, LOG_TASK_STATUS_FIELD),
        waitForSession: flag(record, WAIT_FOR_SESSION_FIELD),
        sessionKeyField: text(record, SESSION_KEY_FIELD_FIELD)
    };
}

/** A record that never arrived (error) gives no identity, no org ID and no Glance Settings. */
export function runningUserFromRecord(record: UiRecord | null | undefined): RunningUser {
    if (!record) {
        return { identity: null, orgId: null, glanceSettings: {} };
    }
    return {
        identity: {
            name: text(record, NAME_FIELD),
            email: text(record, EMAIL_FIELD),
            phone: text(record, PHONE_FIELD)
        },
        orgId: text(record, ORG_ID_FIELD),
        glanceSettings: glanceSettingsOf(record)
    };
}
