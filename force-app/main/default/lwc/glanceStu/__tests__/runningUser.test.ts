import { USER_FIELDS, USER_OPTIONAL_FIELDS, runningUserFromRecord } from 'c/glanceStu';

// The typed boundary: the project reader the metadata checks use, plain CommonJS.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const project = require('../../../../../../scripts/project.cjs') as {
    customFields(object: string): { name: string }[];
};

const names = (fields: SalesforceFieldId[]) => fields.map((field) => `${field.objectApiName}.${field.fieldApiName}`);

describe('runningUser fields', () => {
    it('requires only the name, so field-level security on anything else fails no request', () => {
        expect(names(USER_FIELDS)).toEqual(['User.Name']);
    });

    it('reads email, phone and every User field the package ships, each once', () => {
        const shipped = project.customFields('User').map((field) => `User.${field.name}`);
        const optional = names(USER_OPTIONAL_FIELDS);
        expect(new Set(optional).size).toBe(optional.length);
        expect([...optional].sort()).toEqual(['User.Email', 'User.Phone', ...shipped].sort());
    });
});

describe('runningUserFromRecord', () => {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const runningUserGlanceSettings = require('../../../../../test/jest-data/runningUserGlanceSettings.json');
    /* eslint-enable @typescript-eslint/no-require-imports */

    it("reads the agent's identity, the org ID and their effective Glance Settings from one record", () => {
        const user = runningUserFromRecord(runningUserGlanceSettings);
        expect(user.identity).toEqual({ name: 'Ada Lovelace', email: 'ada@example.com', phone: '+1 (555) 010-0100' });
        expect(user.orgId).toBe('00D5g000004ABCDEAU');
        expect(user.glanceSettings).toMatchObject({
            ssoType: 'idpid',
            ssoValue: '67890',
            orgIdLength: null,
            joinMode: 'universaljoin',
            viewerSameWindow: true,
            hideIdentity: false,
            // Fields the record lacks (field-level security) count as not set.
            logSessions: false,
            sessionKeyField: null
        });
    });

    it('gives no identity, org ID or settings for a record that never came', () => {
        expect(runningUserFromRecord(undefined)).toEqual({ identity: null, orgId: null, glanceSettings: {} });
    });
});
