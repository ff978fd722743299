import {
    PLACEMENT_SETTINGS,
    USER_FIELDS,
    USER_OPTIONAL_FIELDS,
    linkPlanner,
    planLinks,
    runningUserFromRecord
} from 'c/glanceStu';

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

describe('linkPlanner', () => {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const runningUser = require('../../../../../test/jest-data/runningUser.json');
    const runningUserGlanceSettings = require('../../../../../test/jest-data/runningUserGlanceSettings.json');
    /* eslint-enable @typescript-eslint/no-require-imports */

    it('gives the same plan while no placement setting and not the record change', () => {
        const planFor = linkPlanner();
        // A card passes itself: properties that are no link setting, like its title, do not count.
        const placement = { ssoType: 'settings', hideIdentity: false, cardTitle: 'Glance' };
        const retitled = { ...placement, cardTitle: 'Another title' };
        const plan = planFor(placement, runningUser);
        expect(planFor(retitled, runningUser)).toBe(plan);
        expect(plan).toEqual(planLinks(placement, runningUserFromRecord(runningUser)));
    });

    it.each(PLACEMENT_SETTINGS.map((key) => [key]))('plans again when %s changes', (key) => {
        const planFor = linkPlanner();
        const plan = planFor({}, runningUser);
        const changed = { [key]: typeof plan.settings[key] === 'boolean' ? true : 'none' };
        expect(planFor(changed, runningUser)).not.toBe(plan);
    });

    it('plans again for another user record, and with none', () => {
        const planFor = linkPlanner();
        const plan = planFor({}, runningUser);
        const withSettings = planFor({}, runningUserGlanceSettings);
        expect(withSettings).not.toBe(plan);
        expect(withSettings).toEqual(planLinks({}, runningUserFromRecord(runningUserGlanceSettings)));
        expect(planFor({}, undefined).identity).toBeNull();
    });
});
