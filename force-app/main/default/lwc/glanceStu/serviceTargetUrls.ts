/*
 * Builds every Glance Service Target URL (STU) and judges every value that goes into one, so every
 * component shares one encoder and each rule has one StuError reason. It imports nothing (the bench
 * loads it in Node); docs/design.md says how parameters are ordered and encoded.
 */

const SSO_KINDS = ['idpid', 'idpname', 'idptoken', 'idpusername'] as const;
export type SsoKind = (typeof SSO_KINDS)[number];
/** The Agent Join prompts Glance Customer Success can set up for an account. */
const JOIN_MODES = ['universaljoin', 'chatinvitation', 'smsinvitation'] as const;
export type JoinMode = (typeof JOIN_MODES)[number];
const IDENTITY_KEYS = ['name', 'email', 'phone'] as const;

export type SsoIdentifier = { kind: SsoKind; value: string };
export type AgentIdentity = { [key in (typeof IDENTITY_KEYS)[number]]?: string | null };

/** Which rule an input broke, and the public code it belongs to. */
export const STU_RULES = {
    SSO_KIND_UNKNOWN: 'INVALID_SSO_IDENTIFIER',
    SSO_VALUE_EMPTY: 'INVALID_SSO_IDENTIFIER',
    GROUP_ID_NOT_DIGITS: 'INVALID_SSO_IDENTIFIER',
    SSO_VALUE_HAS_WHITESPACE: 'INVALID_SSO_IDENTIFIER',
    JOIN_MODE_UNKNOWN: 'INVALID_MODE',
    SESSION_KEY_INVALID: 'INVALID_SESSION_KEY'
} as const;
export type StuErrorReason = keyof typeof STU_RULES;

/** The message is for developers; people read the label problemMessages.ts gives the reason. */
export class StuError extends Error {
    override readonly name = 'StuError';
    readonly code: (typeof STU_RULES)[StuErrorReason];

    constructor(
        readonly reason: StuErrorReason,
        message: string
    ) {
        super(message);
        this.code = STU_RULES[reason];
    }
}

const LOGIN_KEY_PATH = '/account/GetLoginKey.aspx';
// A lone UTF-16 surrogate cannot be UTF-8 encoded: it becomes U+FFFD, as in browsers (pairs match first).
const SURROGATE = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;
// Legal in a query and meaningless to a form decoder: left readable, as in the vendor's examples.
const READABLE: Readonly<Record<string, string>> = { '%20': '+', '%2F': '/', '%3A': ':', '%40': '@', '%2C': ',' };

type QueryParameter = readonly [key: string, value: string];

/** application/x-www-form-urlencoded value encoding: `URLSearchParams` decodes it back exactly. */
function encodeFormValue(value: string): string {
    const wellFormed = value.replace(SURROGATE, (match) => (match.length === 2 ? match : '\uFFFD'));
    return encodeURIComponent(wellFormed).replace(/%(?:20|2F|3A|40|2C)/g, (escape) => READABLE[escape]);
}

function buildUrl(path: string, parameters: readonly QueryParameter[]): string {
    const query = parameters.map(([key, value]) => `${key}=${encodeFormValue(value)}`).join('&');
    return `https://www.glance.net${path}${query ? `?${query}` : ''}`;
}

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
    return (values as readonly unknown[]).includes(value);
}

const trimmed = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const describe = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : String(value));

/** Checked at run time on purpose: kind and value come from admin configuration, not typed code. */
function ssoParameter(sso: SsoIdentifier): QueryParameter {
    const kind: unknown = sso?.kind;
    const value = trimmed(sso?.value);
    if (!isOneOf(SSO_KINDS, kind)) {
        throw new StuError('SSO_KIND_UNKNOWN', `Unknown SSO type ${describe(kind)}: use ${SSO_KINDS.join(', ')}.`);
    }
    if (!value) {
        throw new StuError('SSO_VALUE_EMPTY', `The SSO identifier value for ${kind} is empty.`);
    }
    if (kind === 'idpid' && !/^[0-9]+$/.test(value)) {
        throw new StuError('GROUP_ID_NOT_DIGITS', `idpid must be digits only; ${describe(value)} is not.`);
    }
    if ((kind === 'idptoken' || kind === 'idpusername') && /\s/.test(value)) {
        throw new StuError('SSO_VALUE_HAS_WHITESPACE', `${kind} cannot contain spaces; ${describe(value)} does.`);
    }
    return [kind, value];
}

const ssoParameters = (sso: SsoIdentifier | null | undefined): QueryParameter[] => (sso ? [ssoParameter(sso)] : []);

function identityParameters(identity: AgentIdentity | null | undefined): QueryParameter[] {
    return IDENTITY_KEYS.map((key) => [key, trimmed(identity?.[key])] as const).filter(([, value]) => value);
}

function modeParameters(mode: JoinMode | null | undefined): QueryParameter[] {
    if (mode === null || mode === undefined) {
        return [];
    }
    if (!isOneOf(JOIN_MODES, mode)) {
        throw new StuError('JOIN_MODE_UNKNOWN', `Unknown Join mode ${describe(mode)}: use ${JOIN_MODES.join(', ')}.`);
    }
    return [['mode', mode]];
}

/** Trims a session key and checks it has the shape Glance issues. */
export function normalizeSessionKey(raw: string): string {
    const key = trimmed(raw);
    if (!/^[A-Za-z0-9._-]{1,50}$/.test(key)) {
        const why = key ? `${describe(key)} is not 1 to 50 letters, digits, dots, hyphens or underscores` : 'is empty';
        throw new StuError('SESSION_KEY_INVALID', `The session key ${why}.`);
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
    return buildUrl('/agentjoin/AgentJoin.aspx', [
        ...ssoParameters(options.sso),
        ...identityParameters(options.identity),
        ...(options.viewerSameWindow === true ? [['viewersamewindow', '1'] as const] : []),
        ...modeParameters(options.mode)
    ]);
}

/** Agent View: joins a known session key (or visitor ID); `waitForSession` waits for the customer. */
export function agentViewUrl(options: {
    sessionKey: string;
    sso?: SsoIdentifier | null;
    identity?: AgentIdentity | null;
    waitForSession?: boolean;
}): string {
    return buildUrl('/agentjoin/AgentView.aspx', [
        ...ssoParameters(options.sso),
        ['SessionKey', normalizeSessionKey(options.sessionKey)],
        ...identityParameters(options.identity),
        ...(options.waitForSession === true ? [['wait', '1'] as const] : [])
    ]);
}

/** Account Management for SSO accounts: signs in, then opens the account summary. */
export function accountManagementUrl(sso: SsoIdentifier): string {
    return buildUrl(LOGIN_KEY_PATH, [['sso', '1'], ssoParameter(sso), ['redirect', '/account/AccountSummary.aspx']]);
}

/** A Login Key for Glance's native clients, for SSO accounts. */
export function loginKeyUrl(sso: SsoIdentifier): string {
    return buildUrl(LOGIN_KEY_PATH, [['sso', '1'], ssoParameter(sso)]);
}

/** Glance's SAML troubleshooting page, for SSO accounts. */
export function samlTroubleshootingUrl(sso: SsoIdentifier): string {
    return buildUrl(LOGIN_KEY_PATH, [['sso', '1'], ['test', '11'], ssoParameter(sso)]);
}

/**
 * A URL built here without what names a person (name, email, phone, and `idpusername`, a Glance
 * address): what may be stored on a record. Relies on this module escaping `&`, `=` and `?` in values.
 */
export function urlWithoutIdentity(url: string): string {
    const queryStart = url.indexOf('?');
    if (queryStart < 0) {
        return url;
    }
    const personal: readonly string[] = [...IDENTITY_KEYS, 'idpusername'];
    const kept = url
        .slice(queryStart + 1)
        .split('&')
        .filter((parameter) => !personal.includes(parameter.split('=')[0]));
    return url.slice(0, queryStart) + (kept.length ? `?${kept.join('&')}` : '');
}
