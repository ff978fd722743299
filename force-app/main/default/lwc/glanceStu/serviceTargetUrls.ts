/*
 * Builds every Glance Service Target URL (STU) and judges every value that goes into one. Pure
 * logic: no DOM and no platform imports, so every rule can be tested exhaustively and any
 * component can share one encoder. Each rule it enforces has its own StuError reason.
 *
 *   agentJoinUrl({ sso: { kind: 'idptoken', value: '00D5g000000ABCD' }, identity: { name: 'Ada Lovelace' } })
 *   // https://www.glance.net/agentjoin/AgentJoin.aspx?idptoken=00D5g000000ABCD&name=Ada+Lovelace
 *
 * - Parameters always come in the vendor's order: sso=1, test=11, the SSO identifier (idpid,
 *   idpname, idptoken or idpusername), SessionKey, name, email, phone, viewersamewindow, mode,
 *   redirect; `waitForSession: true` ends View with wait=1, so Glance's viewer waits for the
 *   customer's session instead of showing an error page.
 * - Values are form-encoded (space as +; & = # % + ? escaped; / : @ , ( ) left readable, as on the
 *   vendor page) and decode back exactly with URLSearchParams. No input can add, repeat or remove a
 *   parameter, or add a fragment.
 * - Bad input throws StuError with a `code` (INVALID_SESSION_KEY, INVALID_SSO_IDENTIFIER or
 *   INVALID_MODE) and a `reason` naming the one rule it broke (STU_RULES). The message is for
 *   developers; people read the label problemMessages.ts maps the reason to.
 */

/** The SAML identifiers Glance accepts, in the order its documentation lists them. */
export const SSO_KINDS = ['idpid', 'idpname', 'idptoken', 'idpusername'] as const;
export type SsoKind = (typeof SSO_KINDS)[number];
/** The Agent Join prompts Glance Customer Success can set up for an account. */
export const JOIN_MODES = ['universaljoin', 'chatinvitation', 'smsinvitation'] as const;
export type JoinMode = (typeof JOIN_MODES)[number];

export interface SsoIdentifier {
    kind: SsoKind;
    value: string;
}
export interface AgentIdentity {
    name?: string | null;
    email?: string | null;
    phone?: string | null;
}
export type StuErrorCode = 'INVALID_SESSION_KEY' | 'INVALID_SSO_IDENTIFIER' | 'INVALID_MODE';

/** Which rule an input broke: one reason per rule, so callers never guess from the code. */
export const STU_RULES = {
    SSO_KIND_UNKNOWN: 'INVALID_SSO_IDENTIFIER',
    SSO_VALUE_EMPTY: 'INVALID_SSO_IDENTIFIER',
    GROUP_ID_NOT_DIGITS: 'INVALID_SSO_IDENTIFIER',
    SSO_VALUE_HAS_WHITESPACE: 'INVALID_SSO_IDENTIFIER',
    JOIN_MODE_UNKNOWN: 'INVALID_MODE',
    SESSION_KEY_INVALID: 'INVALID_SESSION_KEY'
} as const satisfies Record<string, StuErrorCode>;
export type StuErrorReason = keyof typeof STU_RULES;

export class StuError extends Error {
    readonly code: StuErrorCode;
    readonly reason: StuErrorReason;

    /** The message is for developers; people read the labels mapped from `reason`. */
    constructor(reason: StuErrorReason, message: string) {
        super(message);
        this.name = 'StuError';
        this.code = STU_RULES[reason];
        this.reason = reason;
    }
}

const GLANCE_ORIGIN = 'https://www.glance.net';
const AGENT_JOIN_PATH = '/agentjoin/AgentJoin.aspx';
const AGENT_VIEW_PATH = '/agentjoin/AgentView.aspx';
const GET_LOGIN_KEY_PATH = '/account/GetLoginKey.aspx';
const ACCOUNT_SUMMARY_PATH = '/account/AccountSummary.aspx';

const SESSION_KEY_PATTERN = /^[A-Za-z0-9._-]{1,50}$/;
const GROUP_ID_PATTERN = /^[0-9]+$/;
const WHITESPACE_PATTERN = /\s/;
// A lone UTF-16 surrogate cannot be UTF-8 encoded; browsers replace it with U+FFFD, and so do we.
// Pairs match first and are kept; what is left is a lone surrogate.
const SURROGATE_PATTERN = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;
// Characters that are legal in a query and mean nothing to a form decoder. Leaving them readable
// keeps the vendor's own examples (`redirect=/account/...`, `phone=(111)222-3333`) character for character.
const READABLE_ESCAPES: Readonly<Record<string, string>> = {
    '%20': '+',
    '%2F': '/',
    '%3A': ':',
    '%40': '@',
    '%2C': ','
};

type QueryParameter = readonly [key: string, value: string];
/** The parameters that say who the agent is. */
const IDENTITY_KEYS = ['name', 'email', 'phone'] as const;
/** What names a person in a stored URL: their identity, and a user's Glance address as SSO identifier. */
const PERSONAL_KEYS: readonly string[] = [...IDENTITY_KEYS, 'idpusername'];

/** application/x-www-form-urlencoded value encoding: `URLSearchParams` decodes it back exactly. */
function encodeFormValue(value: string): string {
    const wellFormed = value.replace(SURROGATE_PATTERN, (match) => (match.length === 2 ? match : '\uFFFD'));
    return encodeURIComponent(wellFormed).replace(/%(?:20|2F|3A|40|2C)/g, (escape) => READABLE_ESCAPES[escape]);
}

function buildUrl(path: string, parameters: readonly QueryParameter[]): string {
    const query = parameters.map(([key, value]) => `${key}=${encodeFormValue(value)}`).join('&');
    return `${GLANCE_ORIGIN}${path}${query ? `?${query}` : ''}`;
}

/** Narrows a value admins configured (so typed only at run time) to one of a declared list. */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
    return (values as readonly unknown[]).includes(value);
}

function describe(value: unknown): string {
    return typeof value === 'string' ? `"${value}"` : String(value);
}

function ssoParameter(sso: SsoIdentifier): QueryParameter {
    // Runtime checks on purpose: kind and value come from admin configuration, not from typed code.
    const kind: unknown = sso?.kind;
    const rawValue: unknown = sso?.value;
    if (!isOneOf(SSO_KINDS, kind)) {
        throw new StuError(
            'SSO_KIND_UNKNOWN',
            `Unknown SSO identifier type ${describe(kind)}: use idpid, idpname, idptoken or idpusername.`
        );
    }
    const value = typeof rawValue === 'string' ? rawValue.trim() : '';
    if (!value) {
        throw new StuError(
            'SSO_VALUE_EMPTY',
            `The SSO identifier value for ${kind} is empty: enter the value Glance gave your account.`
        );
    }
    if (kind === 'idpid' && !GROUP_ID_PATTERN.test(value)) {
        throw new StuError(
            'GROUP_ID_NOT_DIGITS',
            `The Glance Group ID (idpid) must be digits only, like 12345; ${describe(value)} is not.`
        );
    }
    if ((kind === 'idptoken' || kind === 'idpusername') && WHITESPACE_PATTERN.test(value)) {
        throw new StuError(
            'SSO_VALUE_HAS_WHITESPACE',
            `The SSO identifier for ${kind} cannot contain spaces; ${describe(value)} does.`
        );
    }
    return [kind, value];
}

function optionalSsoParameters(sso: SsoIdentifier | null | undefined): QueryParameter[] {
    return sso ? [ssoParameter(sso)] : [];
}

function identityParameters(identity: AgentIdentity | null | undefined): QueryParameter[] {
    const parameters: QueryParameter[] = [];
    for (const key of IDENTITY_KEYS) {
        const raw: unknown = identity?.[key];
        const value = typeof raw === 'string' ? raw.trim() : '';
        if (value) {
            parameters.push([key, value]);
        }
    }
    return parameters;
}

function joinModeParameters(mode: JoinMode | null | undefined): QueryParameter[] {
    if (mode === null || mode === undefined) {
        return [];
    }
    if (!isOneOf(JOIN_MODES, mode)) {
        throw new StuError(
            'JOIN_MODE_UNKNOWN',
            `Unknown Agent Join mode ${describe(mode)}: use universaljoin, chatinvitation or smsinvitation.`
        );
    }
    return [['mode', mode]];
}

/**
 * Trims a session key and checks it has the shape Glance issues: 1 to 50 letters, digits,
 * dots, hyphens or underscores.
 */
export function normalizeSessionKey(raw: string): string {
    const key = typeof raw === 'string' ? raw.trim() : '';
    if (!SESSION_KEY_PATTERN.test(key)) {
        throw new StuError(
            'SESSION_KEY_INVALID',
            key
                ? 'A session key is 1 to 50 letters, digits, dots, hyphens or underscores, with no spaces. Check the key the customer read out.'
                : 'Enter the session key the customer reads out.'
        );
    }
    return key;
}

/** Agent Join: Glance's page that asks the agent for the key a customer reads out. */
export function agentJoinUrl(
    options: {
        sso?: SsoIdentifier | null;
        identity?: AgentIdentity | null;
        viewerSameWindow?: boolean;
        mode?: JoinMode | null;
    } = {}
): string {
    return buildUrl(AGENT_JOIN_PATH, [
        ...optionalSsoParameters(options.sso),
        ...identityParameters(options.identity),
        ...(options.viewerSameWindow === true ? [['viewersamewindow', '1'] as const] : []),
        ...joinModeParameters(options.mode)
    ]);
}

/**
 * Agent View: joins a known session key (or visitor ID) directly. With `waitForSession` the viewer
 * waits for the customer to start the session (`wait=1`) instead of showing an error page.
 */
export function agentViewUrl(options: {
    sessionKey: string;
    sso?: SsoIdentifier | null;
    identity?: AgentIdentity | null;
    waitForSession?: boolean;
}): string {
    return buildUrl(AGENT_VIEW_PATH, [
        ...optionalSsoParameters(options.sso),
        ['SessionKey', normalizeSessionKey(options.sessionKey)],
        ...identityParameters(options.identity),
        ...(options.waitForSession === true ? [['wait', '1'] as const] : [])
    ]);
}

/** Account Management for SSO accounts: signs in, then opens the account summary. */
export function accountManagementUrl(sso: SsoIdentifier): string {
    return buildUrl(GET_LOGIN_KEY_PATH, [['sso', '1'], ssoParameter(sso), ['redirect', ACCOUNT_SUMMARY_PATH]]);
}

/** A Login Key for Glance's native clients, for SSO accounts. */
export function loginKeyUrl(sso: SsoIdentifier): string {
    return buildUrl(GET_LOGIN_KEY_PATH, [['sso', '1'], ssoParameter(sso)]);
}

/** Glance's SAML troubleshooting page, for SSO accounts. */
export function samlTroubleshootingUrl(sso: SsoIdentifier): string {
    return buildUrl(GET_LOGIN_KEY_PATH, [['sso', '1'], ['test', '11'], ssoParameter(sso)]);
}

/**
 * A URL built here, without the agent's name, email and phone, nor an `idpusername` (a person's
 * Glance address): what may be stored on a record. Works on this module's own encoding, where
 * `&`, `=` and `?` inside values are always escaped.
 */
export function urlWithoutIdentity(url: string): string {
    const queryStart = url.indexOf('?');
    if (queryStart < 0) {
        return url;
    }
    const kept = url
        .slice(queryStart + 1)
        .split('&')
        .filter((parameter) => !PERSONAL_KEYS.includes(parameter.split('=')[0]));
    return url.slice(0, queryStart) + (kept.length ? `?${kept.join('&')}` : '');
}
