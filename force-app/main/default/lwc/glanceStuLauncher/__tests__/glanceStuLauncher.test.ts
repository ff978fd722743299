import { createElement } from 'lwc';
import GlanceStuLauncher from 'c/glanceStuLauncher';
import { getRecord } from 'lightning/uiRecordApi';
import { CurrentPageReference } from 'lightning/navigation';
import { EnclosingUtilityId } from 'lightning/platformUtilityBarApi';
import { LABELS, USER_FIELDS, USER_OPTIONAL_FIELDS, formatLabel } from 'c/glanceStu';
import {
    asTestWireAdapter,
    childShadow,
    flushRendering as flush,
    liveWireConfigs,
    resetDom,
    shadowOf,
    typeSessionKey as typeInto,
    watchSessionKeyError,
    type WireConfig
} from '../../../../../test/jest-utils/lwcTestUtils';
import { uiApiReadError } from '../../../../../test/jest-utils/uiApi';

jest.mock('@salesforce/userPermission/CustomizeApplication', () => ({ __esModule: true, default: true }), {
    virtual: true
});

/* eslint-disable @typescript-eslint/no-require-imports */
const runningUser = require('../../../../../test/jest-data/runningUser.json');
const runningUserPhoneHidden = require('../../../../../test/jest-data/runningUserPhoneHidden.json');
const runningUserOrgIdHidden = require('../../../../../test/jest-data/runningUserOrgIdHidden.json');
const runningUserGlanceSettings = require('../../../../../test/jest-data/runningUserGlanceSettings.json');
const runningUserBadGlanceSettings = require('../../../../../test/jest-data/runningUserBadGlanceSettings.json');
const caseWithSessionKey = require('./data/caseWithSessionKey.json');
const caseWithBadSessionKey = require('./data/caseWithBadSessionKey.json');
const caseWithoutSessionKeyField = require('./data/caseWithoutSessionKeyField.json');
const leadWithSessionKey = require('./data/leadWithSessionKey.json');
const accountWithoutSessionKeyField = require('./data/accountWithoutSessionKeyField.json');
const pageReferences = require('./data/pageReferences.json');
const userReadError = require('../../../../../test/jest-data/userReadError.json');
const runningUserVisitorId = require('../../../../../test/jest-data/runningUserVisitorId.json');
const caseWithContactVisitorId = require('../../../../../test/jest-data/caseWithContactVisitorId.json');
/* eslint-enable @typescript-eslint/no-require-imports */

const getRecordAdapter = asTestWireAdapter(getRecord);
const pageReferenceAdapter = asTestWireAdapter(CurrentPageReference);
const utilityIdAdapter = asTestWireAdapter(EnclosingUtilityId);

const USER_ID = '005000000000000000';
const CASE_ID = '500000000000001AAA';
const LEAD_ID = '00Q000000000001AAA';
const ACCOUNT_ID = '001000000000001AAA';
const ORG_ID_15 = '00D5g000004ABCD';
const ORG_ID_18 = '00D5g000004ABCDEAU';
const JOIN = 'https://www.glance.net/agentjoin/AgentJoin.aspx';
const IDENTITY: [string, string][] = [
    ['name', 'Ada Lovelace'],
    ['email', 'ada@example.com'],
    ['phone', '+1 (555) 010-0100']
];

// null is what a flow passes for an input the admin left unset.
type LauncherProps = Partial<{
    recordId: string;
    objectApiName: string;
    cardTitle: string | null;
    ssoType: string | null;
    ssoValue: string | null;
    orgIdLength: string | null;
    joinMode: string | null;
    viewerSameWindow: boolean | null;
    hideIdentity: boolean | null;
    waitForSession: boolean | null;
    sessionKeyField: string | null;
    hideAccountLinks: boolean | null;
    sessionKey: string | null;
    availableActions: string[];
}>;

const ON_CASE: LauncherProps = { recordId: CASE_ID, objectApiName: 'Case' };

function mount(props: LauncherProps = ON_CASE): HTMLElement {
    const element = createElement('c-glance-stu-launcher', { is: GlanceStuLauncher });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

const isUserWire = (config: WireConfig) => config.recordId === USER_ID;
const isRecordWire = (config: WireConfig) => config.recordId === CASE_ID;

async function emitUser(record: unknown = runningUser): Promise<void> {
    getRecordAdapter.emit(record, isUserWire);
    await flush();
}

async function failUser(): Promise<void> {
    getRecordAdapter.emitError(userReadError, isUserWire);
    await flush();
}

async function emitRecord(record: unknown): Promise<void> {
    getRecordAdapter.emit(record, isRecordWire);
    await flush();
}

function wireConfigs(): WireConfig[] {
    return liveWireConfigs(getRecordAdapter);
}

const root = shadowOf;
const linksRoot = (element: HTMLElement) => childShadow(element, 'c-glance-stu-links');
const messagesRoot = (element: HTMLElement) => childShadow(element, 'c-glance-stu-messages');

function link(element: HTMLElement, stu: string): HTMLAnchorElement | null {
    const inLinks = root(element)
        .querySelector('c-glance-stu-links')
        ?.shadowRoot?.querySelector(`a[data-stu="${stu}"]`);
    return (inLinks ?? root(element).querySelector(`a[data-stu="${stu}"]`)) as HTMLAnchorElement | null;
}

function hrefOf(element: HTMLElement, stu: string): string {
    const anchor = link(element, stu);
    if (!anchor) {
        throw new Error(`no a[data-stu="${stu}"]`);
    }
    return anchor.getAttribute('href') ?? '';
}

function paramsOf(element: HTMLElement, stu: string): [string, string][] {
    return [...new URL(hrefOf(element, stu)).searchParams.entries()];
}

function problemTexts(element: HTMLElement): string[] {
    return [...messagesRoot(element).querySelectorAll('[data-problem]')].map((node) => node.textContent?.trim() ?? '');
}

function noticeTexts(element: HTMLElement): string[] {
    return [...messagesRoot(element).querySelectorAll('[data-notice]')].map((node) => node.textContent?.trim() ?? '');
}

function typeSessionKey(element: HTMLElement, value: string): Promise<HTMLInputElement> {
    return typeInto(linksRoot(element), value);
}

afterEach(() => {
    resetDom();
    jest.clearAllMocks();
});

describe('c-glance-stu-launcher wires', () => {
    it('reads the running user once, with the fields every Glance component reads', () => {
        mount();
        const configs = wireConfigs();
        expect(configs.filter(isUserWire)).toEqual([
            { recordId: USER_ID, fields: USER_FIELDS, optionalFields: USER_OPTIONAL_FIELDS }
        ]);
    });

    it('does not read the page record when no session-key field is set', async () => {
        mount();
        await flush();
        expect(wireConfigs().filter((config) => config.recordId !== USER_ID && config.recordId !== undefined)).toEqual(
            []
        );
    });

    it('reads the page record with only the session-key field, optional, when one is set', async () => {
        mount({ ...ON_CASE, sessionKeyField: 'Glance_Session_Key__c' });
        await flush();
        expect(wireConfigs().filter(isRecordWire)).toEqual([
            { recordId: CASE_ID, fields: ['Case.Id'], optionalFields: ['Case.Glance_Session_Key__c'] }
        ]);
    });
});

describe('c-glance-stu-launcher loading', () => {
    it('shows a spinner and no links until the user record arrives', async () => {
        const element = mount();
        await flush();
        const spinner = root(element).querySelector('lightning-spinner') as unknown as { alternativeText: string };
        expect(spinner.alternativeText).toBe(LABELS.loading);
        expect(root(element).querySelector('c-glance-stu-links')).toBeNull();
        expect(root(element).querySelectorAll('a').length).toBe(0);
        await expect(element).toBeAccessible();
        await emitUser();
        expect(root(element).querySelector('lightning-spinner')).toBeNull();
        expect(link(element, 'join')).not.toBeNull();
    });

    it('keeps the spinner until the page record arrives when it reads a session key', async () => {
        const element = mount({ ...ON_CASE, sessionKeyField: 'Glance_Session_Key__c' });
        await emitUser();
        expect(root(element).querySelector('lightning-spinner')).not.toBeNull();
        expect(link(element, 'join')).toBeNull();
        await emitRecord(caseWithSessionKey);
        expect(root(element).querySelector('lightning-spinner')).toBeNull();
        expect(link(element, 'view')).not.toBeNull();
    });
});

describe('c-glance-stu-launcher Join link', () => {
    it('carries the 15-character org ID as idptoken and the agent identity by default', async () => {
        const element = mount();
        await emitUser();
        expect(hrefOf(element, 'join')).toBe(
            `${JOIN}?idptoken=${ORG_ID_15}&name=Ada+Lovelace&email=ada@example.com&phone=%2B1+(555)+010-0100`
        );
        expect(problemTexts(element)).toEqual([]);
        await expect(element).toBeAccessible();
    });

    it('uses the 18-character org ID when orgIdLength is 18', async () => {
        const element = mount({ ...ON_CASE, orgIdLength: '18' });
        await emitUser();
        expect(paramsOf(element, 'join')[0]).toEqual(['idptoken', ORG_ID_18]);
    });

    it.each([
        ['idptoken', 'acme-saml', ['idptoken', 'acme-saml']],
        ['idpid', ' 12345 ', ['idpid', '12345']],
        ['idpname', 'Acme Support', ['idpname', 'Acme Support']],
        ['idpusername', 'ada.glance.net', ['idpusername', 'ada.glance.net']]
    ])('carries ssoType %s with ssoValue %j', async (ssoType, ssoValue, expected) => {
        const element = mount({ ...ON_CASE, ssoType, ssoValue });
        await emitUser();
        expect(paramsOf(element, 'join')).toEqual([expected, ...IDENTITY]);
    });

    it('carries no SSO identifier when ssoType is none', async () => {
        const element = mount({ ...ON_CASE, ssoType: 'none', ssoValue: '12345' });
        await emitUser();
        expect(paramsOf(element, 'join')).toEqual(IDENTITY);
    });

    it('adds the Join controls: mode and viewersamewindow', async () => {
        const element = mount({ ...ON_CASE, joinMode: 'chatinvitation', viewerSameWindow: true, ssoType: 'none' });
        await emitUser();
        expect(paramsOf(element, 'join')).toEqual([...IDENTITY, ['viewersamewindow', '1'], ['mode', 'chatinvitation']]);
    });

    it('leaves identity off and says so when hideIdentity is set', async () => {
        const element = mount({ ...ON_CASE, hideIdentity: true });
        await emitUser();
        expect(paramsOf(element, 'join')).toEqual([['idptoken', ORG_ID_15]]);
        expect(linksRoot(element).querySelector('[data-stu="identity"]')).toBeNull();
        expect(noticeTexts(element)).toEqual([LABELS.identityHidden]);
        await expect(element).toBeAccessible();
    });

    it('shows the agent what the customer will see', async () => {
        const element = mount();
        await emitUser();
        expect(linksRoot(element).querySelector('[data-stu="identity"]')?.textContent).toBe(
            formatLabel(LABELS.identityPreview, 'Ada Lovelace, ada@example.com, +1 (555) 010-0100')
        );
    });

    it('leaves out an email that is blank and a phone hidden by field-level security', async () => {
        const element = mount();
        await emitUser(runningUserPhoneHidden);
        expect(paramsOf(element, 'join')).toEqual([
            ['idptoken', ORG_ID_15],
            ['name', 'Ada Lovelace']
        ]);
        expect(linksRoot(element).querySelector('[data-stu="identity"]')?.textContent).toBe(
            formatLabel(LABELS.identityPreview, 'Ada Lovelace')
        );
        expect(problemTexts(element)).toEqual([]);
        await expect(element).toBeAccessible();
    });

    it('opens every link in a new tab without an opener, with a readable name', async () => {
        const element = mount();
        await emitUser();
        await typeSessionKey(element, '1234');
        const anchors = [
            ...root(element).querySelectorAll('a'),
            ...linksRoot(element).querySelectorAll('a')
        ] as HTMLAnchorElement[];
        expect(anchors.map((anchor) => anchor.dataset.stu).sort()).toEqual([
            'account',
            'join',
            'login-key',
            'saml-test',
            'view'
        ]);
        for (const anchor of anchors) {
            expect(anchor.getAttribute('target')).toBe('_blank');
            expect(anchor.getAttribute('rel')).toBe('noopener noreferrer');
            expect(anchor.classList.contains('slds-button')).toBe(true);
            expect(anchor.textContent?.trim().endsWith(LABELS.opensInNewTab)).toBe(true);
        }
    });
});

describe('c-glance-stu-launcher card', () => {
    it('titles the card from the cardTitle label by default, or the cardTitle property', async () => {
        const element = mount();
        await emitUser();
        const title = () => root(element).querySelector('.slds-card__header-title')?.textContent?.trim();
        expect(title()).toBe(LABELS.cardTitle);
        Object.assign(element, { cardTitle: '  Cobrowse  ' });
        await flush();
        expect(title()).toBe('Cobrowse');
    });
});

describe('c-glance-stu-launcher session key', () => {
    it('gives a View link for a typed key, with the SSO identifier and identity', async () => {
        const element = mount();
        await emitUser();
        expect(link(element, 'view')).toBeNull();
        expect(linksRoot(element).querySelector('[data-stu="view-unavailable"]')).not.toBeNull();
        const shownError = watchSessionKeyError();
        await typeSessionKey(element, '  4821 ');
        expect(hrefOf(element, 'view')).toBe(
            `https://www.glance.net/agentjoin/AgentView.aspx?idptoken=${ORG_ID_15}&SessionKey=4821` +
                '&name=Ada+Lovelace&email=ada@example.com&phone=%2B1+(555)+010-0100'
        );
        expect(shownError()).toBe('');
        await expect(element).toBeAccessible();
    });

    it('explains an invalid key, gives no View link and keeps what the agent typed', async () => {
        const element = mount();
        await emitUser();
        const shownError = watchSessionKeyError();
        const input = await typeSessionKey(element, '48 21&x');
        expect(link(element, 'view')).toBeNull();
        expect(shownError()).toBe(LABELS.sessionKeyInvalid);
        expect(input.value).toBe('48 21&x');
        expect(link(element, 'join')).not.toBeNull();
        await expect(element).toBeAccessible();
        await typeSessionKey(element, '4821');
        expect(shownError()).toBe('');
        expect(paramsOf(element, 'view')).toContainEqual(['SessionKey', '4821']);
    });

    it('shows no message and no View link when the box is emptied', async () => {
        const element = mount();
        await emitUser();
        const shownError = watchSessionKeyError();
        await typeSessionKey(element, '4821&');
        await typeSessionKey(element, '   ');
        expect(link(element, 'view')).toBeNull();
        expect(shownError()).toBe('');
    });

    it('fills the key box from the record field and links to View', async () => {
        const element = mount({ ...ON_CASE, sessionKeyField: 'Glance_Session_Key__c' });
        await emitUser();
        await emitRecord(caseWithSessionKey);
        const input = linksRoot(element).querySelector('lightning-input') as HTMLInputElement;
        expect(input.value).toBe('4821');
        expect(paramsOf(element, 'view')).toContainEqual(['SessionKey', '4821']);
        expect(problemTexts(element)).toEqual([]);
        await expect(element).toBeAccessible();
    });

    it.each(['Case.Glance_Session_Key__c', 'glance_session_key__c'])(
        'accepts the field written as %s',
        async (sessionKeyField) => {
            const element = mount({ ...ON_CASE, sessionKeyField });
            await emitUser();
            await emitRecord(caseWithSessionKey);
            expect(paramsOf(element, 'view')).toContainEqual(['SessionKey', '4821']);
        }
    );

    it('lets a typed key replace the record key', async () => {
        const element = mount({ ...ON_CASE, sessionKeyField: 'Glance_Session_Key__c' });
        await emitUser();
        await emitRecord(caseWithSessionKey);
        await typeSessionKey(element, '9999');
        expect(paramsOf(element, 'view')).toContainEqual(['SessionKey', '9999']);
    });

    it('explains an invalid key read from the record', async () => {
        const element = mount({ ...ON_CASE, sessionKeyField: 'Glance_Session_Key__c' });
        await emitUser();
        const shownError = watchSessionKeyError();
        await emitRecord(caseWithBadSessionKey);
        expect(link(element, 'view')).toBeNull();
        expect(shownError()).toBe(formatLabel(LABELS.recordSessionKeyInvalid, '48#21'));
        await expect(element).toBeAccessible();
    });

    it('tells the agent when the record cannot be read, and the key box still works', async () => {
        const element = mount({ ...ON_CASE, sessionKeyField: 'Glance_Session_Key__c' });
        await emitUser();
        getRecordAdapter.emitError(uiApiReadError(404, 'ENTITY_IS_DELETED', 'Record deleted'), isRecordWire);
        await flush();
        expect(noticeTexts(element)).toEqual([formatLabel(LABELS.recordUnreadable, 'Record deleted')]);
        await typeSessionKey(element, '4821');
        expect(link(element, 'view')).not.toBeNull();
        await expect(element).toBeAccessible();
    });
});

describe('c-glance-stu-launcher account links for admins', () => {
    it('links to account management, login key and SAML troubleshooting with the SSO identifier', async () => {
        const element = mount();
        await emitUser();
        const sso = `idptoken=${ORG_ID_15}`;
        expect(hrefOf(element, 'account')).toBe(
            `https://www.glance.net/account/GetLoginKey.aspx?sso=1&${sso}&redirect=/account/AccountSummary.aspx`
        );
        expect(hrefOf(element, 'login-key')).toBe(`https://www.glance.net/account/GetLoginKey.aspx?sso=1&${sso}`);
        expect(hrefOf(element, 'saml-test')).toBe(
            `https://www.glance.net/account/GetLoginKey.aspx?sso=1&test=11&${sso}`
        );
    });

    it('hides them when hideAccountLinks is set', async () => {
        const element = mount({ ...ON_CASE, hideAccountLinks: true });
        await emitUser();
        expect(root(element).querySelector('[data-stu="account-links"]')).toBeNull();
        expect(link(element, 'join')).not.toBeNull();
    });

    it('hides them when no SSO identifier is known', async () => {
        const element = mount({ ...ON_CASE, ssoType: 'none' });
        await emitUser();
        expect(root(element).querySelector('[data-stu="account-links"]')).toBeNull();
    });
});

describe('c-glance-stu-launcher when data is missing', () => {
    it('still offers Join, without identity or SSO, when the user record cannot be read', async () => {
        const element = mount();
        await failUser();
        expect(hrefOf(element, 'join')).toBe(JOIN);
        expect(noticeTexts(element)).toEqual([
            formatLabel(LABELS.userUnreadable, "You don't have access to this record.")
        ]);
        expect(problemTexts(element)).toEqual([]);
        expect(linksRoot(element).querySelector('[data-stu="identity"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('keeps an SSO identifier that does not need the user record', async () => {
        const element = mount({ ...ON_CASE, ssoType: 'idpid', ssoValue: '12345' });
        await failUser();
        expect(hrefOf(element, 'join')).toBe(`${JOIN}?idpid=12345`);
    });

    it('falls back to non-SSO links and names the permission set when the org ID is unreadable', async () => {
        const element = mount();
        await emitUser(runningUserOrgIdHidden);
        expect(paramsOf(element, 'join')).toEqual(IDENTITY.slice(0, 2));
        expect(problemTexts(element)).toEqual([
            formatLabel(LABELS.problemOrgIdUnreadable, LABELS.settingFieldSsoValue)
        ]);
        expect(root(element).querySelector('[data-stu="account-links"]')).toBeNull();
        await expect(element).toBeAccessible();
    });
});

describe('c-glance-stu-launcher bad configuration', () => {
    it.each([
        [{ ssoType: 'idpid', ssoValue: 'abc' }, formatLabel(LABELS.problemGroupIdNotNumeric, LABELS.propertySsoValue)],
        [{ ssoType: 'idpid', ssoValue: '  ' }, formatLabel(LABELS.problemSsoValueMissing, LABELS.propertySsoValue)],
        [
            { ssoType: 'idpusername', ssoValue: 'ada glance.net' },
            formatLabel(LABELS.problemSsoValueHasSpaces, LABELS.propertySsoValue)
        ],
        [{ ssoType: 'saml' }, formatLabel(LABELS.problemSsoTypeUnknown, LABELS.propertySsoType)]
    ])('reports %j and keeps Join working without SSO', async (props, message) => {
        const element = mount({ ...ON_CASE, ...props });
        await emitUser();
        expect(problemTexts(element)).toEqual([message]);
        expect(paramsOf(element, 'join')).toEqual(IDENTITY);
        expect(root(element).querySelector('[data-stu="account-links"]')).toBeNull();
        await typeSessionKey(element, '4821');
        expect(paramsOf(element, 'view')).toEqual([['SessionKey', '4821'], ...IDENTITY]);
        await expect(element).toBeAccessible();
    });

    it('reports an unknown joinMode and joins without a mode', async () => {
        const element = mount({ ...ON_CASE, ssoType: 'none', joinMode: 'videocall' });
        await emitUser();
        expect(problemTexts(element)).toEqual([formatLabel(LABELS.problemJoinModeUnknown, LABELS.propertyJoinMode)]);
        expect(paramsOf(element, 'join')).toEqual(IDENTITY);
    });

    it('reports an orgIdLength other than 15 or 18 and uses 15', async () => {
        const element = mount({ ...ON_CASE, orgIdLength: '16' });
        await emitUser();
        expect(problemTexts(element)).toEqual([
            formatLabel(LABELS.problemOrgIdLengthUnknown, LABELS.propertyOrgIdLength)
        ]);
        expect(paramsOf(element, 'join')[0]).toEqual(['idptoken', ORG_ID_15]);
    });

    it('reports a sessionKeyField the record lacks', async () => {
        const element = mount({ ...ON_CASE, sessionKeyField: 'Glance_Key__c' });
        await emitUser();
        await emitRecord(caseWithoutSessionKeyField);
        expect(problemTexts(element)).toEqual([
            formatLabel(LABELS.problemSessionKeyFieldMissing, LABELS.propertySessionKeyField, 'Glance_Key__c')
        ]);
        await typeSessionKey(element, '4821');
        expect(link(element, 'view')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it.each(['Contact.Glance_Session_Key__c', 'Glance Session Key', 'Case.'])(
        'reports the unusable sessionKeyField %j without reading the record',
        async (sessionKeyField) => {
            const element = mount({ ...ON_CASE, sessionKeyField });
            await emitUser();
            expect(wireConfigs().filter(isRecordWire)).toEqual([]);
            expect(root(element).querySelector('lightning-spinner')).toBeNull();
            expect(problemTexts(element)).toEqual([
                formatLabel(LABELS.problemSessionKeyFieldMissing, LABELS.propertySessionKeyField, sessionKeyField)
            ]);
        }
    );

    it('reports a sessionKeyField that is not a field name even without a record', async () => {
        const element = mount({ sessionKeyField: 'Glance Session Key' });
        await emitUser();
        expect(problemTexts(element)).toEqual([
            formatLabel(LABELS.problemSessionKeyFieldMissing, LABELS.propertySessionKeyField, 'Glance Session Key')
        ]);
        expect(link(element, 'join')).not.toBeNull();
    });

    it('lists several problems at once', async () => {
        const element = mount({ ...ON_CASE, ssoType: 'idpid', ssoValue: 'x1', joinMode: 'bogus' });
        await emitUser();
        expect(problemTexts(element)).toHaveLength(2);
        expect(hrefOf(element, 'join')).toBe(
            `${JOIN}?name=Ada+Lovelace&email=ada@example.com&phone=%2B1+(555)+010-0100`
        );
    });
});

describe('c-glance-stu-launcher with Glance Settings', () => {
    it('defers every picklist property to Glance Settings by default', () => {
        const element = mount() as HTMLElement & LauncherProps;
        expect([element.ssoType, element.orgIdLength, element.joinMode]).toEqual(['settings', 'settings', 'settings']);
    });

    it("builds the links from the running user's Glance Settings when the properties defer to them", async () => {
        const element = mount();
        await emitUser(runningUserGlanceSettings);
        expect(problemTexts(element)).toEqual([]);
        expect(paramsOf(element, 'join')).toEqual([
            ['idpid', '67890'],
            ...IDENTITY,
            ['viewersamewindow', '1'],
            ['mode', 'universaljoin']
        ]);
        expect(hrefOf(element, 'login-key')).toBe('https://www.glance.net/account/GetLoginKey.aspx?sso=1&idpid=67890');
    });

    it("lets the placement's properties win over Glance Settings", async () => {
        const element = mount({ ...ON_CASE, ssoType: 'idptoken', orgIdLength: '18', joinMode: 'none' });
        await emitUser(runningUserGlanceSettings);
        expect(paramsOf(element, 'join')).toEqual([['idptoken', ORG_ID_18], ...IDENTITY, ['viewersamewindow', '1']]);
    });

    it('hides identity when Glance Settings turn it on, even with the property off', async () => {
        const hidden = JSON.parse(JSON.stringify(runningUser));
        hidden.fields.Glance_Hide_Identity__c.value = true;
        const element = mount();
        await emitUser(hidden);
        expect(paramsOf(element, 'join')).toEqual([['idptoken', ORG_ID_15]]);
        expect(noticeTexts(element)).toEqual([LABELS.identityHidden]);
    });

    it('names the Glance Settings field for a bad value from there, and the property for one set here', async () => {
        const fromSettings = mount();
        await emitUser(runningUserBadGlanceSettings);
        expect(problemTexts(fromSettings)).toEqual([
            formatLabel(LABELS.problemGroupIdNotNumeric, LABELS.settingFieldSsoValue)
        ]);
        expect(paramsOf(fromSettings, 'join')).toEqual(IDENTITY);
        await expect(fromSettings).toBeAccessible();
        resetDom();
        const fromPlacement = mount({ ...ON_CASE, ssoValue: '12b4' });
        await emitUser(runningUserBadGlanceSettings);
        expect(problemTexts(fromPlacement)).toEqual([
            formatLabel(LABELS.problemGroupIdNotNumeric, LABELS.propertySsoValue)
        ]);
    });
});

describe('c-glance-stu-launcher Unique Account Identifier for admins', () => {
    let writeText: jest.Mock;

    function identifierInput(element: HTMLElement): HTMLInputElement | null {
        return root(element).querySelector('input[data-stu="account-identifier"]');
    }

    async function clickCopy(element: HTMLElement): Promise<void> {
        root(element).querySelector('[data-stu="copy-account-identifier"]')?.dispatchEvent(new CustomEvent('click'));
        await flush();
    }

    function copyStatus(element: HTMLElement): string | undefined {
        return root(element).querySelector('[data-stu="copy-status"]')?.textContent?.trim();
    }

    beforeEach(() => {
        writeText = jest.fn();
        Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    });

    afterEach(() => {
        // jsdom has no clipboard; leave none behind for the next test.
        Reflect.deleteProperty(navigator, 'clipboard');
    });

    it.each([
        [{}, ORG_ID_15],
        [{ orgIdLength: '18' }, ORG_ID_18],
        [{ ssoValue: 'tenant-7' }, 'tenant-7']
    ])('shows the identifier the links send for %j, read-only and labelled', async (props, identifier) => {
        const element = mount({ ...ON_CASE, ...props });
        await emitUser();
        const input = identifierInput(element);
        expect(input?.value).toBe(identifier);
        expect(input?.readOnly).toBe(true);
        expect(paramsOf(element, 'join')[0]).toEqual(['idptoken', identifier]);
        expect(copyStatus(element)).toBe('');
        await expect(element).toBeAccessible();
    });

    it('shows no identifier field when the links send another kind of identifier', async () => {
        const element = mount();
        await emitUser(runningUserGlanceSettings);
        expect(root(element).querySelector('[data-stu="account-links"]')).not.toBeNull();
        expect(identifierInput(element)).toBeNull();
    });

    it('copies the identifier and says so', async () => {
        writeText.mockResolvedValue(undefined);
        const element = mount();
        await emitUser();
        await clickCopy(element);
        expect(writeText.mock.calls).toEqual([[ORG_ID_15]]);
        expect(copyStatus(element)).toBe(LABELS.copied);
        expect(root(element).querySelector('[data-stu="copy-status"]')?.getAttribute('aria-live')).toBe('polite');
        await expect(element).toBeAccessible();
    });

    it('selects the identifier and says to press Ctrl+C when the browser refuses to copy', async () => {
        writeText.mockRejectedValue(new DOMException('Write permission denied.', 'NotAllowedError'));
        const element = mount();
        await emitUser();
        const input = identifierInput(element) as HTMLInputElement;
        const select = jest.spyOn(input, 'select');
        await clickCopy(element);
        expect(select).toHaveBeenCalledTimes(1);
        expect(copyStatus(element)).toBe(LABELS.copyManually);
        expect(input.value).toBe(ORG_ID_15);
        await expect(element).toBeAccessible();
    });

    it('falls back to selecting when the page has no clipboard at all', async () => {
        Reflect.deleteProperty(navigator, 'clipboard');
        const element = mount();
        await emitUser();
        const select = jest.spyOn(identifierInput(element) as HTMLInputElement, 'select');
        await clickCopy(element);
        expect(select).toHaveBeenCalledTimes(1);
        expect(copyStatus(element)).toBe(LABELS.copyManually);
    });
});

const isWireFor = (recordId: string) => (config: WireConfig) => config.recordId === recordId;
/** Wires that would read a record other than the user; one without a recordId reads nothing. */
const recordWireConfigs = () =>
    wireConfigs().filter((config) => config.recordId !== USER_ID && config.recordId !== undefined);
const hasCardHeader = (element: HTMLElement) => root(element).querySelector('.slds-card__header') !== null;
const sessionKeyBox = (element: HTMLElement) =>
    linksRoot(element).querySelector('lightning-input[data-stu="session-key"]') as HTMLInputElement;

async function openPage(pageReference: unknown): Promise<void> {
    pageReferenceAdapter.emit(pageReference);
    await flush();
}

async function mountInUtilityBar(props: LauncherProps = {}): Promise<HTMLElement> {
    const element = mount(props);
    utilityIdAdapter.emit('utility-glance');
    await emitUser();
    return element;
}

describe('c-glance-stu-launcher on any record page', () => {
    it('reads the session-key field of a Lead and fills the key box', async () => {
        const element = mount({ recordId: LEAD_ID, objectApiName: 'Lead', sessionKeyField: 'Glance_Session_Key__c' });
        await emitUser();
        expect(wireConfigs().filter(isWireFor(LEAD_ID))).toEqual([
            { recordId: LEAD_ID, fields: ['Lead.Id'], optionalFields: ['Lead.Glance_Session_Key__c'] }
        ]);
        getRecordAdapter.emit(leadWithSessionKey, isWireFor(LEAD_ID));
        await flush();
        expect(sessionKeyBox(element).value).toBe('7315');
        expect(paramsOf(element, 'view')).toContainEqual(['SessionKey', '7315']);
        expect(hasCardHeader(element)).toBe(true);
        await expect(element).toBeAccessible();
    });

    it('ignores the page reference when the page gives the record', async () => {
        const element = mount({ ...ON_CASE, sessionKeyField: 'Glance_Session_Key__c' });
        await openPage(pageReferences.accountRecordPage);
        await emitUser();
        expect(wireConfigs().filter(isWireFor(ACCOUNT_ID))).toEqual([]);
        await emitRecord(caseWithSessionKey);
        expect(sessionKeyBox(element).value).toBe('4821');
    });
});

describe('c-glance-stu-launcher without a record', () => {
    it('offers Join and the key box under the card title, reading no record', async () => {
        const element = mount({});
        await openPage(pageReferences.homePage);
        await emitUser();
        expect(hasCardHeader(element)).toBe(true);
        expect(recordWireConfigs()).toEqual([]);
        expect(hrefOf(element, 'join')).toBe(
            `${JOIN}?idptoken=${ORG_ID_15}&name=Ada+Lovelace&email=ada@example.com&phone=%2B1+(555)+010-0100`
        );
        expect(problemTexts(element)).toEqual([]);
        expect(noticeTexts(element)).toEqual([]);
        await typeSessionKey(element, '4821');
        expect(paramsOf(element, 'view')).toContainEqual(['SessionKey', '4821']);
        await expect(element).toBeAccessible();
    });

    it('reports nothing for a session-key field while no record is open', async () => {
        const element = mount({ sessionKeyField: 'Case.Glance_Session_Key__c' });
        await emitUser();
        expect(problemTexts(element)).toEqual([]);
        expect(recordWireConfigs()).toEqual([]);
        expect(sessionKeyBox(element).value).toBe('');
    });
});

describe('c-glance-stu-launcher in the utility bar', () => {
    it('leaves the title to the utility panel', async () => {
        const element = await mountInUtilityBar();
        expect(hasCardHeader(element)).toBe(false);
        expect(root(element).querySelector('.slds-card')).toBeNull();
        expect(link(element, 'join')).not.toBeNull();
        expect(root(element).querySelector('[data-stu="account-links"]')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('follows the record the agent has open and fills the key box from it', async () => {
        const element = await mountInUtilityBar({ sessionKeyField: 'Case.Glance_Session_Key__c' });
        await openPage(pageReferences.caseRecordPage);
        expect(wireConfigs().filter(isRecordWire)).toEqual([
            { recordId: CASE_ID, fields: ['Case.Id'], optionalFields: ['Case.Glance_Session_Key__c'] }
        ]);
        // The panel stays usable while the record loads.
        expect(root(element).querySelector('lightning-spinner')).toBeNull();
        expect(sessionKeyBox(element).value).toBe('');
        await emitRecord(caseWithSessionKey);
        expect(sessionKeyBox(element).value).toBe('4821');
        expect(paramsOf(element, 'view')).toContainEqual(['SessionKey', '4821']);
        expect(problemTexts(element)).toEqual([]);
        await expect(element).toBeAccessible();
    });

    it("drops the last record's key when the agent opens a record of another object", async () => {
        const element = await mountInUtilityBar({ sessionKeyField: 'Case.Glance_Session_Key__c' });
        await openPage(pageReferences.caseRecordPage);
        await emitRecord(caseWithSessionKey);
        await openPage(pageReferences.accountRecordPage);
        expect(wireConfigs().filter(isWireFor(ACCOUNT_ID))).toEqual([]);
        expect(sessionKeyBox(element).value).toBe('');
        expect(link(element, 'view')).toBeNull();
        expect(problemTexts(element)).toEqual([]);
        await openPage(pageReferences.homePage);
        expect(sessionKeyBox(element).value).toBe('');
        expect(problemTexts(element)).toEqual([]);
    });

    it("never shows the last record's key while the next record loads", async () => {
        const element = await mountInUtilityBar({ sessionKeyField: 'Case.Glance_Session_Key__c' });
        await openPage(pageReferences.caseRecordPage);
        await emitRecord(caseWithSessionKey);
        await openPage(pageReferences.otherCaseRecordPage);
        expect(sessionKeyBox(element).value).toBe('');
        expect(link(element, 'view')).toBeNull();
        expect(problemTexts(element)).toEqual([]);
    });

    it('keeps what the agent typed when they move to another record', async () => {
        const element = await mountInUtilityBar({ sessionKeyField: 'Glance_Session_Key__c' });
        await openPage(pageReferences.caseRecordPage);
        await emitRecord(caseWithSessionKey);
        await typeSessionKey(element, '9999');
        await openPage(pageReferences.accountRecordPage);
        expect(wireConfigs().filter(isWireFor(ACCOUNT_ID))).toEqual([
            { recordId: ACCOUNT_ID, fields: ['Account.Id'], optionalFields: ['Account.Glance_Session_Key__c'] }
        ]);
        expect(sessionKeyBox(element).value).toBe('9999');
        expect(paramsOf(element, 'view')).toContainEqual(['SessionKey', '9999']);
    });

    it('stays quiet when a record of another object lacks a field named for any object', async () => {
        const element = await mountInUtilityBar({ sessionKeyField: 'Glance_Session_Key__c' });
        await openPage(pageReferences.accountRecordPage);
        getRecordAdapter.emit(accountWithoutSessionKeyField, isWireFor(ACCOUNT_ID));
        await flush();
        expect(problemTexts(element)).toEqual([]);
        expect(sessionKeyBox(element).value).toBe('');
    });

    it("reports a field named for the open record's object that the record lacks", async () => {
        const element = await mountInUtilityBar({ sessionKeyField: 'Case.Glance_Key__c' });
        await openPage(pageReferences.caseRecordPage);
        await emitRecord(caseWithoutSessionKeyField);
        expect(problemTexts(element)).toEqual([
            formatLabel(LABELS.problemSessionKeyFieldMissing, LABELS.propertySessionKeyField, 'Case.Glance_Key__c')
        ]);
        await expect(element).toBeAccessible();
    });

    it('tells the agent when the open record cannot be read, and the key box still works', async () => {
        const element = await mountInUtilityBar({ sessionKeyField: 'Case.Glance_Session_Key__c' });
        await openPage(pageReferences.caseRecordPage);
        getRecordAdapter.emitError(uiApiReadError(404, 'ENTITY_IS_DELETED', 'Record deleted'), isRecordWire);
        await flush();
        expect(noticeTexts(element)).toEqual([formatLabel(LABELS.recordUnreadable, 'Record deleted')]);
        await typeSessionKey(element, '4821');
        expect(link(element, 'view')).not.toBeNull();
    });
});

describe('c-glance-stu-launcher in a flow screen', () => {
    const UNSET_INPUTS: LauncherProps = {
        cardTitle: null,
        ssoType: null,
        ssoValue: null,
        orgIdLength: null,
        joinMode: null,
        viewerSameWindow: null,
        hideIdentity: null,
        sessionKeyField: null,
        hideAccountLinks: null,
        sessionKey: null
    };
    const IN_FLOW: LauncherProps = { ...UNSET_INPUTS, availableActions: ['NEXT', 'BACK'] };

    it('falls back to every default when the flow passes null inputs', async () => {
        const element = mount(IN_FLOW);
        await emitUser();
        expect(hrefOf(element, 'join')).toBe(
            `${JOIN}?idptoken=${ORG_ID_15}&name=Ada+Lovelace&email=ada@example.com&phone=%2B1+(555)+010-0100`
        );
        expect(problemTexts(element)).toEqual([]);
        expect(noticeTexts(element)).toEqual([]);
        expect(sessionKeyBox(element).value).toBe('');
        expect(link(element, 'view')).toBeNull();
        expect(root(element).querySelector('[data-stu="account-links"]')).not.toBeNull();
        expect(recordWireConfigs()).toEqual([]);
        await expect(element).toBeAccessible();
    });

    it('leaves the title to the flow screen', async () => {
        const element = mount(IN_FLOW);
        await emitUser();
        expect(hasCardHeader(element)).toBe(false);
        expect(root(element).querySelector('.slds-card')).toBeNull();
    });

    it('puts the session key the flow passes in into the key box, with a View link', async () => {
        const shownError = watchSessionKeyError();
        const element = mount({ ...IN_FLOW, sessionKey: ' 4821 ' });
        await emitUser();
        expect(sessionKeyBox(element).value).toBe(' 4821 ');
        expect(paramsOf(element, 'view')).toContainEqual(['SessionKey', '4821']);
        expect(shownError()).toBe('');
        await typeSessionKey(element, '9999');
        expect(paramsOf(element, 'view')).toContainEqual(['SessionKey', '9999']);
    });

    it('explains an invalid session key from the flow and keeps Join working', async () => {
        const shownError = watchSessionKeyError();
        const element = mount({ ...IN_FLOW, sessionKey: '48#21' });
        await emitUser();
        expect(sessionKeyBox(element).value).toBe('48#21');
        expect(link(element, 'view')).toBeNull();
        expect(shownError()).toBe(formatLabel(LABELS.flowSessionKeyInvalid, '48#21'));
        expect(link(element, 'join')).not.toBeNull();
        await expect(element).toBeAccessible();
        await typeSessionKey(element, '4821');
        expect(shownError()).toBe('');
        expect(paramsOf(element, 'view')).toContainEqual(['SessionKey', '4821']);
    });

    it('leaves the key box empty for a blank session key', async () => {
        const shownError = watchSessionKeyError();
        const element = mount({ ...IN_FLOW, sessionKey: '   ' });
        await emitUser();
        expect(sessionKeyBox(element).value).toBe('');
        expect(shownError()).toBe('');
    });

    it.each([
        [{ ssoType: 'saml' }, formatLabel(LABELS.problemSsoTypeUnknown, LABELS.propertySsoType)],
        [{ orgIdLength: '16' }, formatLabel(LABELS.problemOrgIdLengthUnknown, LABELS.propertyOrgIdLength)],
        [{ joinMode: 'videocall' }, formatLabel(LABELS.problemJoinModeUnknown, LABELS.propertyJoinMode)]
    ])('reports the free-text input %j, which no picklist guards in a flow', async (inputs, message) => {
        const element = mount({ ...IN_FLOW, ...inputs });
        await emitUser();
        expect(problemTexts(element)).toEqual([message]);
        expect(link(element, 'join')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('applies the inputs the flow sets', async () => {
        const element = mount({
            ...IN_FLOW,
            ssoType: 'idpid',
            ssoValue: '12345',
            joinMode: 'chatinvitation',
            viewerSameWindow: true,
            hideIdentity: true,
            hideAccountLinks: true
        });
        await emitUser();
        expect(paramsOf(element, 'join')).toEqual([
            ['idpid', '12345'],
            ['viewersamewindow', '1'],
            ['mode', 'chatinvitation']
        ]);
        expect(noticeTexts(element)).toEqual([LABELS.identityHidden]);
        expect(root(element).querySelector('[data-stu="account-links"]')).toBeNull();
    });
});

describe('c-glance-stu-launcher headings on every surface', () => {
    /** The heading tags in document order, through every shadow root. */
    function headings(node: Element | ShadowRoot): string[] {
        return [...node.querySelectorAll('*')].flatMap((element) => [
            ...(/^H[1-6]$/.test(element.tagName) ? [element.tagName] : []),
            ...(element.shadowRoot ? headings(element.shadowRoot) : [])
        ]);
    }

    // An orgIdLength problem keeps the org ID token, so the admin section shows beside it.
    const WITH_PROBLEM: LauncherProps = { orgIdLength: '17' };

    it('puts the problems and the admin section under the card title on a page', async () => {
        const element = mount({ ...ON_CASE, ...WITH_PROBLEM });
        await emitUser();
        expect(problemTexts(element)).toHaveLength(1);
        expect(headings(root(element))).toEqual(['H2', 'H3', 'H3']);
    });

    it.each([
        ['the utility bar', () => mountInUtilityBar(WITH_PROBLEM)],
        [
            'a flow screen',
            async () => {
                const element = mount({ ...WITH_PROBLEM, availableActions: ['NEXT'] });
                await emitUser();
                return element;
            }
        ]
    ])('starts them at h2 in %s, which shows no card title', async (_surface, mountThere) => {
        const element = await mountThere();
        expect(problemTexts(element)).toHaveLength(1);
        expect(root(element).querySelector('[data-stu="account-links"]')).not.toBeNull();
        expect(headings(root(element))).toEqual(['H2', 'H2']);
        await expect(element).toBeAccessible();
    });
});

describe('c-glance-stu-launcher Copy, each time', () => {
    afterEach(() => {
        Reflect.deleteProperty(navigator, 'clipboard');
    });

    async function copyTwice(): Promise<[string, string]> {
        const element = mount();
        await emitUser();
        const status = root(element).querySelector('[data-stu="copy-status"]') as HTMLElement;
        const copy = root(element).querySelector('[data-stu="copy-account-identifier"]') as HTMLElement;
        copy.dispatchEvent(new CustomEvent('click'));
        await flush();
        const first = status.textContent ?? '';
        copy.dispatchEvent(new CustomEvent('click'));
        await flush();
        return [first, status.textContent ?? ''];
    }

    it.each([
        ['copies', () => Promise.resolve(), LABELS.copied],
        ['is refused', () => Promise.reject(new DOMException('Denied.', 'NotAllowedError')), LABELS.copyManually]
    ])('changes what the live region says on a second Copy when the clipboard %s', async (_case, write, said) => {
        Object.defineProperty(navigator, 'clipboard', { value: { writeText: jest.fn(write) }, configurable: true });
        const [first, second] = await copyTwice();
        expect(second).not.toBe(first);
        expect([first.trim(), second.trim()]).toEqual([said, said]);
    });
});

describe('c-glance-stu-launcher visitor IDs and a viewer that waits', () => {
    const VISITOR_ID = '0035g00000AbCdEAAZ';
    const VISITOR_PATH = 'Case.Contact.Glance_Visitor_Id__c';
    const keyBoxValue = (element: HTMLElement) =>
        (linksRoot(element).querySelector('lightning-input') as HTMLInputElement).value;

    it('ends View with wait=1, after identity, when waitForSession is set, and leaves Join alone', async () => {
        const element = mount({ ...ON_CASE, waitForSession: true });
        await emitUser();
        await typeSessionKey(element, '4821');
        expect(paramsOf(element, 'view')).toEqual([
            ['idptoken', ORG_ID_15],
            ['SessionKey', '4821'],
            ...IDENTITY,
            ['wait', '1']
        ]);
        expect(paramsOf(element, 'join').map(([key]) => key)).not.toContain('wait');
    });

    it('sends no wait without the property or the setting', async () => {
        const element = mount();
        await emitUser();
        await typeSessionKey(element, '4821');
        expect(hrefOf(element, 'view')).not.toContain('wait');
    });

    it("reads the field Glance Settings name, through the Case's Contact, and waits as they say", async () => {
        const element = mount();
        await emitUser(runningUserVisitorId);
        expect(wireConfigs().filter(isRecordWire)).toEqual([
            { recordId: CASE_ID, fields: ['Case.Id'], optionalFields: [VISITOR_PATH] }
        ]);
        expect(root(element).querySelector('lightning-spinner')).not.toBeNull();
        await emitRecord(caseWithContactVisitorId);
        expect(keyBoxValue(element)).toBe(VISITOR_ID);
        expect(hrefOf(element, 'view')).toBe(
            `https://www.glance.net/agentjoin/AgentView.aspx?idptoken=${ORG_ID_15}&SessionKey=${VISITOR_ID}` +
                '&name=Ada+Lovelace&email=ada@example.com&wait=1'
        );
        expect(problemTexts(element)).toEqual([]);
        await expect(element).toBeAccessible();
    });

    it('reads a relationship path from its own property, in the one record request', async () => {
        const element = mount({ ...ON_CASE, sessionKeyField: VISITOR_PATH });
        await emitUser();
        expect(wireConfigs().filter(isRecordWire)).toEqual([
            { recordId: CASE_ID, fields: ['Case.Id'], optionalFields: [VISITOR_PATH] }
        ]);
        await emitRecord(caseWithContactVisitorId);
        expect(paramsOf(element, 'view')).toContainEqual(['SessionKey', VISITOR_ID]);
    });

    it('reads a reference field such as ContactId as the key', async () => {
        const element = mount({ ...ON_CASE, sessionKeyField: 'ContactId' });
        await emitUser();
        expect(wireConfigs().filter(isRecordWire)[0]?.optionalFields).toEqual(['Case.ContactId']);
        await emitRecord({ ...caseWithSessionKey, fields: { ContactId: { value: VISITOR_ID, displayValue: null } } });
        expect(keyBoxValue(element)).toBe(VISITOR_ID);
    });

    it("lets the card's own Session Key Field win over Glance Settings'", async () => {
        mount({ ...ON_CASE, sessionKeyField: 'Glance_Session_Key__c' });
        await emitUser(runningUserVisitorId);
        expect(wireConfigs().filter(isRecordWire)[0]?.optionalFields).toEqual(['Case.Glance_Session_Key__c']);
    });

    it.each<[string, LauncherProps, string]>([
        ['the property', { sessionKeyField: VISITOR_PATH }, LABELS.propertySessionKeyField],
        ['Glance Settings', {}, LABELS.settingFieldSessionKeyField]
    ])('reports a path the record lacks, naming %s', async (_place, props, settingName) => {
        const element = mount({ ...ON_CASE, ...props });
        await emitUser(runningUserVisitorId);
        // What UI API sends when the user cannot read the field, or the path names none.
        await emitRecord(caseWithoutSessionKeyField);
        expect(problemTexts(element)).toEqual([
            formatLabel(LABELS.problemSessionKeyFieldMissing, settingName, VISITOR_PATH)
        ]);
        expect(link(element, 'view')).toBeNull();
        await expect(element).toBeAccessible();
    });
});

describe('c-glance-stu-launcher link plan', () => {
    const linksPlan = (element: HTMLElement) =>
        (root(element).querySelector('c-glance-stu-links') as HTMLElement & { plan: unknown }).plan;

    it('hands its links the same plan through a re-render that changes no input, and a new one when a property changes', async () => {
        const element = mount();
        await emitUser();
        const plan = linksPlan(element);
        // A new title re-renders the card, but the plan does not depend on it.
        Object.assign(element, { cardTitle: 'Cobrowse' });
        await flush();
        expect(linksPlan(element)).toBe(plan);
        Object.assign(element, { ssoType: 'none' });
        await flush();
        expect(linksPlan(element)).not.toBe(plan);
        expect(hrefOf(element, 'join')).not.toContain('idptoken');
    });
});
