import {
    accountManagementUrl,
    agentJoinUrl,
    agentViewUrl,
    loginKeyUrl,
    normalizeSessionKey,
    samlTroubleshootingUrl,
    STU_RULES,
    StuError,
    type JoinMode,
    type SsoIdentifier,
    type SsoKind,
    type StuErrorReason
} from 'c/glanceStu';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const vendor = require('./data/vendorExamples.json') as {
    groupId: string;
    agentJoin: string;
    agentView: string;
    ssoAgentJoin: string;
    ssoAgentView: string;
    accountManagement: string;
    loginKey: string;
    samlTroubleshooting: string;
    identityParameters: Record<'name' | 'email' | 'phone', { input: string; encoded: string }>;
};

const groupSso: SsoIdentifier = { kind: 'idpid', value: vendor.groupId };

function queryOf(url: string): [string, string][] {
    return [...new URL(url).searchParams.entries()];
}

function expectStuError(action: () => unknown, reason: StuErrorReason, messagePart?: RegExp): void {
    let caught: unknown;
    try {
        action();
    } catch (error) {
        caught = error;
    }
    expect(caught).toBeInstanceOf(StuError);
    expect(caught).toBeInstanceOf(Error);
    const stuError = caught as StuError;
    expect(stuError.reason).toBe(reason);
    // STU_RULES is the one table of which public code each rule's reason belongs to.
    expect(stuError.code).toBe(STU_RULES[reason]);
    expect(stuError.name).toBe('StuError');
    if (messagePart) {
        expect(stuError.message).toMatch(messagePart);
    }
}

describe('c/glanceStu vendor examples, character for character', () => {
    it('builds the plain Agent Join and Agent View STUs', () => {
        expect(agentJoinUrl()).toBe(vendor.agentJoin);
        expect(agentJoinUrl({})).toBe(vendor.agentJoin);
        expect(agentViewUrl({ sessionKey: '1234' })).toBe(vendor.agentView);
    });

    it('builds the SSO Agent Join and Agent View STUs', () => {
        expect(agentJoinUrl({ sso: groupSso })).toBe(vendor.ssoAgentJoin);
        expect(agentViewUrl({ sessionKey: '1234', sso: groupSso })).toBe(vendor.ssoAgentView);
    });

    it('builds the account management, login key and SAML troubleshooting STUs', () => {
        expect(accountManagementUrl(groupSso)).toBe(vendor.accountManagement);
        expect(loginKeyUrl(groupSso)).toBe(vendor.loginKey);
        expect(samlTroubleshootingUrl(groupSso)).toBe(vendor.samlTroubleshooting);
    });

    it.each(['name', 'email', 'phone'] as const)('encodes the %s example as the vendor page shows it', (key) => {
        const { input, encoded } = vendor.identityParameters[key];
        expect(agentJoinUrl({ identity: { [key]: input } })).toBe(`${vendor.agentJoin}?${encoded}`);
    });
});

describe('c/glanceStu parameter order', () => {
    it('puts the SSO identifier first, then identity, then the Join controls', () => {
        const url = agentJoinUrl({
            sso: { kind: 'idptoken', value: '00D000000000001' },
            identity: { name: 'Ada Lovelace', email: 'ada@example.com', phone: '+1 555 0100' },
            viewerSameWindow: true,
            mode: 'chatinvitation'
        });
        expect(url).toBe(
            'https://www.glance.net/agentjoin/AgentJoin.aspx?idptoken=00D000000000001&name=Ada+Lovelace' +
                '&email=ada@example.com&phone=%2B1+555+0100&viewersamewindow=1&mode=chatinvitation'
        );
    });

    it('puts SessionKey after the SSO identifier and before identity on Agent View', () => {
        const url = agentViewUrl({
            sessionKey: 'ab-12',
            sso: { kind: 'idpname', value: 'acme' },
            identity: { name: 'Ada', email: 'ada@example.com', phone: '555' }
        });
        expect(queryOf(url).map(([key]) => key)).toEqual(['idpname', 'SessionKey', 'name', 'email', 'phone']);
    });

    it('ends a waiting Agent View with wait=1, after the SSO identifier, the key and identity', () => {
        const url = agentViewUrl({
            sessionKey: '0035g00000AbCdEAAZ',
            sso: { kind: 'idptoken', value: '00D5g000000ABCD' },
            identity: { name: 'Ada Lovelace', email: 'ada@example.com', phone: '555' },
            waitForSession: true
        });
        expect(url).toBe(
            'https://www.glance.net/agentjoin/AgentView.aspx?idptoken=00D5g000000ABCD&SessionKey=0035g00000AbCdEAAZ' +
                '&name=Ada+Lovelace&email=ada@example.com&phone=555&wait=1'
        );
        expect(agentViewUrl({ sessionKey: '1234', waitForSession: true })).toBe(`${vendor.agentView}&wait=1`);
    });

    it('leaves Agent View exactly as before without waitForSession, or with it false', () => {
        const base = { sessionKey: '1234', sso: groupSso, identity: { name: 'Ada' } };
        const today = agentViewUrl(base);
        expect(today).toBe(`${vendor.ssoAgentView}&name=Ada`);
        expect(agentViewUrl({ ...base, waitForSession: false })).toBe(today);
        expect(new URL(today).searchParams.has('wait')).toBe(false);
    });

    it('never adds wait to Agent Join', () => {
        const join = agentJoinUrl({ sso: groupSso, identity: { name: 'Ada' } });
        expect(new URL(join).searchParams.has('wait')).toBe(false);
    });

    it.each<[SsoKind, string]>([
        ['idpid', '4321'],
        ['idpname', 'Acme Support'],
        ['idptoken', '00D5g000000ABCD'],
        ['idpusername', 'ada.glance.net']
    ])('carries a %s identifier as that parameter', (kind, value) => {
        const sso = { kind, value };
        for (const url of [agentJoinUrl({ sso }), agentViewUrl({ sessionKey: '1', sso }), loginKeyUrl(sso)]) {
            expect(new URL(url).searchParams.getAll(kind)).toEqual([value]);
        }
    });
});

describe('c/glanceStu identity parameters', () => {
    it('trims identity values and leaves out empty, blank, null and undefined ones', () => {
        const url = agentJoinUrl({ identity: { name: '  Ada  ', email: '   ', phone: null } });
        expect(queryOf(url)).toEqual([['name', 'Ada']]);
        expect(agentJoinUrl({ identity: { name: '', email: undefined } })).toBe(vendor.agentJoin);
        expect(agentJoinUrl({ identity: null })).toBe(vendor.agentJoin);
        expect(agentViewUrl({ sessionKey: '1234', identity: {} })).toBe(vendor.agentView);
    });

    it('ignores identity values that are not strings at runtime', () => {
        const identity = { name: 42, email: { toString: () => 'x' } } as unknown as { name: string };
        expect(agentJoinUrl({ identity })).toBe(vendor.agentJoin);
    });

    it('encodes characters that would otherwise add, split or end parameters', () => {
        const name = 'A&B=C#D%E+F?G/H';
        const url = agentJoinUrl({ identity: { name } });
        expect(url).toBe(`${vendor.agentJoin}?name=A%26B%3DC%23D%25E%2BF%3FG/H`);
        expect(queryOf(url)).toEqual([['name', name]]);
        expect(new URL(url).hash).toBe('');
    });

    it('encodes Unicode as UTF-8 and replaces a lone surrogate as browsers do', () => {
        expect(agentJoinUrl({ identity: { name: 'José 名' } })).toBe(`${vendor.agentJoin}?name=Jos%C3%A9+%E5%90%8D`);
        expect(queryOf(agentJoinUrl({ identity: { name: 'a\uD800b' } }))).toEqual([['name', 'a\uFFFDb']]);
        expect(queryOf(agentJoinUrl({ identity: { name: 'x\uDC00' } }))).toEqual([['name', 'x\uFFFD']]);
        expect(queryOf(agentJoinUrl({ identity: { name: '😀' } }))).toEqual([['name', '😀']]);
    });

    it('encodes control characters inside a value', () => {
        const url = agentJoinUrl({ identity: { name: 'a\nb\u0000c' } });
        expect(url).toBe(`${vendor.agentJoin}?name=a%0Ab%00c`);
    });
});

describe('c/glanceStu Join controls', () => {
    it('adds viewersamewindow=1 only when true', () => {
        expect(agentJoinUrl({ viewerSameWindow: true })).toBe(`${vendor.agentJoin}?viewersamewindow=1`);
        expect(agentJoinUrl({ viewerSameWindow: false })).toBe(vendor.agentJoin);
        const truthyButNotTrue = { viewerSameWindow: 'true' } as unknown as { viewerSameWindow: boolean };
        expect(agentJoinUrl(truthyButNotTrue)).toBe(vendor.agentJoin);
    });

    it.each<JoinMode>(['universaljoin', 'chatinvitation', 'smsinvitation'])('adds mode=%s', (mode) => {
        expect(agentJoinUrl({ mode })).toBe(`${vendor.agentJoin}?mode=${mode}`);
    });

    it('leaves mode out when it is null or undefined', () => {
        expect(agentJoinUrl({ mode: null })).toBe(vendor.agentJoin);
        expect(agentJoinUrl({ mode: undefined })).toBe(vendor.agentJoin);
    });

    it.each(['none', '', 'UniversalJoin', 'universaljoin&x=1', 'chat'])('rejects the unknown mode "%s"', (mode) => {
        expectStuError(
            () => agentJoinUrl({ mode: mode as JoinMode }),
            'JOIN_MODE_UNKNOWN',
            /universaljoin, chatinvitation, smsinvitation/
        );
    });

    it('never puts Join controls on Agent View', () => {
        const options = { sessionKey: '1234', viewerSameWindow: true, mode: 'universaljoin' } as Parameters<
            typeof agentViewUrl
        >[0];
        expect(agentViewUrl(options)).toBe(vendor.agentView);
    });
});

describe('c/glanceStu session keys', () => {
    it.each([
        ['1234', '1234'],
        ['  9876 \n', '9876'],
        ['abc.DEF_12-x', 'abc.DEF_12-x'],
        ['k'.repeat(50), 'k'.repeat(50)]
    ])('accepts %j as %j', (raw, expected) => {
        expect(normalizeSessionKey(raw)).toBe(expected);
    });

    it.each(['12 34', '1234&name=x', '1234#', 'k'.repeat(51), 'ключ', '12/34', '1%32'])('rejects %j', (raw) => {
        expectStuError(
            () => normalizeSessionKey(raw),
            'SESSION_KEY_INVALID',
            /letters, digits, dots, hyphens or underscores/
        );
    });

    it.each(['', '   ', null, undefined])('asks for a key when given %j', (raw) => {
        expectStuError(() => normalizeSessionKey(raw as string), 'SESSION_KEY_INVALID', /The session key is empty/);
    });

    it('builds Agent View with the trimmed key and refuses a bad one', () => {
        expect(agentViewUrl({ sessionKey: ' 1234 ' })).toBe(vendor.agentView);
        expectStuError(() => agentViewUrl({ sessionKey: '12 34' }), 'SESSION_KEY_INVALID');
    });
});

describe('c/glanceStu SSO identifiers', () => {
    it('trims the identifier value', () => {
        expect(loginKeyUrl({ kind: 'idpid', value: ` ${vendor.groupId}\t` })).toBe(vendor.loginKey);
        expect(queryOf(agentJoinUrl({ sso: { kind: 'idpname', value: '  Acme Support ' } }))).toEqual([
            ['idpname', 'Acme Support']
        ]);
    });

    it.each([
        ['idpid', '12a45', 'GROUP_ID_NOT_DIGITS', /idpid must be digits only; "12a45" is not/],
        ['idpid', '-12', 'GROUP_ID_NOT_DIGITS', /digits only/],
        ['idpid', '１２', 'GROUP_ID_NOT_DIGITS', /digits only/],
        ['idptoken', '00D 123', 'SSO_VALUE_HAS_WHITESPACE', /cannot contain spaces/],
        ['idpusername', 'ada\t.glance.net', 'SSO_VALUE_HAS_WHITESPACE', /cannot contain spaces/],
        ['idpname', '   ', 'SSO_VALUE_EMPTY', /empty/],
        ['idptoken', '', 'SSO_VALUE_EMPTY', /empty/]
    ] as const)('rejects %s %j as %s', (kind, value, reason, message) => {
        const sso = { kind, value } as SsoIdentifier;
        for (const build of [
            () => agentJoinUrl({ sso }),
            () => agentViewUrl({ sessionKey: '1234', sso }),
            () => accountManagementUrl(sso),
            () => loginKeyUrl(sso),
            () => samlTroubleshootingUrl(sso)
        ]) {
            expectStuError(build, reason, message);
        }
    });

    it.each(['idp', 'IDPID', '', 'sso', 'none'])('rejects the unknown kind %j', (kind) => {
        expectStuError(
            () => loginKeyUrl({ kind, value: '1' } as unknown as SsoIdentifier),
            'SSO_KIND_UNKNOWN',
            /idpid, idpname, idptoken, idpusername/
        );
    });

    it('rejects a missing identifier on the SSO-only STUs', () => {
        expectStuError(() => accountManagementUrl(null as unknown as SsoIdentifier), 'SSO_KIND_UNKNOWN');
        expectStuError(() => loginKeyUrl({ kind: 'idpid' } as SsoIdentifier), 'SSO_VALUE_EMPTY', /empty/);
    });

    it('builds non-SSO Join and View when the identifier is null', () => {
        expect(agentJoinUrl({ sso: null })).toBe(vendor.agentJoin);
        expect(agentViewUrl({ sessionKey: '1234', sso: null })).toBe(vendor.agentView);
    });

    it('keeps a token with URL characters inside its one parameter', () => {
        const url = samlTroubleshootingUrl({ kind: 'idptoken', value: 'a&test=12#x' });
        expect(queryOf(url)).toEqual([
            ['sso', '1'],
            ['test', '11'],
            ['idptoken', 'a&test=12#x']
        ]);
    });
});

describe('c/glanceStu messages for developers', () => {
    /** The message of what `action` throws; people read labels, a developer reads this in the console. */
    function thrownMessage(action: () => unknown): string {
        try {
            action();
        } catch (error) {
            expect(error).toBeInstanceOf(StuError);
            return (error as StuError).message;
        }
        throw new Error('nothing was thrown');
    }
    const unknownKind = (kind: unknown) => () => loginKeyUrl({ kind, value: '1' } as unknown as SsoIdentifier);

    it.each<[string, () => unknown, string]>([
        [
            'text in quotes',
            unknownKind('IDPID'),
            'Unknown SSO type "IDPID": use idpid, idpname, idptoken, idpusername.'
        ],
        [
            'blank text as an empty pair of quotes',
            () => agentJoinUrl({ mode: '' as JoinMode }),
            'Unknown Join mode "": use universaljoin, chatinvitation, smsinvitation.'
        ],
        ['a number as it is', unknownKind(42), 'Unknown SSO type 42: use idpid, idpname, idptoken, idpusername.'],
        [
            'a missing value as undefined',
            () => accountManagementUrl(null as unknown as SsoIdentifier),
            'Unknown SSO type undefined: use idpid, idpname, idptoken, idpusername.'
        ],
        [
            'a Group ID that is not digits in quotes',
            () => loginKeyUrl({ kind: 'idpid', value: ' 12a45 ' }),
            'idpid must be digits only; "12a45" is not.'
        ],
        [
            'a token with a space in quotes',
            () => loginKeyUrl({ kind: 'idptoken', value: '00D 123' }),
            'idptoken cannot contain spaces; "00D 123" does.'
        ],
        [
            'a session key that is not one in quotes',
            () => normalizeSessionKey(' 12 34 '),
            'The session key "12 34" is not 1 to 50 letters, digits, dots, hyphens or underscores.'
        ]
    ])('shows the value a rule refused: %s', (_case, action, message) => {
        expect(thrownMessage(action)).toBe(message);
    });
});
