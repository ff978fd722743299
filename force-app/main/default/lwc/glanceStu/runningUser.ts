/*
 * What the Glance components read about the running user, and how, in one place: the launcher
 * and the quick actions wire getRecord with these fields and read the result with this function.
 */
import { getFieldValue } from 'lightning/uiRecordApi';
import NAME_FIELD from '@salesforce/schema/User.Name';
import EMAIL_FIELD from '@salesforce/schema/User.Email';
import PHONE_FIELD from '@salesforce/schema/User.Phone';
import ORG_ID_FIELD from '@salesforce/schema/User.Glance_Org_Id__c';
import type { RunningUser } from './linkSettings';

/** Name is always readable: if it fails, the whole record is unreadable. */
export const USER_FIELDS = [NAME_FIELD];
/** Field-level security may hide these; optional fields are then simply left out. */
export const USER_OPTIONAL_FIELDS = [EMAIL_FIELD, PHONE_FIELD, ORG_ID_FIELD];

function text(record: UiRecord, field: SalesforceFieldId): string | null {
    const value = getFieldValue(record, field);
    return typeof value === 'string' && value.trim() ? value : null;
}

/** A record that never arrived (error) gives no identity and no org ID. */
export function runningUserFromRecord(record: UiRecord | null | undefined): RunningUser {
    if (!record) {
        return { identity: null, orgId: null };
    }
    return {
        identity: {
            name: text(record, NAME_FIELD),
            email: text(record, EMAIL_FIELD),
            phone: text(record, PHONE_FIELD)
        },
        orgId: text(record, ORG_ID_FIELD)
    };
}
