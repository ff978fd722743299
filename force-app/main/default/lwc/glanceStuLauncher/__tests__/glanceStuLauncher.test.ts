import { createElement } from 'lwc';
import GlanceStuLauncher from 'c/glanceStuLauncher';
import { createRecord, getRecord } from 'lightning/uiRecordApi';
import { CurrentPageReference } from 'lightning/navigation';
import { EnclosingUtilityId } from 'lightning/platformUtilityBarApi';
import UNKNOWN_ERROR from '@salesforce/label/c.GlanceStu_UnknownError';
import { LABELS, USER_FIELDS, USER_OPTIONAL_FIELDS, formatLabel } from 'c/glanceStu';
import {
    asTestWireAdapter,
    childShadow,
    flushRendering as flush,
    liveWireConfigs,
    resetDom,
    sessionKeyBox,
    sessionKeyMessage,
    shadowOf,
    typeSessionKey as typeInto,
    type WireConfig
} from '../../../../../test/jest-utils/lwcTestUtils';

// An admin (Customize Application): sees each problem, the account links and the identifier.
jest.mock('@salesforce/userPermission/CustomizeApplication', () => ({ __esModule: true, default: true }), {
    virtual: true
});

/* eslint-disable @typescript-eslint/no-require-imports */
const runningUser = require('../../../../../test/jest-data/runningUser.json');
const runningUserPhoneHidden = require('../../../../../test/jest-data/runningUserPhoneHidden.json');
const runningUserOrgIdHidden = require('../../../../../test/jest-data/runningUserOrgIdHidden.json');
const runningUserGlanceSettings = require('../../../../../test/jest-data/runningUserGlanceSettings.json');
const runningUserBadGlanceSettings = require('../../../../../test/jest-data/runningUserBadGlanceSettings.json');
const runningUserLogSessions = require('../../../../../test/jest-data/runningUserLogSessions.json');
const userReadError = require('../../../../../test/jest-data/userReadError.json');
const caseWithContactVisitorId = require('../../../../../test/jest-data/caseWithContactVisitorId.json');
const runningUserVisitorId = require('../../../../../test/jest-data/runningUserVisitorId.json');
const caseWithSessionKey = require('./data/caseWithSessionKey.json');
const otherCaseWithSessionKey = require('./data/otherCaseWithSessionKey.json');
const caseWithBadSessionKey = require('./data/caseWithBadSessionKey.json');
const caseWithoutSessionKeyField = require('./data/caseWithoutSessionKeyField.json');
const leadWithSessionKey = require('./data/leadWithSessionKey.json');
const accountWithoutSessionKeyField = require('./data/accountWithoutSessionKeyField.json');
const pageReferences = require('./data/pageReferences.json');
/* eslint-enable @typescript-eslint/no-require-imports */

const getRecordAdapter = asTestWireAdapter(getRecord);
const pageReferenceAdapter = asTestWireAdapter(CurrentPageReference);
const utilityIdAdapter = asTestWireAdapter(EnclosingUtilityId);
const createRecordMock = createRecord as jest.MockedFunction<typeof createRecord>;

const USER_ID = '005000000000000000';
const CASE_ID = '500000000000001AAA';
const OTHER_CASE_ID = '500000000000002AAA';
const LEAD_ID = '00Q000000000001AAA';
const ACCOUNT_ID = '001000000000001AAA';
const ORG_ID_15 = '00D5g000004ABCD';
const ORG_ID_18 = '00D5g000004ABCDEAU';
const JOIN = 'https://www.glance.net/agentjoin/AgentJoin.aspx';
const VIEW = 'https://www.glance.net/agentjoin/AgentView.aspx';
const IDENTITY: [string, string][] = [
    ['name', 'Ada Lovelace'],
    ['email', 'ada@example.com'],
    ['phone', '+1 (555) 010-0100']
];
const FULL_JOIN = `${JOIN}?idptoken=${ORG_ID_15}&name=Ada+Lovelace&email=ada@example.com&phone=%2B1+(555)+010-0100`;

// The card's page properties; null is what a flow passes for an input the admin left unset.
type LauncherProps = Partial<{
    recordId: string;
    objectApiName: string;
    cardTitle: string | null;
    sessionKeyField: string | null;
    joinMode: string | null;
    hideAccountLinks: boolean | null;
    sessionKey: string | null;
    availableActions: string[];
}>;

const ON_CASE: LauncherProps = { recordId: CASE_ID, objectApiName: 'Case' };
const KEY_FIELD: LauncherProps = { sessionKeyField: 'Glance_Session_Key__c' };

/** The running user with these User.Glance_* fields (their effective Glance Settings) set. */
function userWith(settings: Record<string, unknown>, base: UiRecord = runningUser): UiRecord {
    const fields = Object.entries(settings).map(([field, value]) => [field, { value, displayValue: null }]);
    return { ...base, fields: { ...base.fields, ...Object.fromEntries(fields) } };
}

function mount(props: LauncherProps = ON_CASE): HTMLElement {
    const element = createElement('c-glance-stu-launcher', { is: GlanceStuLauncher });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

const isWireFor = (recordId: string) => (config: WireConfig) => config.recordId === recordId;
const isUserWire = isWireFor(USER_ID);
const isRecordWire = isWireFor(CASE_ID);

async function emitUser(record: unknown = runningUser): Promise<void> {
    getRecordAdapter.emit(record, isUserWire);
    await flush();
}

async function emitRecord(record: unknown, filter = isRecordWire): Promise<void> {
    getRecordAdapter.emit(record, filter);
    await flush();
}

/** Mounts the card and gives it the running user, as most cases start. */
async function mountWithUser(props: LauncherProps = ON_CASE, user: unknown = runningUser): Promise<HTMLElement> {
    const element = mount(props);
    await emitUser(user);
    return element;
}

/**
 * Fails the wires `filter` picks with `error` exactly as given. emitError always wraps what it is
 * given in a UI API error (a body and a status); a wire can also fail with a plain Error, which only
 * the test adapter's base class (wire-service-jest-util's template) passes on unwrapped.
 */
async function failWireWith(error: unknown, filter: (config: WireConfig) => boolean): Promise<void> {
    let base: unknown = getRecord;
    while (Object.getPrototypeOf(base) !== Function.prototype) {
        base = Object.getPrototypeOf(base);
    }
    const { emit } = base as { emit(value: unknown, filter: (config: WireConfig) => boolean): void };
    emit.call(getRecord, { data: undefined, error }, filter);
    await flush();
}

const wireConfigs = () => liveWireConfigs(getRecordAdapter);
/** Wires that would read a record other than the user; one without a recordId reads nothing. */
const recordWireConfigs = () =>
    wireConfigs().filter((config) => config.recordId !== USER_ID && config.recordId !== undefined);

const root = shadowOf;
const linksRoot = (element: HTMLElement) => childShadow(element, 'c-glance-stu-links');
const messagesRoot = (element: HTMLElement) => childShadow(element, 'c-glance-stu-messages');
const keyBox = (element: HTMLElement) => sessionKeyBox(linksRoot(element));
const keyMessage = (element: HTMLElement) => sessionKeyMessage(linksRoot(element));
const typeSessionKey = (element: HTMLElement, value: string) => typeInto(linksRoot(element), value);
const hasCardHeader = (element: HTMLElement) => root(element).querySelector('.slds-card__header') !== null;
const accountLinks = (element: HTMLElement) => root(element).querySelector('[data-stu="account-links"]');
const announcement = (element: HTMLElement) =>
    messagesRoot(element).querySelector('[data-stu="announcement"]')?.textContent?.trim();

/** A link the card or its links render, by data-stu. */
function link(element: HTMLElement, stu: string): HTMLAnchorElement | null {
    return (linksRoot(element).querySelector(`a[data-stu="${stu}"]`) ??
        root(element).querySelector(`a[data-stu="${stu}"]`)) as HTMLAnchorElement | null;
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

function texts(element: HTMLElement, selector: string): string[] {
    return [...messagesRoot(element).querySelectorAll(selector)].map((node) => node.textContent?.trim() ?? '');
}
const problemTexts = (element: HTMLElement) => texts(element, '[data-problem]');
const noticeTexts = (element: HTMLElement) => texts(element, '[data-notice]');

async function openPage(pageReference: unknown): Promise<void> {
    pageReferenceAdapter.emit(pageReference);
    await flush();
}

async function mountInUtilityBar(props: LauncherProps = {}, user: unknown = runningUser): Promise<HTMLElement> {
    const element = mount(props);
    utilityIdAdapter.emit('utility-glance');
    await emitUser(user);
    return element;
}

afterEach(() => {
    resetDom();
    jest.clearAllMocks();
});

describe('c-glance-stu-launcher wires', () => {
    it('reads the running user once, with the fields every Glance component reads', () => {
        mount();
        expect(wireConfigs().filter(isUserWire)).toEqual([
            { recordId: USER_ID, fields: USER_FIELDS, optionalFields: USER_OPTIONAL_FIELDS }
        ]);
    });

    it('does not read the page record when no session-key field is set', async () => {
        await mountWithUser();
        expect(recordWireConfigs()).toEqual([]);
    });

    it('reads the page record with only the session-key field, optional, when one is set', async () => {
        await mountWithUser({ ...ON_CASE, ...KEY_FIELD });
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
        expect(root(element).querySelectorAll('a')).toHaveLength(0);
        await expect(element).toBeAccessible();
        await emitUser();
        expect(root(element).querySelector('lightning-spinner')).toBeNull();
        expect(link(element, 'join')).not.toBeNull();
    });

    it("offers a working Join as soon as the user record comes, while only the key box and View wait for the record's key", async () => {
        const element = await mountWithUser({ ...ON_CASE, ...KEY_FIELD }, runningUserLogSessions);
        expect(root(element).querySelector('lightning-spinner')).toBeNull();
        expect(hrefOf(element, 'join')).toBe(FULL_JOIN);
        const pending = linksRoot(element).querySelector('[data-stu="key-pending"] lightning-spinner') as unknown as {
            alternativeText: string;
        } | null;
        expect(pending?.alternativeText).toBe(LABELS.loading);
        expect(linksRoot(element).querySelector('input[data-stu="session-key"]')).toBeNull();
        expect(linksRoot(element).querySelector('[data-stu="view"], [data-stu="view-unavailable"]')).toBeNull();
        await expect(element).toBeAccessible();
        // Join opens and is logged on the case before the case's key has come.
        const click = new MouseEvent('click', { cancelable: true });
        link(element, 'join')?.dispatchEvent(click);
        await flush();
        expect(click.defaultPrevented).toBe(false);
        expect(createRecordMock).toHaveBeenCalledTimes(1);
        expect(createRecordMock.mock.calls[0][0].fields).toMatchObject({ Glance_Link__c: 'Join', WhatId: CASE_ID });
        await emitRecord(caseWithSessionKey);
        expect(linksRoot(element).querySelector('[data-stu="key-pending"]')).toBeNull();
        expect(keyBox(element).value).toBe('4821');
        expect(paramsOf(element, 'view')).toContainEqual(['SessionKey', '4821']);
        await expect(element).toBeAccessible();
    });
});

describe('c-glance-stu-launcher Join link', () => {
    it('carries the 15-character org ID as idptoken and the agent identity with no Glance Settings', async () => {
        const element = await mountWithUser();
        expect(hrefOf(element, 'join')).toBe(FULL_JOIN);
        expect(problemTexts(element)).toEqual([]);
        await expect(element).toBeAccessible();
    });

    it.each<[string, Record<string, unknown>, [string, string][]]>([
        ['Org ID Length 18', { Glance_Org_Id_Length__c: '18' }, [['idptoken', ORG_ID_18]]],
        ['idptoken with a value', { Glance_SSO_Value__c: 'acme-saml' }, [['idptoken', 'acme-saml']]],
        ['idpid', { Glance_SSO_Type__c: 'idpid', Glance_SSO_Value__c: ' 12345 ' }, [['idpid', '12345']]],
        [
            'idpname',
            { Glance_SSO_Type__c: 'idpname', Glance_SSO_Value__c: 'Acme Support' },
            [['idpname', 'Acme Support']]
        ],
        [
            'idpusername',
            { Glance_SSO_Type__c: 'idpusername', Glance_SSO_Value__c: 'ada.glance.net' },
            [['idpusername', 'ada.glance.net']]
        ],
        ['SSO type none', { Glance_SSO_Type__c: 'none', Glance_SSO_Value__c: '12345' }, []]
    ])('carries the SSO identifier Glance Settings give: %s', async (_case, settings, sso) => {
        const element = await mountWithUser(ON_CASE, userWith(settings));
        expect(paramsOf(element, 'join')).toEqual([...sso, ...IDENTITY]);
        expect(problemTexts(element)).toEqual([]);
    });

    it("adds the card's Join mode and Glance Settings' viewer in the same window", async () => {
        const user = userWith({ Glance_SSO_Type__c: 'none', Glance_Viewer_Same_Window__c: true });
        const element = await mountWithUser({ ...ON_CASE, joinMode: 'chatinvitation' }, user);
        expect(paramsOf(element, 'join')).toEqual([...IDENTITY, ['viewersamewindow', '1'], ['mode', 'chatinvitation']]);
    });

    it('leaves identity off and says so when Glance Settings hide it', async () => {
        const element = await mountWithUser(ON_CASE, userWith({ Glance_Hide_Identity__c: true }));
        expect(paramsOf(element, 'join')).toEqual([['idptoken', ORG_ID_15]]);
        expect(linksRoot(element).querySelector('[data-stu="identity"]')).toBeNull();
        expect(noticeTexts(element)).toEqual([LABELS.identityHidden]);
        await expect(element).toBeAccessible();
    });

    it('shows the agent what the customer will see', async () => {
        const element = await mountWithUser();
        expect(linksRoot(element).querySelector('[data-stu="identity"]')?.textContent).toBe(
            formatLabel(LABELS.identityPreview, 'Ada Lovelace, ada@example.com, +1 (555) 010-0100')
        );
    });

    it('leaves out an email that is blank and a phone hidden by field-level security', async () => {
        const element = await mountWithUser(ON_CASE, runningUserPhoneHidden);
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
        const element = await mountWithUser();
        await typeSessionKey(element, '1234');
        const anchors = [...root(element).querySelectorAll('a'), ...linksRoot(element).querySelectorAll('a')];
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

describe('c-glance-stu-launcher card title', () => {
    it('titles the card from the cardTitle label by default, or the cardTitle property', async () => {
        const element = await mountWithUser();
        const title = () => root(element).querySelector('.slds-card__header-title')?.textContent?.trim();
        expect(title()).toBe(LABELS.cardTitle);
        Object.assign(element, { cardTitle: '  Cobrowse  ' });
        await flush();
        expect(title()).toBe('Cobrowse');
    });
});

describe('c-glance-stu-launcher session key', () => {
    it('gives a View link for a typed key, with the SSO identifier and identity', async () => {
        const element = await mountWithUser();
        expect(link(element, 'view')).toBeNull();
        expect(linksRoot(element).querySelector('[data-stu="view-unavailable"]')).not.toBeNull();
        await typeSessionKey(element, '  4821 ');
        expect(hrefOf(element, 'view')).toBe(
            `${VIEW}?idptoken=${ORG_ID_15}&SessionKey=4821&name=Ada+Lovelace&email=ada@example.com&phone=%2B1+(555)+010-0100`
        );
        expect(keyMessage(element)).toBe('');
        await expect(element).toBeAccessible();
    });

    it('explains an invalid key, gives no View link and keeps what the agent typed', async () => {
        const element = await mountWithUser();
        const input = await typeSessionKey(element, '48 21&x');
        expect(link(element, 'view')).toBeNull();
        expect(keyMessage(element)).toBe(LABELS.sessionKeyInvalid);
        expect(input.value).toBe('48 21&x');
        expect(link(element, 'join')).not.toBeNull();
        await expect(element).toBeAccessible();
        await typeSessionKey(element, '4821');
        expect(keyMessage(element)).toBe('');
        expect(paramsOf(element, 'view')).toContainEqual(['SessionKey', '4821']);
    });

    it('shows no message and no View link when the box is emptied', async () => {
        const element = await mountWithUser();
        await typeSessionKey(element, '4821&');
        await typeSessionKey(element, '   ');
        expect(link(element, 'view')).toBeNull();
        expect(keyMessage(element)).toBe('');
    });

    it('fills the key box from the record field and links to View', async () => {
        const element = await mountWithUser({ ...ON_CASE, ...KEY_FIELD });
        await emitRecord(caseWithSessionKey);
        expect(keyBox(element).value).toBe('4821');
        expect(paramsOf(element, 'view')).toContainEqual(['SessionKey', '4821']);
        expect(problemTexts(element)).toEqual([]);
        await expect(element).toBeAccessible();
    });

    it.each(['Case.Glance_Session_Key__c', 'glance_session_key__c'])(
        'accepts the field written as %s',
        async (sessionKeyField) => {
            const element = await mountWithUser({ ...ON_CASE, sessionKeyField });
            await emitRecord(caseWithSessionKey);
            expect(paramsOf(element, 'view')).toContainEqual(['SessionKey', '4821']);
        }
    );

    it('lets a typed key replace the record key', async () => {
        const element = await mountWithUser({ ...ON_CASE, ...KEY_FIELD });
        await emitRecord(caseWithSessionKey);
        await typeSessionKey(element, '9999');
        expect(paramsOf(element, 'view')).toContainEqual(['SessionKey', '9999']);
    });

    it('explains an invalid key read from the record', async () => {
        const element = await mountWithUser({ ...ON_CASE, ...KEY_FIELD });
        await emitRecord(caseWithBadSessionKey);
        expect(link(element, 'view')).toBeNull();
        expect(keyMessage(element)).toBe(formatLabel(LABELS.recordSessionKeyInvalid, '48#21'));
        await expect(element).toBeAccessible();
    });

    it('tells the agent when the record cannot be read, and the key box still works', async () => {
        const element = await mountWithUser({ ...ON_CASE, ...KEY_FIELD });
        getRecordAdapter.emitError({ body: { message: 'Record deleted' }, status: 404 }, isRecordWire);
        await flush();
        expect(noticeTexts(element)).toEqual([formatLabel(LABELS.recordUnreadable, 'Record deleted')]);
        await typeSessionKey(element, '4821');
        expect(link(element, 'view')).not.toBeNull();
        await expect(element).toBeAccessible();
    });
});

describe('c-glance-stu-launcher account links for admins', () => {
    it('links to account management, login key and SAML troubleshooting with the SSO identifier', async () => {
        const element = await mountWithUser();
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
        const element = await mountWithUser({ ...ON_CASE, hideAccountLinks: true });
        expect(accountLinks(element)).toBeNull();
        expect(link(element, 'join')).not.toBeNull();
    });

    it('hides them when Glance Settings use no SSO', async () => {
        const element = await mountWithUser(ON_CASE, userWith({ Glance_SSO_Type__c: 'none' }));
        expect(accountLinks(element)).toBeNull();
    });
});

describe('c-glance-stu-launcher when data is missing', () => {
    it('still offers Join, without identity or SSO, when the user record cannot be read', async () => {
        const element = mount();
        getRecordAdapter.emitError(userReadError, isUserWire);
        await flush();
        expect(hrefOf(element, 'join')).toBe(JOIN);
        expect(noticeTexts(element)).toEqual([
            formatLabel(LABELS.userUnreadable, "You don't have access to this record.")
        ]);
        expect(problemTexts(element)).toEqual([]);
        expect(linksRoot(element).querySelector('[data-stu="identity"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('falls back to non-SSO links and names the permission set when the org ID is unreadable', async () => {
        const element = await mountWithUser(ON_CASE, runningUserOrgIdHidden);
        expect(paramsOf(element, 'join')).toEqual(IDENTITY.slice(0, 2));
        expect(problemTexts(element)).toEqual([
            formatLabel(LABELS.problemOrgIdUnreadable, LABELS.settingFieldSsoValue)
        ]);
        expect(accountLinks(element)).toBeNull();
        await expect(element).toBeAccessible();
    });
});

describe("c-glance-stu-launcher errors in the platform's words", () => {
    it('tells the agent why their user record failed when the wire fails with a plain Error, with no UI API body', async () => {
        const element = mount();
        await failWireWith(new Error('Network connection lost'), isUserWire);
        expect(noticeTexts(element)).toEqual([formatLabel(LABELS.userUnreadable, 'Network connection lost')]);
        expect(hrefOf(element, 'join')).toBe(JOIN);
        await expect(element).toBeAccessible();
    });

    it('tells the agent why the page record failed when its wire fails with a plain Error', async () => {
        const element = await mountWithUser({ ...ON_CASE, ...KEY_FIELD });
        await failWireWith(new Error('Record access check timed out'), isRecordWire);
        expect(noticeTexts(element)).toEqual([formatLabel(LABELS.recordUnreadable, 'Record access check timed out')]);
        await expect(element).toBeAccessible();
    });

    it('says the error is unknown only when nothing in it says why', async () => {
        const element = mount();
        await failWireWith({ body: [], status: 500 }, isUserWire);
        expect(noticeTexts(element)).toEqual([formatLabel(LABELS.userUnreadable, UNKNOWN_ERROR)]);
    });
});

describe('c-glance-stu-launcher bad configuration', () => {
    it.each<[string, Record<string, unknown>, string]>([
        [
            'an idpid that is not a number',
            { Glance_SSO_Type__c: 'idpid', Glance_SSO_Value__c: 'abc' },
            formatLabel(LABELS.problemGroupIdNotNumeric, LABELS.settingFieldSsoValue)
        ],
        [
            'a blank idpid',
            { Glance_SSO_Type__c: 'idpid', Glance_SSO_Value__c: '  ' },
            formatLabel(LABELS.problemSsoValueMissing, LABELS.settingFieldSsoValue)
        ],
        [
            'an idpusername with a space',
            { Glance_SSO_Type__c: 'idpusername', Glance_SSO_Value__c: 'ada glance.net' },
            formatLabel(LABELS.problemSsoValueHasSpaces, LABELS.settingFieldSsoValue)
        ],
        [
            'an unknown SSO type',
            { Glance_SSO_Type__c: 'saml' },
            formatLabel(LABELS.problemSsoTypeUnknown, LABELS.settingFieldSsoType)
        ]
    ])(
        'reports %s in Glance Settings and keeps Join and View working without SSO',
        async (_case, settings, message) => {
            const element = await mountWithUser(ON_CASE, userWith(settings));
            expect(problemTexts(element)).toEqual([message]);
            expect(paramsOf(element, 'join')).toEqual(IDENTITY);
            expect(accountLinks(element)).toBeNull();
            await typeSessionKey(element, '4821');
            expect(paramsOf(element, 'view')).toEqual([['SessionKey', '4821'], ...IDENTITY]);
            await expect(element).toBeAccessible();
        }
    );

    it.each<[string, LauncherProps, Record<string, unknown>, string]>([
        ['the card property', { joinMode: 'videocall' }, {}, LABELS.propertyJoinMode],
        ['the Glance Settings field', {}, { Glance_Join_Mode__c: 'videocall' }, LABELS.settingFieldJoinMode]
    ])('reports an unknown Join mode naming %s, and joins without a mode', async (_place, props, settings, name) => {
        const user = userWith({ Glance_SSO_Type__c: 'none', ...settings });
        const element = await mountWithUser({ ...ON_CASE, ...props }, user);
        expect(problemTexts(element)).toEqual([formatLabel(LABELS.problemJoinModeUnknown, name)]);
        expect(paramsOf(element, 'join')).toEqual(IDENTITY);
    });

    it('reports an Org ID Length other than 15 or 18 and uses 15', async () => {
        const element = await mountWithUser(ON_CASE, userWith({ Glance_Org_Id_Length__c: '16' }));
        expect(problemTexts(element)).toEqual([
            formatLabel(LABELS.problemOrgIdLengthUnknown, LABELS.settingFieldOrgIdLength)
        ]);
        expect(paramsOf(element, 'join')[0]).toEqual(['idptoken', ORG_ID_15]);
    });

    it('reports a sessionKeyField the record lacks', async () => {
        const element = await mountWithUser({ ...ON_CASE, sessionKeyField: 'Glance_Key__c' });
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
            const element = await mountWithUser({ ...ON_CASE, sessionKeyField });
            expect(recordWireConfigs()).toEqual([]);
            expect(linksRoot(element).querySelector('[data-stu="key-pending"]')).toBeNull();
            expect(problemTexts(element)).toEqual([
                formatLabel(LABELS.problemSessionKeyFieldMissing, LABELS.propertySessionKeyField, sessionKeyField)
            ]);
        }
    );

    it('reports a sessionKeyField that is not a field name even without a record', async () => {
        const element = await mountWithUser({ sessionKeyField: 'Glance Session Key' });
        expect(problemTexts(element)).toEqual([
            formatLabel(LABELS.problemSessionKeyFieldMissing, LABELS.propertySessionKeyField, 'Glance Session Key')
        ]);
        expect(link(element, 'join')).not.toBeNull();
    });

    it('lists several problems at once', async () => {
        const user = userWith({ Glance_SSO_Type__c: 'idpid', Glance_SSO_Value__c: 'x1' });
        const element = await mountWithUser({ ...ON_CASE, joinMode: 'bogus' }, user);
        expect(problemTexts(element)).toHaveLength(2);
        expect(hrefOf(element, 'join')).toBe(
            `${JOIN}?name=Ada+Lovelace&email=ada@example.com&phone=%2B1+(555)+010-0100`
        );
    });
});

describe('c-glance-stu-launcher with Glance Settings', () => {
    it("builds the links from the running user's Glance Settings", async () => {
        const element = await mountWithUser(ON_CASE, runningUserGlanceSettings);
        expect(problemTexts(element)).toEqual([]);
        expect(paramsOf(element, 'join')).toEqual([
            ['idpid', '67890'],
            ...IDENTITY,
            ['viewersamewindow', '1'],
            ['mode', 'universaljoin']
        ]);
        expect(hrefOf(element, 'login-key')).toBe('https://www.glance.net/account/GetLoginKey.aspx?sso=1&idpid=67890');
    });

    it("lets the card's Agent Join Mode win over Glance Settings' for its page", async () => {
        const element = await mountWithUser({ ...ON_CASE, joinMode: 'none' }, runningUserGlanceSettings);
        expect(paramsOf(element, 'join')).toEqual([['idpid', '67890'], ...IDENTITY, ['viewersamewindow', '1']]);
    });

    it('names the Glance Settings field for a bad value from Glance Settings, for admins', async () => {
        const element = await mountWithUser(ON_CASE, runningUserBadGlanceSettings);
        expect(problemTexts(element)).toEqual([
            formatLabel(LABELS.problemGroupIdNotNumeric, LABELS.settingFieldSsoValue)
        ]);
        expect(paramsOf(element, 'join')).toEqual(IDENTITY);
        await expect(element).toBeAccessible();
    });
});

describe('c-glance-stu-launcher Unique Account Identifier for admins', () => {
    let writeText: jest.Mock;

    const identifierInput = (element: HTMLElement) =>
        root(element).querySelector<HTMLInputElement>('input[data-stu="account-identifier"]');
    const copyStatus = (element: HTMLElement) =>
        root(element).querySelector('[data-stu="copy-status"]')?.textContent ?? undefined;

    async function clickCopy(element: HTMLElement): Promise<void> {
        root(element).querySelector('[data-stu="copy-account-identifier"]')?.dispatchEvent(new CustomEvent('click'));
        await flush();
    }

    beforeEach(() => {
        writeText = jest.fn();
        Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    });

    afterEach(() => {
        // jsdom has no clipboard; leave none behind for the next test.
        Reflect.deleteProperty(navigator, 'clipboard');
    });

    it.each<[string, Record<string, unknown>, string]>([
        ['no Glance Settings', {}, ORG_ID_15],
        ['Org ID Length 18', { Glance_Org_Id_Length__c: '18' }, ORG_ID_18],
        ['an idptoken value', { Glance_SSO_Value__c: 'tenant-7' }, 'tenant-7']
    ])('shows the identifier the links send for %s, read-only and labelled', async (_case, settings, identifier) => {
        const element = await mountWithUser(ON_CASE, userWith(settings));
        const input = identifierInput(element);
        expect(input?.value).toBe(identifier);
        expect(input?.readOnly).toBe(true);
        expect(paramsOf(element, 'join')[0]).toEqual(['idptoken', identifier]);
        expect(copyStatus(element)?.trim()).toBe('');
        await expect(element).toBeAccessible();
    });

    it('shows no identifier field when the links send another kind of identifier', async () => {
        const element = await mountWithUser(ON_CASE, runningUserGlanceSettings);
        expect(accountLinks(element)).not.toBeNull();
        expect(identifierInput(element)).toBeNull();
    });

    it('copies the identifier and says so', async () => {
        writeText.mockResolvedValue(undefined);
        const element = await mountWithUser();
        await clickCopy(element);
        expect(writeText.mock.calls).toEqual([[ORG_ID_15]]);
        expect(copyStatus(element)?.trim()).toBe(LABELS.copied);
        expect(root(element).querySelector('[data-stu="copy-status"]')?.getAttribute('aria-live')).toBe('polite');
        await expect(element).toBeAccessible();
    });

    it('selects the identifier and says to press Ctrl+C when the browser refuses to copy', async () => {
        writeText.mockRejectedValue(new DOMException('Write permission denied.', 'NotAllowedError'));
        const element = await mountWithUser();
        const input = identifierInput(element) as HTMLInputElement;
        const select = jest.spyOn(input, 'select');
        await clickCopy(element);
        expect(select).toHaveBeenCalledTimes(1);
        expect(copyStatus(element)?.trim()).toBe(LABELS.copyManually);
        expect(input.value).toBe(ORG_ID_15);
        await expect(element).toBeAccessible();
    });

    it('falls back to selecting when the page has no clipboard at all', async () => {
        Reflect.deleteProperty(navigator, 'clipboard');
        const element = await mountWithUser();
        const select = jest.spyOn(identifierInput(element) as HTMLInputElement, 'select');
        await clickCopy(element);
        expect(select).toHaveBeenCalledTimes(1);
        expect(copyStatus(element)?.trim()).toBe(LABELS.copyManually);
    });

    it.each([
        ['copies', () => Promise.resolve(), LABELS.copied],
        ['is refused', () => Promise.reject(new DOMException('Denied.', 'NotAllowedError')), LABELS.copyManually]
    ])('changes what the live region says on a second Copy when the clipboard %s', async (_case, write, said) => {
        writeText.mockImplementation(write);
        const element = await mountWithUser();
        await clickCopy(element);
        const first = copyStatus(element) ?? '';
        await clickCopy(element);
        const second = copyStatus(element) ?? '';
        expect(second).not.toBe(first);
        expect([first.trim(), second.trim()]).toEqual([said, said]);
    });
});

describe('c-glance-stu-launcher on any record page', () => {
    it('reads the session-key field of a Lead and fills the key box', async () => {
        const element = await mountWithUser({ recordId: LEAD_ID, objectApiName: 'Lead', ...KEY_FIELD });
        expect(wireConfigs().filter(isWireFor(LEAD_ID))).toEqual([
            { recordId: LEAD_ID, fields: ['Lead.Id'], optionalFields: ['Lead.Glance_Session_Key__c'] }
        ]);
        await emitRecord(leadWithSessionKey, isWireFor(LEAD_ID));
        expect(keyBox(element).value).toBe('7315');
        expect(paramsOf(element, 'view')).toContainEqual(['SessionKey', '7315']);
        expect(hasCardHeader(element)).toBe(true);
        await expect(element).toBeAccessible();
    });

    it('ignores the page reference when the page gives the record', async () => {
        const element = mount({ ...ON_CASE, ...KEY_FIELD });
        await openPage(pageReferences.accountRecordPage);
        await emitUser();
        expect(wireConfigs().filter(isWireFor(ACCOUNT_ID))).toEqual([]);
        await emitRecord(caseWithSessionKey);
        expect(keyBox(element).value).toBe('4821');
    });
});

describe('c-glance-stu-launcher without a record', () => {
    it('offers Join and the key box under the card title, reading no record', async () => {
        const element = mount({});
        await openPage(pageReferences.homePage);
        await emitUser();
        expect(hasCardHeader(element)).toBe(true);
        expect(recordWireConfigs()).toEqual([]);
        expect(hrefOf(element, 'join')).toBe(FULL_JOIN);
        expect(problemTexts(element)).toEqual([]);
        expect(noticeTexts(element)).toEqual([]);
        await typeSessionKey(element, '4821');
        expect(paramsOf(element, 'view')).toContainEqual(['SessionKey', '4821']);
        await expect(element).toBeAccessible();
    });

    it('reports nothing for a session-key field while no record is open', async () => {
        const element = await mountWithUser({ sessionKeyField: 'Case.Glance_Session_Key__c' });
        expect(problemTexts(element)).toEqual([]);
        expect(recordWireConfigs()).toEqual([]);
        expect(keyBox(element).value).toBe('');
    });
});

describe('c-glance-stu-launcher in the utility bar', () => {
    it('leaves the title to the utility panel', async () => {
        const element = await mountInUtilityBar();
        expect(hasCardHeader(element)).toBe(false);
        expect(root(element).querySelector('.slds-card')).toBeNull();
        expect(link(element, 'join')).not.toBeNull();
        expect(accountLinks(element)).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('follows the record the agent has open and fills the key box from it', async () => {
        const element = await mountInUtilityBar({ sessionKeyField: 'Case.Glance_Session_Key__c' });
        await openPage(pageReferences.caseRecordPage);
        expect(wireConfigs().filter(isRecordWire)).toEqual([
            { recordId: CASE_ID, fields: ['Case.Id'], optionalFields: ['Case.Glance_Session_Key__c'] }
        ]);
        // The panel stays usable while the record loads: the record changes under the agent.
        expect(linksRoot(element).querySelector('[data-stu="key-pending"]')).toBeNull();
        expect(keyBox(element).value).toBe('');
        await emitRecord(caseWithSessionKey);
        expect(keyBox(element).value).toBe('4821');
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
        expect(keyBox(element).value).toBe('');
        expect(link(element, 'view')).toBeNull();
        expect(problemTexts(element)).toEqual([]);
        await openPage(pageReferences.homePage);
        expect(keyBox(element).value).toBe('');
        expect(problemTexts(element)).toEqual([]);
    });

    it("never shows the last record's key while the next record loads", async () => {
        const element = await mountInUtilityBar({ sessionKeyField: 'Case.Glance_Session_Key__c' });
        await openPage(pageReferences.caseRecordPage);
        await emitRecord(caseWithSessionKey);
        await openPage(pageReferences.otherCaseRecordPage);
        expect(keyBox(element).value).toBe('');
        expect(link(element, 'view')).toBeNull();
        expect(problemTexts(element)).toEqual([]);
    });

    it('stays quiet when a record of another object lacks a field named for any object', async () => {
        const element = await mountInUtilityBar(KEY_FIELD);
        await openPage(pageReferences.accountRecordPage);
        await emitRecord(accountWithoutSessionKeyField, isWireFor(ACCOUNT_ID));
        expect(problemTexts(element)).toEqual([]);
        expect(keyBox(element).value).toBe('');
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
        getRecordAdapter.emitError({ body: { message: 'Record deleted' }, status: 404 }, isRecordWire);
        await flush();
        expect(noticeTexts(element)).toEqual([formatLabel(LABELS.recordUnreadable, 'Record deleted')]);
        await typeSessionKey(element, '4821');
        expect(link(element, 'view')).not.toBeNull();
    });
});

describe('c-glance-stu-launcher in the utility bar: a typed key belongs to its record', () => {
    const taskFields = () => createRecordMock.mock.calls.map(([input]) => input.fields);

    it("never opens or logs customer A's typed key on customer B's record, and shows it again back on A", async () => {
        const element = await mountInUtilityBar(KEY_FIELD, runningUserLogSessions);
        await openPage(pageReferences.caseRecordPage);
        await emitRecord(caseWithSessionKey);
        await typeSessionKey(element, '9999');
        await openPage(pageReferences.otherCaseRecordPage);
        // B's record is still loading: an empty box, and View waits for a key.
        expect(keyBox(element).value).toBe('');
        expect(link(element, 'view')).toBeNull();
        expect(linksRoot(element).querySelector('[data-stu="view-unavailable"]')).not.toBeNull();
        await expect(element).toBeAccessible();
        await emitRecord(otherCaseWithSessionKey, isWireFor(OTHER_CASE_ID));
        expect(keyBox(element).value).toBe('5550');
        expect(keyMessage(element)).toBe('');
        expect(paramsOf(element, 'view')).toContainEqual(['SessionKey', '5550']);
        link(element, 'view')?.dispatchEvent(new MouseEvent('click'));
        await flush();
        expect(taskFields()).toEqual([
            expect.objectContaining({ Glance_Session_Key__c: '5550', WhatId: OTHER_CASE_ID })
        ]);
        await openPage(pageReferences.caseRecordPage);
        expect(keyBox(element).value).toBe('9999');
        expect(paramsOf(element, 'view')).toContainEqual(['SessionKey', '9999']);
        await expect(element).toBeAccessible();
    });

    it('gives the first record opened its own key, or an empty box, not what the agent typed before opening any', async () => {
        const element = await mountInUtilityBar(KEY_FIELD);
        await openPage(pageReferences.homePage);
        await typeSessionKey(element, '9999');
        await openPage(pageReferences.caseRecordPage);
        expect(keyBox(element).value).toBe('');
        expect(link(element, 'view')).toBeNull();
        await emitRecord(caseWithSessionKey);
        expect(keyBox(element).value).toBe('4821');
        expect(paramsOf(element, 'view')).toContainEqual(['SessionKey', '4821']);
        await openPage(pageReferences.accountRecordPage);
        await emitRecord(accountWithoutSessionKeyField, isWireFor(ACCOUNT_ID));
        expect(keyBox(element).value).toBe('');
        expect(link(element, 'view')).toBeNull();
        await expect(element).toBeAccessible();
        // The key typed with no record open belongs to that page and is there again.
        await openPage(pageReferences.homePage);
        expect(keyBox(element).value).toBe('9999');
    });
});

describe('c-glance-stu-launcher in a flow screen', () => {
    // The flow's own inputs, which it passes as null when the admin leaves them unset.
    const IN_FLOW: LauncherProps = {
        sessionKey: null,
        joinMode: null,
        hideAccountLinks: null,
        availableActions: ['NEXT', 'BACK']
    };

    it('falls back to every default when the flow passes null inputs', async () => {
        const element = await mountWithUser(IN_FLOW);
        expect(hrefOf(element, 'join')).toBe(FULL_JOIN);
        expect(problemTexts(element)).toEqual([]);
        expect(noticeTexts(element)).toEqual([]);
        expect(keyBox(element).value).toBe('');
        expect(link(element, 'view')).toBeNull();
        expect(accountLinks(element)).not.toBeNull();
        expect(recordWireConfigs()).toEqual([]);
        await expect(element).toBeAccessible();
    });

    it('leaves the title to the flow screen', async () => {
        const element = await mountWithUser(IN_FLOW);
        expect(hasCardHeader(element)).toBe(false);
        expect(root(element).querySelector('.slds-card')).toBeNull();
    });

    it('puts the session key the flow passes in into the key box, with a View link', async () => {
        const element = await mountWithUser({ ...IN_FLOW, sessionKey: ' 4821 ' });
        expect(keyBox(element).value).toBe(' 4821 ');
        expect(paramsOf(element, 'view')).toContainEqual(['SessionKey', '4821']);
        expect(keyMessage(element)).toBe('');
        await typeSessionKey(element, '9999');
        expect(paramsOf(element, 'view')).toContainEqual(['SessionKey', '9999']);
    });

    it('explains an invalid session key from the flow and keeps Join working', async () => {
        const element = await mountWithUser({ ...IN_FLOW, sessionKey: '48#21' });
        expect(keyBox(element).value).toBe('48#21');
        expect(link(element, 'view')).toBeNull();
        expect(keyMessage(element)).toBe(formatLabel(LABELS.flowSessionKeyInvalid, '48#21'));
        expect(link(element, 'join')).not.toBeNull();
        await expect(element).toBeAccessible();
        await typeSessionKey(element, '4821');
        expect(keyMessage(element)).toBe('');
        expect(paramsOf(element, 'view')).toContainEqual(['SessionKey', '4821']);
    });

    it('leaves the key box empty for a blank session key', async () => {
        const element = await mountWithUser({ ...IN_FLOW, sessionKey: '   ' });
        expect(keyBox(element).value).toBe('');
        expect(keyMessage(element)).toBe('');
    });

    it('reports a Join mode input no picklist guards in a flow', async () => {
        const element = await mountWithUser({ ...IN_FLOW, joinMode: 'videocall' });
        expect(problemTexts(element)).toEqual([formatLabel(LABELS.problemJoinModeUnknown, LABELS.propertyJoinMode)]);
        expect(link(element, 'join')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it("applies the flow's inputs beside the running user's Glance Settings", async () => {
        const user = userWith({
            Glance_SSO_Type__c: 'idpid',
            Glance_SSO_Value__c: '12345',
            Glance_Viewer_Same_Window__c: true,
            Glance_Hide_Identity__c: true
        });
        const element = await mountWithUser({ ...IN_FLOW, joinMode: 'chatinvitation', hideAccountLinks: true }, user);
        expect(paramsOf(element, 'join')).toEqual([
            ['idpid', '12345'],
            ['viewersamewindow', '1'],
            ['mode', 'chatinvitation']
        ]);
        expect(noticeTexts(element)).toEqual([LABELS.identityHidden]);
        expect(accountLinks(element)).toBeNull();
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

    // An Org ID Length problem keeps the org ID token, so the admin section shows beside it.
    const withProblem = () => userWith({ Glance_Org_Id_Length__c: '17' });

    it('puts the problems and the admin section under the card title on a page', async () => {
        const element = await mountWithUser(ON_CASE, withProblem());
        expect(problemTexts(element)).toHaveLength(1);
        expect(headings(root(element))).toEqual(['H2', 'H3', 'H3']);
    });

    it.each([
        ['the utility bar', () => mountInUtilityBar({}, withProblem())],
        ['a flow screen', () => mountWithUser({ availableActions: ['NEXT'] }, withProblem())]
    ])('starts them at h2 in %s, which shows no card title', async (_surface, mountThere) => {
        const element = await mountThere();
        expect(problemTexts(element)).toHaveLength(1);
        expect(accountLinks(element)).not.toBeNull();
        expect(headings(root(element))).toEqual(['H2', 'H2']);
        await expect(element).toBeAccessible();
    });
});

describe('c-glance-stu-launcher visitor IDs and a viewer that waits', () => {
    const VISITOR_ID = '0035g00000AbCdEAAZ';
    const VISITOR_PATH = 'Case.Contact.Glance_Visitor_Id__c';

    it('ends View with wait=1, after identity, when Glance Settings wait for the session, and leaves Join alone', async () => {
        const element = await mountWithUser(ON_CASE, userWith({ Glance_Wait_For_Session__c: true }));
        await typeSessionKey(element, '4821');
        expect(paramsOf(element, 'view')).toEqual([
            ['idptoken', ORG_ID_15],
            ['SessionKey', '4821'],
            ...IDENTITY,
            ['wait', '1']
        ]);
        expect(paramsOf(element, 'join').map(([key]) => key)).not.toContain('wait');
    });

    it('sends no wait when Glance Settings do not ask for it', async () => {
        const element = await mountWithUser();
        await typeSessionKey(element, '4821');
        expect(hrefOf(element, 'view')).not.toContain('wait');
    });

    it("reads the field Glance Settings name, through the Case's Contact, and waits as they say", async () => {
        const element = await mountWithUser(ON_CASE, runningUserVisitorId);
        expect(wireConfigs().filter(isRecordWire)).toEqual([
            { recordId: CASE_ID, fields: ['Case.Id'], optionalFields: [VISITOR_PATH] }
        ]);
        expect(linksRoot(element).querySelector('[data-stu="key-pending"]')).not.toBeNull();
        await emitRecord(caseWithContactVisitorId);
        expect(keyBox(element).value).toBe(VISITOR_ID);
        expect(hrefOf(element, 'view')).toBe(
            `${VIEW}?idptoken=${ORG_ID_15}&SessionKey=${VISITOR_ID}&name=Ada+Lovelace&email=ada@example.com&wait=1`
        );
        expect(problemTexts(element)).toEqual([]);
        await expect(element).toBeAccessible();
    });

    it('reads a relationship path from its own property, in the one record request', async () => {
        const element = await mountWithUser({ ...ON_CASE, sessionKeyField: VISITOR_PATH });
        expect(wireConfigs().filter(isRecordWire)).toEqual([
            { recordId: CASE_ID, fields: ['Case.Id'], optionalFields: [VISITOR_PATH] }
        ]);
        await emitRecord(caseWithContactVisitorId);
        expect(paramsOf(element, 'view')).toContainEqual(['SessionKey', VISITOR_ID]);
    });

    it('reads a reference field such as ContactId as the key', async () => {
        const element = await mountWithUser({ ...ON_CASE, sessionKeyField: 'ContactId' });
        expect(wireConfigs().filter(isRecordWire)[0]?.optionalFields).toEqual(['Case.ContactId']);
        await emitRecord({ ...caseWithSessionKey, fields: { ContactId: { value: VISITOR_ID, displayValue: null } } });
        expect(keyBox(element).value).toBe(VISITOR_ID);
    });

    it("lets the card's own Session Key Field win over Glance Settings'", async () => {
        await mountWithUser({ ...ON_CASE, ...KEY_FIELD }, runningUserVisitorId);
        expect(wireConfigs().filter(isRecordWire)[0]?.optionalFields).toEqual(['Case.Glance_Session_Key__c']);
    });

    it.each<[string, LauncherProps, string]>([
        ['the property', { sessionKeyField: VISITOR_PATH }, LABELS.propertySessionKeyField],
        ['Glance Settings', {}, LABELS.settingFieldSessionKeyField]
    ])('reports a path the record lacks, naming %s', async (_place, props, settingName) => {
        const element = await mountWithUser({ ...ON_CASE, ...props }, runningUserVisitorId);
        // What UI API sends when the user cannot read the field, or the path names none.
        await emitRecord(caseWithoutSessionKeyField);
        expect(problemTexts(element)).toEqual([
            formatLabel(LABELS.problemSessionKeyFieldMissing, settingName, VISITOR_PATH)
        ]);
        expect(link(element, 'view')).toBeNull();
        await expect(element).toBeAccessible();
    });
});

describe('c-glance-stu-launcher live region', () => {
    it('announces a notice that appears after the card has shown, such as the page record becoming unreadable', async () => {
        const element = await mountWithUser({ ...ON_CASE, ...KEY_FIELD });
        expect(announcement(element)).toBe('');
        getRecordAdapter.emitError({ body: { message: 'Record deleted' }, status: 404 }, isRecordWire);
        await flush();
        const notice = formatLabel(LABELS.recordUnreadable, 'Record deleted');
        expect(noticeTexts(element)).toEqual([notice]);
        expect(announcement(element)).toBe(notice);
        await expect(element).toBeAccessible();
    });

    it('announces a problem that appears when the agent opens a record in the utility bar', async () => {
        const element = await mountInUtilityBar({ sessionKeyField: 'Case.Glance_Key__c' });
        expect(announcement(element)).toBe('');
        await openPage(pageReferences.caseRecordPage);
        await emitRecord(caseWithoutSessionKeyField);
        expect(announcement(element)).toBe(
            formatLabel(LABELS.problemSessionKeyFieldMissing, LABELS.propertySessionKeyField, 'Case.Glance_Key__c')
        );
        await expect(element).toBeAccessible();
    });

    it('announces nothing for the messages the card first shows, nor when it re-renders them', async () => {
        const element = await mountWithUser(ON_CASE, runningUserBadGlanceSettings);
        expect(problemTexts(element)).toHaveLength(1);
        expect(announcement(element)).toBe('');
        // A new title re-renders the card, handing its messages the same problem again.
        Object.assign(element, { cardTitle: 'Cobrowse' });
        await flush();
        expect(problemTexts(element)).toHaveLength(1);
        expect(announcement(element)).toBe('');
        await expect(element).toBeAccessible();
    });
});
