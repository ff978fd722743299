import { USER_FIELDS, USER_OPTIONAL_FIELDS } from 'c/glanceStu';

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
