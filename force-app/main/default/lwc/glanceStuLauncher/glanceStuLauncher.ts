/*
 * The Glance card, one component for every surface: record pages of any object, App and Home
 * pages, a console's utility bar and flow screens. Join, a session-key box with View, and for
 * admins the SSO account links and the identifier to give Glance. On a record page the page gives
 * the record; in the utility bar the card follows the record the agent has open; a flow passes a
 * key in. Why each of these works as it does: docs/design.md.
 */
import { api, wire } from 'lwc';
import { CurrentPageReference } from 'lightning/navigation';
import { EnclosingUtilityId } from 'lightning/platformUtilityBarApi';
import {
    CardElement,
    LABELS,
    NEW_TAB_SUFFIX,
    RUNNING_USER_AUDIENCE,
    announceAgain,
    logSession,
    recordContextOf,
    type OpenedLink,
    type Placement,
    type RecordContext
} from 'c/glanceStu';

export default class GlanceStuLauncher extends CardElement {
    // What differs by page (glanceStuLauncher.js-meta.xml); everything else is Glance Settings'. A
    // flow passes null for an input the admin left unset, which counts as blank.
    @api cardTitle: string | null | undefined;
    @api sessionKeyField: string | null | undefined;
    @api joinMode: string | null | undefined;
    @api hideAccountLinks: boolean | null = false;
    /** Flow screens only: a session key to put in the key box, as a guided flow collected it. */
    @api sessionKey: string | null | undefined;
    /** Set by the conversation card: the key the customer sent or said, for the key box. */
    @api heardSessionKey: string | null | undefined;
    /** Set by the flow runtime on flow-screen components only: tells the card it is in a flow. */
    @api availableActions: string[] | undefined;

    labels = LABELS;
    newTabSuffix = NEW_TAB_SUFFIX;
    /** What the last Copy did, announced politely, again on each Copy; blank until the admin copies. */
    copyStatus = '';
    /** Why the last opened session was not logged; cleared by the next successful log. */
    logError: string | null = null;
    pageReference: PageReference | undefined;
    utilityId: string | null | undefined;

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

    /** The card's own Agent Join Mode and Session Key Field win over Glance Settings'. */
    override get placement(): Placement {
        return this;
    }

    /** The utility panel and a flow screen bring their own title; there the sections' headings are h2. */
    get showsCardHeader(): boolean {
        return !this.utilityId && !Array.isArray(this.availableActions);
    }

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
    override get recordContext(): RecordContext | null {
        return recordContextOf(this.recordId, this.objectApiName, this.pageReference);
    }

    /** What the agent types in the key box belongs to the record it was typed on. */
    get keyScope(): string | null {
        return this.recordContext?.recordId ?? null;
    }

    get heading(): string {
        return this.cardTitle?.trim() || LABELS.cardTitle;
    }

    get showAccountLinks(): boolean {
        return RUNNING_USER_AUDIENCE === 'admin' && !this.hideAccountLinks && this.accountLinkItems.length > 0;
    }

    /** The admin links, in the order Glance's documentation lists them. */
    get accountLinkItems(): { stu: string; href: string; label: string }[] {
        const links = this.state.plan.accountLinks;
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
        const sso = this.state.plan.sso;
        return sso?.kind === 'idptoken' ? sso.value : null;
    }

    /**
     * The link has opened already; the Task follows it, on the record the agent works on. Once the
     * agent has moved to another record (the utility bar), nothing is logged.
     */
    async handleLinkOpen(event: CustomEvent<OpenedLink>): Promise<void> {
        const { settings } = this.state.plan;
        const openedOn = this.recordContext?.recordId;
        const here = (): boolean => this.recordContext?.recordId === openedOn;
        const record = settings.logSessions
            ? await this.logWait.until(() => (here() ? this.state.loggedRecord : null))
            : null;
        this.logError = await logSession(event.detail, record, settings, this);
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
            const input = this.template?.querySelector<HTMLInputElement>('input[data-stu="account-identifier"]');
            input?.focus();
            input?.select();
            this.copyStatus = announceAgain(this.copyStatus, LABELS.copyManually);
        }
    }
}
