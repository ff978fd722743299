/*
 * The Glance launcher, one component for every surface: record pages of any object, App and Home
 * pages, a console's utility bar and flow screens. Join, a session-key box with View, and for
 * admins the SSO account links and the identifier to give Glance. Apex-free: one getRecord on the
 * running user (with their Glance Settings), and one on the record only when an admin names a
 * session-key field. On a record page the page gives the record; in the utility bar the card
 * follows the record the agent has open (CurrentPageReference, which Salesforce documents for
 * utilities in console and standard apps); a flow passes a key in.
 */
import { LightningElement, api, wire } from 'lwc';
import { getRecord } from 'lightning/uiRecordApi';
import { CurrentPageReference } from 'lightning/navigation';
import { EnclosingUtilityId } from 'lightning/platformUtilityBarApi';
import USER_ID from '@salesforce/user/Id';
import {
    LABELS,
    NEW_TAB_SUFFIX,
    RUNNING_USER_AUDIENCE,
    USER_FIELDS,
    USER_OPTIONAL_FIELDS,
    announceAgain,
    formatLabel,
    logSession,
    planLinks,
    runningUserFromRecord,
    settingMessages,
    userUnreadableNotice,
    wireErrorMessage,
    type CardMessage,
    type LinkPlan,
    type OpenedLink,
    type SettingMessages
} from 'c/glanceStu';

const NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;

/** The session-key field as an admin wrote it: `Field__c`, or `Object.Field__c` for one object. */
interface SessionKeyFieldSetting {
    objectName: string | null;
    fieldName: string;
}

/** The record whose session-key field the card reads. */
interface RecordContext {
    recordId: string;
    objectApiName: string;
    /** true in the utility bar, where the record is whichever one the agent has open */
    followed: boolean;
}

export default class GlanceStuLauncher extends LightningElement {
    @api recordId: string | undefined;
    @api objectApiName: string | undefined;

    // App Builder and Flow Builder properties (see glanceStuLauncher.js-meta.xml). Picklists
    // default to "settings": use Glance Settings. Flags default to false, as the platform requires,
    // so each is named for the non-default behaviour; either the flag or Glance Settings turns it
    // on. A flow passes null for an input the admin left unset; it then falls back like a blank.
    @api cardTitle: string | null | undefined;
    // Literal 'settings' (USE_GLANCE_SETTINGS), so verify:metadata can match js-meta.xml's defaults.
    @api ssoType: string | null = 'settings';
    @api ssoValue: string | null | undefined;
    @api orgIdLength: string | null = 'settings';
    @api joinMode: string | null = 'settings';
    @api viewerSameWindow: boolean | null = false;
    @api hideIdentity: boolean | null = false;
    @api sessionKeyField: string | null | undefined;
    @api hideAccountLinks: boolean | null = false;
    @api logSessions: boolean | null = false;
    /** Flow screens only: a session key to put in the key box, as a guided flow collected it. */
    @api sessionKey: string | null | undefined;
    /** Set by the flow runtime on flow-screen components only: tells the card it is in a flow. */
    @api availableActions: string[] | undefined;

    labels = LABELS;
    newTabSuffix = NEW_TAB_SUFFIX;
    /** What the last Copy did, announced politely, again on each Copy; blank until the admin copies. */
    copyStatus = '';
    /** Why the last opened session was not logged; cleared by the next successful log. */
    logError: string | null = null;
    userResult: WireResult<UiRecord> | undefined;
    recordResult: WireResult<UiRecord> | undefined;
    pageReference: PageReference | undefined;
    utilityId: string | null | undefined;

    @wire(getRecord, { recordId: USER_ID, fields: USER_FIELDS, optionalFields: USER_OPTIONAL_FIELDS })
    wiredUser(result: WireResult<UiRecord>): void {
        this.userResult = result;
    }

    /** The utility bar gives no recordId: the page reference says which record is open. */
    @wire(CurrentPageReference)
    wiredPageReference(pageReference: PageReference | undefined): void {
        const before = this.recordContext?.recordId;
        this.pageReference = pageReference;
        if (this.recordContext?.recordId !== before) {
            // The last record's key must not show while the next record loads.
            this.recordResult = undefined;
        }
    }

    @wire(EnclosingUtilityId)
    wiredUtilityId(utilityId: string | null | undefined): void {
        this.utilityId = utilityId;
    }

    // Runs only while sessionKeyRecordId is defined: when a session-key field applies to a record.
    @wire(getRecord, {
        recordId: '$sessionKeyRecordId',
        fields: '$recordIdFields',
        optionalFields: '$sessionKeyFields'
    })
    wiredRecord(result: WireResult<UiRecord>): void {
        this.recordResult = result;
    }

    /** Where the card sits decides its frame: the utility panel and the flow screen bring a title. */
    get inUtilityBar(): boolean {
        return !!this.utilityId;
    }

    get inFlow(): boolean {
        return Array.isArray(this.availableActions);
    }

    get showsCardHeader(): boolean {
        return !this.inUtilityBar && !this.inFlow;
    }

    /** In the utility bar and a flow screen the card has no h2 of its own, so its sections' headings are h2. */
    get topLevelHeadings(): boolean {
        return !this.showsCardHeader;
    }

    get containerClass(): string {
        return this.showsCardHeader ? 'slds-card' : '';
    }

    get bodyClass(): string {
        return this.showsCardHeader ? 'slds-card__body slds-card__body_inner' : 'slds-p-around_x-small';
    }

    /** The page's own record, or in the utility bar the record page the agent has open. */
    get recordContext(): RecordContext | null {
        if (this.recordId) {
            return this.objectApiName
                ? { recordId: this.recordId, objectApiName: this.objectApiName, followed: false }
                : null;
        }
        const page = this.pageReference;
        const recordId = page?.type === 'standard__recordPage' ? page.attributes?.recordId : undefined;
        const objectApiName = page?.attributes?.objectApiName;
        return recordId && objectApiName ? { recordId, objectApiName, followed: true } : null;
    }

    /** The configured field, or null when blank or not a field name at all. */
    get sessionKeyFieldSetting(): SessionKeyFieldSetting | null {
        const configured = this.sessionKeyField?.trim() ?? '';
        const [objectName, fieldName] = configured.includes('.') ? configured.split('.', 2) : [null, configured];
        const valid = NAME_PATTERN.test(fieldName) && (objectName === null || NAME_PATTERN.test(objectName));
        return valid ? { objectName, fieldName } : null;
    }

    /** The field to read from this record: named for its object or for any. */
    get sessionKeyFieldName(): string | null {
        const setting = this.sessionKeyFieldSetting;
        const objectApiName = this.recordContext?.objectApiName.toLowerCase();
        const forThisObject = !setting?.objectName || setting.objectName.toLowerCase() === objectApiName;
        return setting && objectApiName && forThisObject ? setting.fieldName : null;
    }

    get readsRecordSessionKey(): boolean {
        return this.sessionKeyFieldName !== null;
    }

    get sessionKeyRecordId(): string | undefined {
        return this.readsRecordSessionKey ? this.recordContext?.recordId : undefined;
    }

    get recordIdFields(): string[] {
        return [`${this.recordContext?.objectApiName}.Id`];
    }

    get sessionKeyFields(): string[] {
        return [`${this.recordContext?.objectApiName}.${this.sessionKeyFieldName}`];
    }

    /**
     * Waits for the page's record once. A followed record changes under the agent, so the card
     * never blanks for it: the key box keeps what the agent typed and fills in when the record comes.
     */
    get isLoading(): boolean {
        const pending = (result: WireResult<UiRecord> | undefined) => !result?.data && !result?.error;
        const waitsForRecord = this.readsRecordSessionKey && !this.recordContext?.followed;
        return pending(this.userResult) || (waitsForRecord && pending(this.recordResult));
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
                hideIdentity: this.hideIdentity,
                logSessions: this.logSessions
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

    /** The key a flow passed in; null or blank from the flow leaves the box to the agent. */
    get flowSessionKey(): string | null {
        return typeof this.sessionKey === 'string' && this.sessionKey.trim() ? this.sessionKey : null;
    }

    /** Things the agent should know: the card still works, with less. */
    get notices(): CardMessage[] {
        const notices: CardMessage[] = [];
        if (this.userResult?.error) {
            notices.push(userUnreadableNotice(wireErrorMessage(this.userResult.error), this.plan));
        } else if (this.plan.settings.hideIdentity) {
            notices.push({ key: 'identity-hidden', text: LABELS.identityHidden });
        }
        if (this.readsRecordSessionKey && this.recordResult?.error) {
            notices.push({
                key: 'record',
                text: formatLabel(LABELS.recordUnreadable, wireErrorMessage(this.recordResult.error))
            });
        }
        return [...notices, ...this.settingMessages.notices];
    }

    /** Configuration to fix: for admins each problem, naming the property or field; for agents a notice. */
    get settingMessages(): SettingMessages {
        const sessionKeyProblem = this.sessionKeyFieldProblem;
        const other = sessionKeyProblem ? [{ key: 'session-key-field', text: sessionKeyProblem }] : [];
        return settingMessages(RUNNING_USER_AUDIENCE, this.plan, !!this.userResult?.error, other);
    }

    get problems(): CardMessage[] {
        return this.settingMessages.problems;
    }

    /**
     * A field name that cannot be one is always reported. On a record page the field must be on
     * the page's object. In the utility bar records of other objects lack it by nature, so only a
     * field named for the open record's object (`Case.Field__c`) is reported when missing.
     */
    get sessionKeyFieldProblem(): string | null {
        const configured = this.sessionKeyField?.trim();
        const setting = this.sessionKeyFieldSetting;
        const context = this.recordContext;
        if (!configured || (setting && !context)) {
            return null;
        }
        const missing = formatLabel(LABELS.problemSessionKeyFieldMissing, LABELS.propertySessionKeyField, configured);
        if (!setting) {
            return missing;
        }
        if (!this.readsRecordSessionKey) {
            return context?.followed ? null : missing;
        }
        const recordArrived = this.recordResult?.data !== undefined;
        const expected = !context?.followed || setting.objectName !== null;
        return expected && recordArrived && this.sessionKeyFieldValue === undefined ? missing : null;
    }

    get showAccountLinks(): boolean {
        return RUNNING_USER_AUDIENCE === 'admin' && !this.hideAccountLinks && this.accountLinkItems.length > 0;
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

    /** The link has opened already; the Task follows it, on the record the agent works on. */
    async handleLinkOpen(event: CustomEvent<OpenedLink>): Promise<void> {
        this.logError = await logSession(event.detail, this.recordContext, this.plan.settings, this);
    }

    /** Copies the identifier; where the browser refuses, selects it so Ctrl+C / Cmd+C copies it. */
    async handleCopyIdentifier(): Promise<void> {
        const identifier = this.accountIdentifier ?? '';
        try {
            if (!navigator.clipboard) {
                throw new Error('The clipboard is not available here');
            }
            await navigator.clipboard.writeText(identifier);
            this.copyStatus = announceAgain(this.copyStatus, LABELS.copied);
        } catch {
            this.accountIdentifierInput?.focus();
            this.accountIdentifierInput?.select();
            this.copyStatus = announceAgain(this.copyStatus, LABELS.copyManually);
        }
    }
}
