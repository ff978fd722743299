/*
 * The Glance launcher, one component for every surface: record pages of any object, App and Home
 * pages, a console's utility bar and flow screens. Join, a session-key box with View, and for
 * admins the SSO account links and the identifier to give Glance. Apex-free: one getRecord on the
 * running user (with their Glance Settings), and one on the record only when a session-key field
 * applies to it (glanceStu/sessionKeyField.ts). On a record page the page gives the record; in the
 * utility bar the card follows the record the agent has open (CurrentPageReference, which
 * Salesforce documents for utilities in console and standard apps); a flow passes a key in.
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
    cardMessages,
    logSession,
    linkPlanner,
    recordContextOf,
    sessionKeyFieldState,
    sessionKeyRequest,
    type LinkPlan,
    type OpenedLink,
    type RecordContext,
    type SessionKeyFieldState,
    type SessionKeyRequest,
    type SettingMessages
} from 'c/glanceStu';

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
    @api waitForSession: boolean | null = false;
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
    /** Getters read the plan several times a render: it is built once per change of its inputs. */
    planFor = linkPlanner();

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

    // Runs only while a session-key field applies to a record (placement's, else Glance Settings').
    @wire(getRecord, {
        recordId: '$keyRequest.recordId',
        fields: '$keyRequest.fields',
        optionalFields: '$keyRequest.optionalFields'
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
        return recordContextOf(this.recordId, this.objectApiName, this.pageReference);
    }

    get keyRequest(): SessionKeyRequest | undefined {
        return sessionKeyRequest(this.plan.settings, this.recordContext);
    }

    get keyField(): SessionKeyFieldState {
        return sessionKeyFieldState(this.plan.settings, this.recordContext, this.recordResult);
    }

    get isLoading(): boolean {
        return (!this.userResult?.data && !this.userResult?.error) || this.keyField.waiting;
    }

    get heading(): string {
        return this.cardTitle?.trim() || LABELS.cardTitle;
    }

    /** The card's properties are the placement's LinkSettings, by the same names. */
    get plan(): LinkPlan {
        return this.planFor(this, this.userResult?.data);
    }

    /** The key a flow passed in; null or blank from the flow leaves the box to the agent. */
    get flowSessionKey(): string | null {
        return typeof this.sessionKey === 'string' && this.sessionKey.trim() ? this.sessionKey : null;
    }

    /** Configuration to fix (admins) and what still works with less (everyone). */
    get messages(): SettingMessages {
        return cardMessages(RUNNING_USER_AUDIENCE, this.plan, this.userResult?.error, this.keyField);
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
        } catch (ignored) {
            this.accountIdentifierInput?.focus();
            this.accountIdentifierInput?.select();
            this.copyStatus = announceAgain(this.copyStatus, LABELS.copyManually);
        }
    }
}
