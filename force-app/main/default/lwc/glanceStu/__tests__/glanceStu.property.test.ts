import fc from 'fast-check';
import {
    accountManagementUrl,
    agentJoinUrl,
    agentViewUrl,
    loginKeyUrl,
    samlTroubleshootingUrl,
    type AgentIdentity,
    type JoinMode,
    type SsoIdentifier
} from 'c/glanceStu';

const RUNS = { numRuns: 1000 };
const GLANCE_ORIGIN = 'https://www.glance.net';

// Any Unicode, weighted towards the characters that could break a query string.
const hostileCharacter = fc.constantFrom(
    '&',
    '=',
    '#',
    '%',
    '+',
    '?',
    '/',
    ' ',
    '\t',
    '\n',
    '\r',
    '\u0000',
    '\u001f',
    '\u007f',
    '\u00a0',
    '\u2028'
);
const anyCodePoint = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });
const anyText = fc.string({ unit: fc.oneof(hostileCharacter, anyCodePoint), maxLength: 30 });
const nonBlankText = anyText.filter((text) => text.trim() !== '');
const noWhitespaceText = nonBlankText.map((text) => text.replace(/\s/g, '')).filter((text) => text !== '');
const padding = fc.constantFrom('', ' ', '\t', '\n ', '\u00a0');

const ssoIdentifier: fc.Arbitrary<SsoIdentifier> = fc.oneof(
    fc.stringMatching(/^[0-9]{1,9}$/).map((value) => ({ kind: 'idpid' as const, value })),
    nonBlankText.map((value) => ({ kind: 'idpname' as const, value })),
    noWhitespaceText.map((value) => ({ kind: 'idptoken' as const, value })),
    noWhitespaceText.map((value) => ({ kind: 'idpusername' as const, value }))
);
const paddedSso = fc
    .tuple(ssoIdentifier, padding, padding)
    .map(([sso, before, after]) => ({ ...sso, value: `${before}${sso.value}${after}` }));
const optionalText = fc.option(anyText, { nil: undefined });
const identity: fc.Arbitrary<AgentIdentity | null> = fc.option(
    fc.record({ name: fc.option(anyText), email: optionalText, phone: optionalText }, { requiredKeys: [] }),
    { nil: null }
);
const joinMode = fc.option(fc.constantFrom<JoinMode>('universaljoin', 'chatinvitation', 'smsinvitation'), {
    nil: null
});
const sessionKey = fc.tuple(fc.stringMatching(/^[A-Za-z0-9._-]{1,50}$/), padding, padding);

function expectedIdentity(value: AgentIdentity | null): [string, string][] {
    return (['name', 'email', 'phone'] as const).flatMap((key): [string, string][] => {
        const text = value?.[key]?.trim();
        return text ? [[key, text]] : [];
    });
}

function expectStu(url: string, path: string, expected: [string, string][]): void {
    const parsed = new URL(url);
    expect(parsed.origin).toBe(GLANCE_ORIGIN);
    expect(parsed.pathname).toBe(path);
    expect(parsed.hash).toBe('');
    expect(url).not.toContain('#');
    expect([...parsed.searchParams.entries()]).toEqual(expected);
    // Each key exactly once: nothing an input holds can add or repeat a parameter.
    const keys = [...parsed.searchParams.keys()];
    expect(new Set(keys).size).toBe(keys.length);
    if (expected.length === 0) {
        expect(url).not.toContain('?');
    }
}

describe('c/glanceStu properties', () => {
    it('Agent Join carries exactly the SSO identifier, trimmed identity and controls it was given', () => {
        fc.assert(
            fc.property(
                fc.option(paddedSso, { nil: null }),
                identity,
                fc.boolean(),
                joinMode,
                (sso, who, sameWindow, mode) => {
                    const url = agentJoinUrl({ sso, identity: who, viewerSameWindow: sameWindow, mode });
                    expectStu(url, '/agentjoin/AgentJoin.aspx', [
                        ...(sso ? [[sso.kind, sso.value.trim()] as [string, string]] : []),
                        ...expectedIdentity(who),
                        ...(sameWindow ? [['viewersamewindow', '1'] as [string, string]] : []),
                        ...(mode ? [['mode', mode] as [string, string]] : [])
                    ]);
                }
            ),
            RUNS
        );
    });

    it('Agent View carries exactly the SSO identifier, the trimmed key and trimmed identity', () => {
        fc.assert(
            fc.property(fc.option(paddedSso, { nil: null }), sessionKey, identity, (sso, [key, before, after], who) => {
                const url = agentViewUrl({ sso, sessionKey: `${before}${key}${after}`, identity: who });
                expectStu(url, '/agentjoin/AgentView.aspx', [
                    ...(sso ? [[sso.kind, sso.value.trim()] as [string, string]] : []),
                    ['SessionKey', key],
                    ...expectedIdentity(who)
                ]);
            }),
            RUNS
        );
    });

    it('account management, login key and SAML troubleshooting carry exactly their parameters', () => {
        fc.assert(
            fc.property(paddedSso, (sso) => {
                const identifier: [string, string] = [sso.kind, sso.value.trim()];
                const path = '/account/GetLoginKey.aspx';
                expectStu(accountManagementUrl(sso), path, [
                    ['sso', '1'],
                    identifier,
                    ['redirect', '/account/AccountSummary.aspx']
                ]);
                expectStu(loginKeyUrl(sso), path, [['sso', '1'], identifier]);
                expectStu(samlTroubleshootingUrl(sso), path, [['sso', '1'], ['test', '11'], identifier]);
            }),
            RUNS
        );
    });
});
