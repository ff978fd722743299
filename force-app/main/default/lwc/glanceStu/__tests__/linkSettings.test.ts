import * as urls from '../serviceTargetUrls';
import {
    effectiveSettings,
    planLinks,
    StuError,
    type EffectiveSettings,
    type LinkSettings,
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
const adaWith = (glanceSettings: LinkSettings): RunningUser => ({ ...ADA, glanceSettings });

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

describe('effectiveSettings precedence: placement, then Glance Settings, then the default', () => {
    type Text = 'ssoType' | 'orgIdLength' | 'joinMode' | 'sessionKeyField';
    it.each<[Text, string, string, string]>([
        // setting, placement value, Glance Settings value, built-in default
        ['ssoType', 'idpname', 'idpid', 'idptoken'],
        ['orgIdLength', '18', '16', '15'],
        ['joinMode', 'chatinvitation', 'universaljoin', 'none'],
        ['sessionKeyField', 'Glance_Session_Key__c', 'Case.Contact.Glance_Visitor_Id__c', '']
    ])('resolves %s from the placement, Glance Settings or the default', (setting, placed, configured, fallback) => {
        const resolve = (placement: LinkSettings, glance: LinkSettings) => {
            const settings = effectiveSettings(placement, glance);
            return [settings[setting], settings.sources[setting]];
        };
        expect(resolve({ [setting]: placed }, { [setting]: configured })).toEqual([placed, 'placement']);
        expect(resolve({ [setting]: ` ${placed} ` }, {})).toEqual([placed, 'placement']);
        expect(resolve({ [setting]: 'settings' }, { [setting]: ` ${configured} ` })).toEqual([
            configured,
            'glanceSettings'
        ]);
        expect(resolve({}, { [setting]: configured })).toEqual([configured, 'glanceSettings']);
        expect(resolve({ [setting]: ' settings ' }, { [setting]: '  ' })).toEqual([fallback, 'default']);
        expect(resolve({ [setting]: null }, { [setting]: null })).toEqual([fallback, 'default']);
    });

    it.each(['viewerSameWindow', 'hideIdentity', 'logSessions', 'waitForSession'] as const)(
        'turns %s on when either turns it on',
        (flag) => {
            const on = (placement: boolean | null, glance: boolean | null) =>
                effectiveSettings({ [flag]: placement }, { [flag]: glance })[flag];
            expect(on(true, false)).toBe(true);
            expect(on(false, true)).toBe(true);
            expect(on(null, true)).toBe(true);
            expect(on(true, true)).toBe(true);
            expect(on(false, false)).toBe(false);
            expect(on(null, null)).toBe(false);
        }
    );

    it('takes the Task status from Glance Settings alone, trimmed; blank when they name none', () => {
        expect(effectiveSettings({}, { logTaskStatus: ' Closed ' }).logTaskStatus).toBe('Closed');
        expect(effectiveSettings({ logTaskStatus: 'Open' }, {}).logTaskStatus).toBe('');
        expect(effectiveSettings({}, { logTaskStatus: null }).logTaskStatus).toBe('');
    });

    it.each<[string, LinkSettings, LinkSettings, [string, string]]>([
        [
            'the placement value wins',
            { ssoValue: ' 4321 ' },
            { ssoType: 'idpid', ssoValue: '999' },
            ['4321', 'placement']
        ],
        [
            'Glance Settings fill a blank placement value',
            { ssoValue: ' ' },
            { ssoValue: '999' },
            ['999', 'glanceSettings']
        ],
        ['a placement type keeps its own blank value', { ssoType: 'idptoken' }, { ssoValue: '999' }, ['', 'placement']],
        ['a blank value answers to its type from Glance Settings', {}, { ssoType: 'idpname' }, ['', 'glanceSettings']],
        ['a blank value with no settings is the default', {}, {}, ['', 'default']]
    ])('resolves the SSO value: %s', (_case, placement, glance, expected) => {
        const settings = effectiveSettings(placement, glance);
        expect([settings.ssoValue, settings.sources.ssoValue]).toEqual(expected);
    });

    it('with no placement values and no Glance Settings gives the built-in defaults', () => {
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
            sources: {
                ssoType: 'default',
                ssoValue: 'default',
                orgIdLength: 'default',
                joinMode: 'default',
                sessionKeyField: 'default'
            }
        };
        expect(effectiveSettings({}, {})).toEqual(expected);
        expect(effectiveSettings({ ssoType: 'settings', orgIdLength: 'settings', joinMode: 'settings' }, {})).toEqual(
            expected
        );
    });
});

describe('planLinks with Glance Settings', () => {
    it('builds every link from Glance Settings when the placement defers to them', () => {
        const plan = planLinks(
            { ssoType: 'settings', orgIdLength: 'settings', joinMode: 'settings' },
            adaWith({ ssoType: 'idpid', ssoValue: '67890', joinMode: 'universaljoin', viewerSameWindow: true })
        );
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

    it('sends the 18-character org ID when Glance Settings ask for it', () => {
        expect(planLinks({}, adaWith({ orgIdLength: '18' })).sso).toEqual({ kind: 'idptoken', value: ORG_ID });
    });

    it('drops identity when Glance Settings hide it', () => {
        const plan = planLinks({}, adaWith({ hideIdentity: true }));
        expect(plan.identity).toBeNull();
        expect(params(plan.joinUrl)).toEqual([['idptoken', '00D5g000004ABCD']]);
    });

    it('lets a placement value win over Glance Settings', () => {
        const plan = planLinks(
            { ssoType: 'none', joinMode: 'none' },
            adaWith({ ssoType: 'idpid', ssoValue: '1', joinMode: 'smsinvitation' })
        );
        expect(params(plan.joinUrl)).toEqual([
            ['name', 'Ada Lovelace'],
            ['email', 'ada@example.com']
        ]);
    });

    it.each<[LinkSettings, string]>([
        [{ ssoType: 'saml' }, 'SSO_KIND_UNKNOWN'],
        [{ ssoType: 'idpid', ssoValue: '12a4' }, 'GROUP_ID_NOT_DIGITS'],
        [{ ssoType: 'idpid' }, 'SSO_VALUE_EMPTY']
    ])(
        'keeps Join working without SSO for bad Glance Settings %j and says where the value came from',
        (glance, problem) => {
            const plan = planLinks({}, adaWith(glance));
            expect(plan.problems).toEqual([problem]);
            expect(plan.sso).toBeNull();
            expect(plan.accountLinks).toBeNull();
            expect(params(plan.joinUrl).map(([key]) => key)).toEqual(['name', 'email']);
            expect(plan.settings.sources.ssoType).toBe('glanceSettings');
            expect(plan.settings.sources.ssoValue).toBe('glanceSettings');
        }
    );
});
