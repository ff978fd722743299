import {
    LABELS,
    audienceOf,
    cardMessages,
    formatLabel,
    planLinks,
    problemMessage,
    settingMessages,
    settingProblemMessages,
    settingsNotice,
    userUnreadableNotice,
    type GlanceSettings,
    type Placement,
    type SettingProblem
} from 'c/glanceStu';

const ADA = { identity: { name: 'Ada' }, orgId: '00D5g000004ABCDEAU', glanceSettings: {} };

describe('problemMessages', () => {
    it.each<[string, Placement, SettingProblem, string, string]>([
        [
            'an unknown mode',
            { joinMode: 'video' },
            'JOIN_MODE_UNKNOWN',
            LABELS.problemJoinModeUnknown,
            LABELS.propertyJoinMode
        ]
    ])(
        'turns %s set on the page into the message that names its property',
        (_case, placement, problem, template, name) => {
            const { problems, settings } = planLinks(placement, ADA);
            expect(problems).toEqual([problem]);
            expect(problemMessage(problem, settings.placed)).toBe(formatLabel(template, name));
            expect(problemMessage(problem, settings.placed)).not.toMatch(/\{\d\}/);
        }
    );

    it.each<[string, GlanceSettings, SettingProblem, string, string]>([
        [
            'a Group ID with a letter',
            { ssoType: 'idpid', ssoValue: '12a' },
            'GROUP_ID_NOT_DIGITS',
            LABELS.problemGroupIdNotNumeric,
            LABELS.settingFieldSsoValue
        ],
        [
            'a blank Group ID',
            { ssoType: 'idpid' },
            'SSO_VALUE_EMPTY',
            LABELS.problemSsoValueMissing,
            LABELS.settingFieldSsoValue
        ],
        [
            'an unknown type',
            { ssoType: 'saml' },
            'SSO_KIND_UNKNOWN',
            LABELS.problemSsoTypeUnknown,
            LABELS.settingFieldSsoType
        ],
        [
            'an unknown mode',
            { joinMode: 'video' },
            'JOIN_MODE_UNKNOWN',
            LABELS.problemJoinModeUnknown,
            LABELS.settingFieldJoinMode
        ],
        [
            'an org ID length of 16',
            { orgIdLength: '16' },
            'ORG_ID_LENGTH_UNKNOWN',
            LABELS.problemOrgIdLengthUnknown,
            LABELS.settingFieldOrgIdLength
        ]
    ])(
        'turns %s in Glance Settings into the message that names the field',
        (_case, glance, problem, template, field) => {
            const plan = planLinks({}, { ...ADA, glanceSettings: glance });
            expect(settingProblemMessages(plan, false)).toEqual([{ key: problem, text: formatLabel(template, field) }]);
            expect(field).toMatch(/Glance Settings/);
        }
    );

    it('sends the admin to Glance Settings for a built-in default the org ID cannot fill', () => {
        const plan = planLinks({}, { identity: null, orgId: null, glanceSettings: {} });
        expect(settingProblemMessages(plan, false)).toEqual([
            {
                key: 'ORG_ID_UNREADABLE',
                text: formatLabel(LABELS.problemOrgIdUnreadable, LABELS.settingFieldSsoValue)
            }
        ]);
    });

    it('drops permission-set advice when the whole user record failed', () => {
        const plan = planLinks({ joinMode: 'video' }, { identity: null, orgId: null, glanceSettings: {} });
        expect(plan.problems).toEqual(['ORG_ID_UNREADABLE', 'JOIN_MODE_UNKNOWN']);
        expect(settingProblemMessages(plan, true).map((m) => m.key)).toEqual(['JOIN_MODE_UNKNOWN']);
        expect(settingProblemMessages(plan, false).map((m) => m.key)).toEqual(plan.problems);
    });

    it('puts the wire error into the notice for the agent, saying single sign-on is lost with the user record', () => {
        expect(userUnreadableNotice('No access')).toEqual({
            key: 'user',
            text: formatLabel(LABELS.userUnreadable, 'No access')
        });
        expect(LABELS.userUnreadable).toMatch(/single sign-on/);
    });
});

describe('problemMessages audiences', () => {
    const BAD_GROUP_ID = { ...ADA, glanceSettings: { ssoType: 'idpid', ssoValue: '12a' } };
    const placeInSettings = LABELS.noticePlaceGlanceSettings;
    const notice = (template: string, place = placeInSettings) => ({
        key: 'settings',
        text: formatLabel(template, place)
    });

    it.each([
        [false, false, 'agent'],
        [true, false, 'admin'],
        [false, true, 'admin'],
        [true, true, 'admin'],
        // Jest and a platform without the permission give the module's name, a string: never a grant.
        ['CustomizeApplication', 'Glance_Account_Admin', 'agent']
    ])(
        'Customize Application %j and Glance_Account_Admin %j read as %s',
        (customizeApplication, glanceAccountAdmin, audience) => {
            expect(audienceOf({ customizeApplication, glanceAccountAdmin })).toBe(audience);
        }
    );

    it('gives an admin each problem, naming what to fix, and an agent one plain notice for the same setting', () => {
        const plan = planLinks({}, BAD_GROUP_ID);
        const fix = formatLabel(LABELS.problemGroupIdNotNumeric, LABELS.settingFieldSsoValue);
        expect(settingMessages('admin', plan, false)).toEqual({
            problems: [{ key: 'GROUP_ID_NOT_DIGITS', text: fix }],
            notices: []
        });
        expect(settingMessages('agent', plan, false)).toEqual({
            problems: [],
            notices: [notice(LABELS.noticeSettingsSso)]
        });
        expect(notice(LABELS.noticeSettingsSso).text).not.toMatch(/SSO_Value__c|\{\d\}/);
    });

    it.each<[string, GlanceSettings, string]>([
        ['an unknown type', { ssoType: 'saml' }, LABELS.noticeSettingsSso],
        ['a blank group name', { ssoType: 'idpname' }, LABELS.noticeSettingsSso],
        ['a token with a space', { ssoValue: 'a b' }, LABELS.noticeSettingsSso],
        ['an org ID length of 16', { orgIdLength: '16' }, LABELS.noticeSettingsSso],
        ['an unknown mode', { joinMode: 'video' }, LABELS.noticeSettingsMode],
        [
            'a bad Group ID and an unknown mode',
            { ssoType: 'idpid', ssoValue: 'x', joinMode: 'video' },
            LABELS.noticeSettingsSsoAndMode
        ]
    ])('tells an agent what %s in Glance Settings costs them', (_case, glanceSettings, template) => {
        expect(settingsNotice(planLinks({}, { ...ADA, glanceSettings }), false)).toEqual(notice(template));
    });

    it("sends the agent's admin to the card's properties only when every bad value is the card's own", () => {
        const cardOnly = planLinks({ joinMode: 'video' }, ADA);
        expect(settingsNotice(cardOnly, false)).toEqual(notice(LABELS.noticeSettingsMode, LABELS.noticePlaceCard));
        const both = planLinks({ joinMode: 'video' }, BAD_GROUP_ID);
        expect(settingsNotice(both, false)).toEqual(notice(LABELS.noticeSettingsSsoAndMode));
    });

    it('tells nobody anything when all is well, and drops org ID advice when the user record failed', () => {
        expect(settingMessages('agent', planLinks({}, ADA), false)).toEqual({ problems: [], notices: [] });
        expect(settingMessages('admin', planLinks({}, ADA), false)).toEqual({ problems: [], notices: [] });
        const unreadable = planLinks({}, { identity: null, orgId: null, glanceSettings: {} });
        expect(settingMessages('agent', unreadable, true)).toEqual({ problems: [], notices: [] });
        expect(settingMessages('agent', unreadable, false).notices).toEqual([notice(LABELS.noticeSettingsSso)]);
    });

    it("shows a component's own problems to admins after the setting problems, never to agents", () => {
        const sessionKeyField = { key: 'session-key-field', text: 'Fix the Session Key Field property' };
        const plan = planLinks({}, BAD_GROUP_ID);
        expect(settingMessages('admin', plan, false, [sessionKeyField]).problems.map((m) => m.key)).toEqual([
            'GROUP_ID_NOT_DIGITS',
            'session-key-field'
        ]);
        expect(settingMessages('agent', planLinks({}, ADA), false, [sessionKeyField])).toEqual({
            problems: [],
            notices: []
        });
    });

    it("orders a card's notices: the user record, then the key's record, then the settings", () => {
        const keyField = {
            problem: { key: 'session-key-field', text: 'Fix the Session Key Field property' },
            notice: { key: 'record', text: 'The record could not be read.' }
        };
        const hidden = planLinks({ joinMode: 'video' }, { ...ADA, glanceSettings: { hideIdentity: true } });
        expect(cardMessages('agent', hidden, undefined, keyField.notice, [keyField.problem])).toEqual({
            problems: [],
            notices: [
                { key: 'identity-hidden', text: LABELS.identityHidden },
                keyField.notice,
                notice(LABELS.noticeSettingsMode, LABELS.noticePlaceCard)
            ]
        });
        const unreadable = planLinks({}, { identity: null, orgId: null, glanceSettings: { hideIdentity: true } });
        const error = { status: 403, statusText: 'Forbidden', body: { message: 'No access' } };
        expect(cardMessages('admin', unreadable, error, null)).toEqual({
            problems: [],
            notices: [userUnreadableNotice('No access')]
        });
        expect(
            cardMessages('admin', hidden, undefined, keyField.notice, [keyField.problem]).problems.map((m) => m.key)
        ).toEqual(['JOIN_MODE_UNKNOWN', 'session-key-field']);
    });
});
