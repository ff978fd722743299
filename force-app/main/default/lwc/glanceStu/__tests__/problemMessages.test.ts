import {
    LABELS,
    formatLabel,
    planLinks,
    problemMessage,
    settingProblemMessages,
    userUnreadableNotice,
    type LinkSettings,
    type SettingProblem
} from 'c/glanceStu';

const ADA = { identity: { name: 'Ada' }, orgId: '00D5g000004ABCDEAU', glanceSettings: {} };

describe('problemMessages', () => {
    it.each<[string, Parameters<typeof planLinks>[0], SettingProblem, string, string]>([
        [
            'a Group ID with a letter',
            { ssoType: 'idpid', ssoValue: '12a' },
            'GROUP_ID_NOT_DIGITS',
            LABELS.problemGroupIdNotNumeric,
            LABELS.propertySsoValue
        ],
        [
            'a blank group name',
            { ssoType: 'idpname', ssoValue: ' ' },
            'SSO_VALUE_EMPTY',
            LABELS.problemSsoValueMissing,
            LABELS.propertySsoValue
        ],
        [
            'a token with a space',
            { ssoValue: 'a b' },
            'SSO_VALUE_HAS_WHITESPACE',
            LABELS.problemSsoValueHasSpaces,
            LABELS.propertySsoValue
        ],
        [
            'an unknown type',
            { ssoType: 'saml' },
            'SSO_KIND_UNKNOWN',
            LABELS.problemSsoTypeUnknown,
            LABELS.propertySsoType
        ],
        [
            'an unknown mode',
            { joinMode: 'video' },
            'JOIN_MODE_UNKNOWN',
            LABELS.problemJoinModeUnknown,
            LABELS.propertyJoinMode
        ],
        [
            'an org ID length of 16',
            { orgIdLength: '16' },
            'ORG_ID_LENGTH_UNKNOWN',
            LABELS.problemOrgIdLengthUnknown,
            LABELS.propertyOrgIdLength
        ]
    ])(
        'turns %s on the placement into the message that names its property',
        (_case, settings, problem, template, setting) => {
            const { problems, settings: effective } = planLinks(settings, ADA);
            expect(problems).toEqual([problem]);
            expect(problemMessage(problem, effective.sources)).toBe(formatLabel(template, setting));
            expect(problemMessage(problem, effective.sources)).not.toMatch(/\{\d\}/);
        }
    );

    it.each<[string, LinkSettings, SettingProblem, string, string]>([
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

    it('puts the wire error into the notice for the agent', () => {
        expect(userUnreadableNotice('No access')).toEqual({
            key: 'user',
            text: formatLabel(LABELS.userUnreadable, 'No access')
        });
    });
});
