import * as urls from '../serviceTargetUrls';
import { planLinks, StuError, type LinkSettings, type RunningUser } from 'c/glanceStu';

const ORG_ID = '00D5g000004ABCDEAU';
const ADA: RunningUser = { identity: { name: 'Ada Lovelace', email: 'ada@example.com', phone: null }, orgId: ORG_ID };
const UNREADABLE: RunningUser = { identity: null, orgId: null };

function params(url: string): [string, string][] {
    return [...new URL(url).searchParams.entries()];
}

afterEach(() => {
    jest.restoreAllMocks();
});

describe('linkSettings SSO identifier', () => {
    it.each<[LinkSettings, [string, string]]>([
        [{}, ['idptoken', '00D5g000004ABCD']],
        [{ ssoType: '  ', ssoValue: null }, ['idptoken', '00D5g000004ABCD']],
        [{ ssoType: 'idptoken', orgIdLength: '18' }, ['idptoken', ORG_ID]],
        [{ ssoType: 'idptoken', orgIdLength: ' 15 ' }, ['idptoken', '00D5g000004ABCD']],
        [{ ssoType: 'idptoken', ssoValue: ' tenant-1 ' }, ['idptoken', 'tenant-1']],
        [{ ssoType: 'idpid', ssoValue: '4321' }, ['idpid', '4321']],
        [{ ssoType: ' idpname ', ssoValue: 'Acme' }, ['idpname', 'Acme']],
        [{ ssoType: 'idpusername', ssoValue: 'ada.glance.net' }, ['idpusername', 'ada.glance.net']]
    ])('resolves %j to %j on every link', (settings, expected) => {
        const plan = planLinks(settings, ADA);
        expect(plan.sso).toEqual({ kind: expected[0], value: expected[1] });
        expect(plan.problems).toEqual([]);
        expect(params(plan.joinUrl)[0]).toEqual(expected);
        expect(params(plan.accountLinks?.loginKey ?? '')).toEqual([['sso', '1'], expected]);
    });

    it('uses no SSO identifier and no account links for ssoType none', () => {
        const plan = planLinks({ ssoType: 'none', ssoValue: '4321' }, ADA);
        expect(plan.sso).toBeNull();
        expect(plan.accountLinks).toBeNull();
        expect(plan.problems).toEqual([]);
    });

    it.each<[LinkSettings, RunningUser, string[]]>([
        [{ ssoType: 'idpid', ssoValue: '12a' }, ADA, ['GROUP_ID_NOT_DIGITS']],
        [{ ssoType: 'idpname', ssoValue: ' ' }, ADA, ['SSO_VALUE_EMPTY']],
        [{ ssoType: 'idptoken', ssoValue: 'a b' }, ADA, ['SSO_VALUE_HAS_WHITESPACE']],
        [{ ssoType: 'idpusername', ssoValue: 'ada\tglance' }, ADA, ['SSO_VALUE_HAS_WHITESPACE']],
        [{ ssoType: 'IDPID', ssoValue: '1' }, ADA, ['SSO_KIND_UNKNOWN']],
        [{}, UNREADABLE, ['ORG_ID_UNREADABLE']],
        [{}, { ...ADA, orgId: 'not an org id' }, ['ORG_ID_UNREADABLE']],
        [{ orgIdLength: '16' }, UNREADABLE, ['ORG_ID_LENGTH_UNKNOWN', 'ORG_ID_UNREADABLE']]
    ])('reports %j and falls back to non-SSO links', (settings, user, problems) => {
        const plan = planLinks(settings, user);
        expect(plan.problems).toEqual(problems);
        expect(plan.sso).toBeNull();
        expect(plan.accountLinks).toBeNull();
        expect(params(plan.joinUrl).map(([key]) => key)).toEqual(user.identity ? ['name', 'email'] : []);
    });

    it('reports an unknown orgIdLength and uses the 15-character org ID', () => {
        const plan = planLinks({ orgIdLength: '16' }, ADA);
        expect(plan.problems).toEqual(['ORG_ID_LENGTH_UNKNOWN']);
        expect(plan.sso).toEqual({ kind: 'idptoken', value: '00D5g000004ABCD' });
    });

    it('does not need the org ID when an explicit identifier is set', () => {
        expect(planLinks({ ssoType: 'idpid', ssoValue: '99' }, UNREADABLE).problems).toEqual([]);
    });
});

describe('linkSettings Join options and identity', () => {
    it('passes identity, viewersamewindow and mode to Join', () => {
        const plan = planLinks({ ssoType: 'none', joinMode: 'smsinvitation', viewerSameWindow: true }, ADA);
        expect(params(plan.joinUrl)).toEqual([
            ['name', 'Ada Lovelace'],
            ['email', 'ada@example.com'],
            ['viewersamewindow', '1'],
            ['mode', 'smsinvitation']
        ]);
        expect(plan.identity).toEqual(ADA.identity);
    });

    it.each([null, '', ' none ', 'none'])('adds no mode for %j', (joinMode) => {
        expect(params(planLinks({ ssoType: 'none', joinMode }, UNREADABLE).joinUrl)).toEqual([]);
    });

    it('reports an unknown mode and still builds Join', () => {
        const plan = planLinks({ ssoType: 'none', joinMode: 'cobrowse', viewerSameWindow: true }, UNREADABLE);
        expect(plan.problems).toEqual(['JOIN_MODE_UNKNOWN']);
        expect(params(plan.joinUrl)).toEqual([['viewersamewindow', '1']]);
    });

    it('drops identity when hideIdentity is set', () => {
        const plan = planLinks({ hideIdentity: true }, ADA);
        expect(plan.identity).toBeNull();
        expect(params(plan.joinUrl)).toEqual([['idptoken', '00D5g000004ABCD']]);
    });
});

describe('linkSettings unexpected failures', () => {
    it('does not hide an error that is not about the SSO identifier', () => {
        jest.spyOn(urls, 'accountManagementUrl').mockImplementation(() => {
            throw new TypeError('boom');
        });
        expect(() => planLinks({}, ADA)).toThrow(TypeError);
    });

    it('does not hide an error that is not about the mode', () => {
        jest.spyOn(urls, 'agentJoinUrl').mockImplementation(() => {
            throw new RangeError('boom');
        });
        expect(() => planLinks({ joinMode: 'universaljoin' }, ADA)).toThrow(RangeError);
    });

    it('does not report a session-key rule as a setting problem', () => {
        jest.spyOn(urls, 'loginKeyUrl').mockImplementation(() => {
            throw new StuError('SESSION_KEY_INVALID', 'not a setting');
        });
        expect(() => planLinks({}, ADA)).toThrow('not a setting');
    });
});
