import * as urls from '../serviceTargetUrls';
import {
    effectiveSettings,
    planLinks,
    StuError,
    type EffectiveSettings,
    type LinkPlan,
    type GlanceSettings,
    type Placement,
    type RunningUser
} from 'c/glanceStu';

const ORG_ID = '00D5g000004ABCDEAU';
const ADA: RunningUser = {
    identity: { name: 'Ada Lovelace', email: 'ada@example.com', phone: null },
    orgId: ORG_ID,
    glanceSettings: {}
};
const UNREADABLE: RunningUser = { identity: null, orgId: null, glanceSettings: {} };
/** Ada with Glance Settings as the org default or her profile would give them. */
const adaWith = (glanceSettings: GlanceSettings): RunningUser => ({ ...ADA, glanceSettings });
/** The plan for `user` whose Glance Settings are `settings`, on a page that sets nothing of its own. */
const planWith = (settings: GlanceSettings, user: RunningUser = ADA): LinkPlan =>
    planLinks({}, { ...user, glanceSettings: settings });

function params(url: string): [string, string][] {
    return [...new URL(url).searchParams.entries()];
}

afterEach(() => {
    jest.restoreAllMocks();
});

describe('linkSettings SSO identifier', () => {
    it.each<[GlanceSettings, [string, string]]>([
        [{}, ['idptoken', '00D5g000004ABCD']],
        [{ ssoType: '  ', ssoValue: null }, ['idptoken', '00D5g000004ABCD']],
        [{ ssoType: 'idptoken', orgIdLength: '18' }, ['idptoken', ORG_ID]],
        [{ ssoType: 'idptoken', orgIdLength: ' 15 ' }, ['idptoken', '00D5g000004ABCD']],
        [{ ssoType: 'idptoken', ssoValue: ' tenant-1 ' }, ['idptoken', 'tenant-1']],
        [{ ssoType: 'idpid', ssoValue: '4321' }, ['idpid', '4321']],
        [{ ssoType: ' idpname ', ssoValue: 'Acme' }, ['idpname', 'Acme']],
        [{ ssoType: 'idpusername', ssoValue: 'ada.glance.net' }, ['idpusername', 'ada.glance.net']]
    ])('resolves %j to %j on every link', (settings, expected) => {
        const plan = planWith(settings, ADA);
        expect(plan.sso).toEqual({ kind: expected[0], value: expected[1] });
        expect(plan.problems).toEqual([]);
        expect(params(plan.joinUrl)[0]).toEqual(expected);
        expect(params(plan.accountLinks?.loginKey ?? '')).toEqual([['sso', '1'], expected]);
    });

    it('uses no SSO identifier and no account links for ssoType none', () => {
        const plan = planWith({ ssoType: 'none', ssoValue: '4321' }, ADA);
        expect(plan.sso).toBeNull();
        expect(plan.accountLinks).toBeNull();
        expect(plan.problems).toEqual([]);
    });

    it.each<[GlanceSettings, RunningUser, string[]]>([
        [{ ssoType: 'idpid', ssoValue: '12a' }, ADA, ['GROUP_ID_NOT_DIGITS']],
        [{ ssoType: 'idpname', ssoValue: ' ' }, ADA, ['SSO_VALUE_EMPTY']],
        [{ ssoType: 'idptoken', ssoValue: 'a b' }, ADA, ['SSO_VALUE_HAS_WHITESPACE']],
        [{ ssoType: 'idpusername', ssoValue: 'ada\tglance' }, ADA, ['SSO_VALUE_HAS_WHITESPACE']],
        [{ ssoType: 'IDPID', ssoValue: '1' }, ADA, ['SSO_KIND_UNKNOWN']],
        [{}, UNREADABLE, ['ORG_ID_UNREADABLE']],
        [{}, { ...ADA, orgId: 'not an org id' }, ['ORG_ID_UNREADABLE']],
        [{ orgIdLength: '16' }, UNREADABLE, ['ORG_ID_LENGTH_UNKNOWN', 'ORG_ID_UNREADABLE']]
    ])('reports %j and falls back to non-SSO links', (settings, user, problems) => {
        const plan = planWith(settings, user);
        expect(plan.problems).toEqual(problems);
        expect(plan.sso).toBeNull();
        expect(plan.accountLinks).toBeNull();
        expect(params(plan.joinUrl).map(([key]) => key)).toEqual(user.identity ? ['name', 'email'] : []);
    });

    it('reports an unknown orgIdLength and uses the 15-character org ID', () => {
        const plan = planWith({ orgIdLength: '16' }, ADA);
        expect(plan.problems).toEqual(['ORG_ID_LENGTH_UNKNOWN']);
        expect(plan.sso).toEqual({ kind: 'idptoken', value: '00D5g000004ABCD' });
    });

    it('does not need the org ID when an explicit identifier is set', () => {
        expect(planWith({ ssoType: 'idpid', ssoValue: '99' }, UNREADABLE).problems).toEqual([]);
    });
});

describe('linkSettings Join options and identity', () => {
    it('passes identity, viewersamewindow and mode to Join', () => {
        const plan = planWith({ ssoType: 'none', joinMode: 'smsinvitation', viewerSameWindow: true }, ADA);
        expect(params(plan.joinUrl)).toEqual([
            ['name', 'Ada Lovelace'],
            ['email', 'ada@example.com'],
            ['viewersamewindow', '1'],
            ['mode', 'smsinvitation']
        ]);
        expect(plan.identity).toEqual(ADA.identity);
    });

    it.each([null, '', ' none ', 'none'])('adds no mode for %j', (joinMode) => {
        expect(params(planWith({ ssoType: 'none', joinMode }, UNREADABLE).joinUrl)).toEqual([]);
    });

    it('reports an unknown mode and still builds Join', () => {
        const plan = planWith({ ssoType: 'none', joinMode: 'cobrowse', viewerSameWindow: true }, UNREADABLE);
        expect(plan.problems).toEqual(['JOIN_MODE_UNKNOWN']);
        expect(params(plan.joinUrl)).toEqual([['viewersamewindow', '1']]);
    });

    it('drops identity when hideIdentity is set', () => {
        const plan = planWith({ hideIdentity: true }, ADA);
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
        expect(() => planWith({ joinMode: 'universaljoin' })).toThrow(RangeError);
    });

    it('does not report a session-key rule as a setting problem', () => {
        jest.spyOn(urls, 'loginKeyUrl').mockImplementation(() => {
            throw new StuError('SESSION_KEY_INVALID', 'not a setting');
        });
        expect(() => planLinks({}, ADA)).toThrow('not a setting');
    });
});

describe("effectiveSettings: Glance Settings, and a page's own Join mode and key field", () => {
    it.each<['joinMode' | 'sessionKeyField', string, string, string]>([
        // setting, page value, Glance Settings value, built-in default
        ['joinMode', 'chatinvitation', 'universaljoin', 'none'],
        ['sessionKeyField', 'Glance_Session_Key__c', 'Case.Contact.Glance_Visitor_Id__c', '']
    ])('lets the page set %s, else Glance Settings, else the default', (setting, placed, configured, fallback) => {
        const resolve = (placement: Placement, glance: GlanceSettings) => {
            const settings = effectiveSettings(placement, glance);
            return [settings[setting], settings.placed[setting]];
        };
        expect(resolve({ [setting]: placed }, { [setting]: configured })).toEqual([placed, true]);
        expect(resolve({ [setting]: ` ${placed} ` }, {})).toEqual([placed, true]);
        expect(resolve({ [setting]: '  ' }, { [setting]: ` ${configured} ` })).toEqual([configured, false]);
        expect(resolve({}, { [setting]: configured })).toEqual([configured, false]);
        expect(resolve({ [setting]: null }, { [setting]: null })).toEqual([fallback, false]);
    });

    it.each<['ssoType' | 'orgIdLength', string, string]>([
        ['ssoType', 'idpid', 'idptoken'],
        ['orgIdLength', '18', '15']
    ])('takes %s from Glance Settings alone, trimmed, else the default', (setting, configured, fallback) => {
        expect(effectiveSettings({}, { [setting]: ` ${configured} ` })[setting]).toBe(configured);
        expect(effectiveSettings({}, { [setting]: ' ' })[setting]).toBe(fallback);
    });

    it.each(['viewerSameWindow', 'hideIdentity', 'logSessions', 'waitForSession'] as const)(
        'turns %s on only when Glance Settings turn it on',
        (flag) => {
            expect(effectiveSettings({}, { [flag]: true })[flag]).toBe(true);
            expect(effectiveSettings({}, { [flag]: false })[flag]).toBe(false);
            expect(effectiveSettings({}, { [flag]: null })[flag]).toBe(false);
        }
    );

    it('takes the SSO value and the Task status from Glance Settings, trimmed; blank when they name none', () => {
        expect(effectiveSettings({}, { ssoValue: ' 4321 ', logTaskStatus: ' Closed ' })).toMatchObject({
            ssoValue: '4321',
            logTaskStatus: 'Closed'
        });
        expect(effectiveSettings({}, { ssoValue: null, logTaskStatus: null })).toMatchObject({
            ssoValue: '',
            logTaskStatus: ''
        });
    });

    it('with no page values and no Glance Settings gives the built-in defaults', () => {
        const expected: EffectiveSettings = {
            ssoType: 'idptoken',
            ssoValue: '',
            orgIdLength: '15',
            joinMode: 'none',
            sessionKeyField: '',
            viewerSameWindow: false,
            hideIdentity: false,
            logSessions: false,
            waitForSession: false,
            logTaskStatus: '',
            placed: { joinMode: false, sessionKeyField: false }
        };
        expect(effectiveSettings({}, {})).toEqual(expected);
    });
});

describe('planLinks with Glance Settings', () => {
    it("sends idptoken with the 15-character org ID and the agent's identity when nothing is configured", () => {
        const plan = planLinks({}, ADA);
        expect(plan.problems).toEqual([]);
        expect(params(plan.joinUrl)).toEqual([
            ['idptoken', '00D5g000004ABCD'],
            ['name', 'Ada Lovelace'],
            ['email', 'ada@example.com']
        ]);
    });

    it('builds every link from Glance Settings', () => {
        const plan = planWith({
            ssoType: 'idpid',
            ssoValue: '67890',
            joinMode: 'universaljoin',
            viewerSameWindow: true
        });
        expect(plan.problems).toEqual([]);
        expect(params(plan.joinUrl)).toEqual([
            ['idpid', '67890'],
            ['name', 'Ada Lovelace'],
            ['email', 'ada@example.com'],
            ['viewersamewindow', '1'],
            ['mode', 'universaljoin']
        ]);
        expect(params(plan.accountLinks?.loginKey ?? '')).toEqual([
            ['sso', '1'],
            ['idpid', '67890']
        ]);
    });

    it("lets a page's Join mode win over Glance Settings', and a blank one defer to them", () => {
        const glance = adaWith({ ssoType: 'none', joinMode: 'smsinvitation' });
        expect(params(planLinks({ joinMode: 'chatinvitation' }, glance).joinUrl).at(-1)).toEqual([
            'mode',
            'chatinvitation'
        ]);
        expect(params(planLinks({ joinMode: 'none' }, glance).joinUrl).map(([key]) => key)).toEqual(['name', 'email']);
        expect(params(planLinks({ joinMode: ' ' }, glance).joinUrl).at(-1)).toEqual(['mode', 'smsinvitation']);
    });

    it.each<[GlanceSettings, string]>([
        [{ ssoType: 'saml' }, 'SSO_KIND_UNKNOWN'],
        [{ ssoType: 'idpid', ssoValue: '12a4' }, 'GROUP_ID_NOT_DIGITS'],
        [{ ssoType: 'idpid' }, 'SSO_VALUE_EMPTY']
    ])('keeps Join working without SSO for bad Glance Settings %j', (glance, problem) => {
        const plan = planWith(glance);
        expect(plan.problems).toEqual([problem]);
        expect(plan.sso).toBeNull();
        expect(plan.accountLinks).toBeNull();
        expect(params(plan.joinUrl).map(([key]) => key)).toEqual(['name', 'email']);
    });
});
