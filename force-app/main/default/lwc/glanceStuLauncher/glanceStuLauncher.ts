/*
 * The Glance card for Case and Contact record pages (also App and Home pages): Join, a
 * session-key box with View, and for admins the SSO account links and the identifier to give
 * Glance. Apex-free: one getRecord on the running user (with their Glance Settings), and one on
 * the page's record only when an admin names a session-key field.
 */
import { LightningElement, api, wire } from 'lwc';
import { getRecord } from 'lightning/uiRecordApi';
import USER_ID from '@salesforce/user/Id';
import IS_ADMIN from '@salesforce/userPermission/CustomizeApplication';
import {
    LABELS,
    NEW_TAB_SUFFIX,
    USE_GLANCE_SETTINGS,
    USER_FIELDS,
    USER_OPTIONAL_FIELDS,
    formatLabel,
    planLinks,
    runningUserFromRecord,
    settingProblemMessages,
    userUnreadableNotice,
    wireErrorMessage,
    type CardMessage,
    type LinkPlan
} from 'c/glanceStu';

const FIELD_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;

export default class GlanceStuLauncher extends LightningElement {
    @api recordId: string | undefined;
    @api objectApiName: string | undefined;

    // App Builder properties (see glanceStuLauncher.js-meta.xml). Picklists default to "settings":
    // use Glance Settings. Flags default to false, as the platform requires, so each is named for
    // the non-default behaviour; either the flag or Glance Settings turns it on.
    @api cardTitle: string | undefined;
    @api ssoType = USE_GLANCE_SETTINGS;
    @api ssoValue: string | undefined;
    @api orgIdLength = USE_GLANCE_SETTINGS;
    @api joinMode = USE_GLANCE_SETTINGS;
    @api viewerSameWindow = false;
    @api hideIdentity = false;
    @api sessionKeyField: string | undefined;
    @api hideAccountLinks = false;

    labels = LABELS;
    newTabSuffix = NEW_TAB_SUFFIX;
    /** What the last Copy did, announced politely; blank until the admin copies. */
    copyStatus = '';
    userResult: WireResult<UiRecord> | undefined;
    recordResult: WireResult<UiRecord> | undefined;

    @wire(getRecord, { recordId: USER_ID, fields: USER_FIELDS, optionalFields: USER_OPTIONAL_FIELDS })
    wiredUser(result: WireResult<UiRecord>): void {
        this.userResult = result;
    }

    // Runs only while sessionKeyRecordId is defined: when a session-key field is configured.
    @wire(getRecord, {
        recordId: '$sessionKeyRecordId',
        fields: '$recordIdFields',
        optionalFields: '$sessionKeyFields'
    })
    wiredRecord(result: WireResult<UiRecord>): void {
        this.recordResult = result;
    }

    /** The configured field's API name, accepting `Field__c` or `Case.Field__c`; null if unusable. */
    get sessionKeyFieldName(): string | null {
        const configured = this.sessionKeyField?.trim() ?? '';
        const [objectName, fieldName] = configured.includes('.')
            ? configured.split('.', 2)
            : [this.objectApiName, configured];
        const sameObject = objectName?.toLowerCase() === this.objectApiName?.toLowerCase();
        return sameObject && fieldName && FIELD_NAME_PATTERN.test(fieldName) ? fieldName : null;
    }

    get readsRecordSessionKey(): boolean {
        return !!(this.recordId && this.objectApiName && this.sessionKeyFieldName);
    }

    get sessionKeyRecordId(): string | undefined {
        return this.readsRecordSessionKey ? this.recordId : undefined;
    }

    get recordIdFields(): string[] {
        return [`${this.objectApiName}.Id`];
    }

    get sessionKeyFields(): string[] {
        return [`${this.objectApiName}.${this.sessionKeyFieldName}`];
    }

    get isLoading(): boolean {
        const pending = (result: WireResult<UiRecord> | undefined) => !result?.data && !result?.error;
        return pending(this.userResult) || (this.readsRecordSessionKey && pending(this.recordResult));
    }

    get heading(): string {
        return this.cardTitle?.trim() || LABELS.cardTitle;
    }

    get plan(): LinkPlan {
        return planLinks(
            {
                ssoType: this.ssoType,
                ssoValue: this.ssoValue,
                orgIdLength: this.orgIdLength,
                joinMode: this.joinMode,
                viewerSameWindow: this.viewerSameWindow,
                hideIdentity: this.hideIdentity
            },
            runningUserFromRecord(this.userResult?.data)
        );
    }

    /** The record's copy of the configured field; admins may type the API name in any case. */
    get sessionKeyFieldValue(): UiRecordFieldValue | undefined {
        const record = this.readsRecordSessionKey ? this.recordResult?.data : undefined;
        const wanted = this.sessionKeyFieldName?.toLowerCase();
        const key = record && Object.keys(record.fields).find((name) => name.toLowerCase() === wanted);
        return key ? record.fields[key] : undefined;
    }

    get recordSessionKey(): string | null {
        const value = this.sessionKeyFieldValue?.value;
        return typeof value === 'string' ? value : null;
    }

    /** Things the agent should know: the card still works, with less. */
    get notices(): CardMessage[] {
        const notices: CardMessage[] = [];
        if (this.userResult?.error) {
            notices.push(userUnreadableNotice(wireErrorMessage(this.userResult.error)));
        } else if (this.plan.settings.hideIdentity) {
            notices.push({ key: 'identity-hidden', text: LABELS.identityHidden });
        }
        if (this.readsRecordSessionKey && this.recordResult?.error) {
            notices.push({
                key: 'record',
                text: formatLabel(LABELS.recordUnreadable, wireErrorMessage(this.recordResult.error))
            });
        }
        return notices;
    }

    /** Configuration an admin should fix, each naming the property or Glance Settings field to change. */
    get problems(): CardMessage[] {
        const problems = settingProblemMessages(this.plan, !!this.userResult?.error);
        const sessionKeyProblem = this.sessionKeyFieldProblem;
        return sessionKeyProblem ? [...problems, { key: 'session-key-field', text: sessionKeyProblem }] : problems;
    }

    get sessionKeyFieldProblem(): string | null {
        const configured = this.sessionKeyField?.trim();
        if (!configured) {
            return null;
        }
        if (!this.recordId || !this.objectApiName) {
            return formatLabel(LABELS.problemSessionKeyFieldNeedsRecord, LABELS.propertySessionKeyField);
        }
        const recordArrived = this.recordResult?.data !== undefined;
        const missing = !this.sessionKeyFieldName || (recordArrived && this.sessionKeyFieldValue === undefined);
        return missing
            ? formatLabel(LABELS.problemSessionKeyFieldMissing, LABELS.propertySessionKeyField, configured)
            : null;
    }

    get showAccountLinks(): boolean {
        return IS_ADMIN === true && !this.hideAccountLinks && this.accountLinkItems.length > 0;
    }

    /** The admin links, in the order Glance's documentation lists them. */
    get accountLinkItems(): { stu: string; href: string; label: string }[] {
        const links = this.plan.accountLinks;
        if (!links) {
            return [];
        }
        return [
            { stu: 'account', href: links.accountManagement, label: LABELS.accountManagementLink },
            { stu: 'login-key', href: links.loginKey, label: LABELS.loginKeyLink },
            { stu: 'saml-test', href: links.samlTroubleshooting, label: LABELS.samlTestLink }
        ];
    }

    /** The Unique Account Identifier the links send, for Glance's SAML screen; null unless idptoken. */
    get accountIdentifier(): string | null {
        const sso = this.plan.sso;
        return sso?.kind === 'idptoken' ? sso.value : null;
    }

    get accountIdentifierInput(): HTMLInputElement | null {
        return this.template?.querySelector<HTMLInputElement>('input[data-stu="account-identifier"]') ?? null;
    }

    /** Copies the identifier; where the browser refuses, selects it so Ctrl+C / Cmd+C copies it. */
    async handleCopyIdentifier(): Promise<void> {
        const identifier = this.accountIdentifier ?? '';
        try {
            if (!navigator.clipboard) {
                throw new Error('The clipboard is not available here');
            }
            await navigator.clipboard.writeText(identifier);
            this.copyStatus = LABELS.copied;
        } catch {
            this.accountIdentifierInput?.focus();
            this.accountIdentifierInput?.select();
            this.copyStatus = LABELS.copyManually;
        }
    }
}
