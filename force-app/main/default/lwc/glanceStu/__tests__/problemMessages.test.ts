import {
    LABELS,
    LAUNCHER_PROPERTY_NAMES,
    formatLabel,
    planLinks,
    problemMessage,
    settingProblemMessages,
    userUnreadableNotice,
    type SettingProblem
} from 'c/glanceStu';

const ADA = { identity: { name: 'Ada' }, orgId: '00D5g000004ABCDEAU' };

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
    ])('turns %s into the message that names its setting', (_case, settings, problem, template, setting) => {
        const { problems } = planLinks(settings, ADA);
        expect(problems).toEqual([problem]);
        expect(problemMessage(problem, LAUNCHER_PROPERTY_NAMES)).toBe(formatLabel(template, setting));
        expect(problemMessage(problem, LAUNCHER_PROPERTY_NAMES)).not.toMatch(/\{\d\}/);
    });

    it('drops permission-set advice when the whole user record failed', () => {
        const problems: SettingProblem[] = ['ORG_ID_UNREADABLE', 'JOIN_MODE_UNKNOWN'];
        expect(settingProblemMessages(problems, LAUNCHER_PROPERTY_NAMES, true).map((m) => m.key)).toEqual([
            'JOIN_MODE_UNKNOWN'
        ]);
        expect(settingProblemMessages(problems, LAUNCHER_PROPERTY_NAMES, false).map((m) => m.key)).toEqual(problems);
    });

    it('puts the wire error into the notice for the agent', () => {
        expect(userUnreadableNotice('No access')).toEqual({
            key: 'user',
            text: formatLabel(LABELS.userUnreadable, 'No access')
        });
    });
});
