import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import project from '../project.cjs';
import { scan } from '../scan.mjs';
import { tempDir, writeFiles } from './project-copy.mjs';

const BUNDLE = 'force-app/main/default/lwc/card';
const COMPONENT = `import { LightningElement, api } from 'lwc';
export default class Card extends LightningElement {
    @api message%TYPE%;
    renderedCallback()%RETURN% {
        this.template.querySelector('div').innerHTML = this.message;
    }
}
`;

const FILES = {
    // The project's own: what it keeps out of a deploy (the TypeScript, tests) does not ship.
    '.forceignore': readFileSync(join(project.projectRoot, '.forceignore'), 'utf8'),
    'tsconfig.json': '{ "compilerOptions": { "target": "ESNext", "module": "ESNext", "strict": true } }\n',
    [`${BUNDLE}/card.ts`]: COMPONENT.replace('%TYPE%', ': string | undefined').replace('%RETURN%', ': void'),
    [`${BUNDLE}/card.js`]: COMPONENT.replace('%TYPE%', '').replace('%RETURN%', ''),
    [`${BUNDLE}/broken.ts`]: 'export const broken = {;\n',
    [`${BUNDLE}/card.html`]: '<template><div></div></template>\n',
    [`${BUNDLE}/card.js-meta.xml`]:
        '<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">\n' +
        '    <apiVersion>30.0</apiVersion>\n    <isExposed>false</isExposed>\n</LightningComponentBundle>\n',
    [`${BUNDLE}/__tests__/card.test.js`]: 'debugger;\nconst unused = 1;\n'
};

test('the scan lints TypeScript with the LWC rules, covers build output and metadata, fails on unparsable files and leaves tests out', async (t) => {
    const root = writeFiles(tempDir(t, 'scan-fixture-'), FILES);
    const outcome = await scan(root);

    const found = outcome.violations.map(
        (violation) => `${relative(root, violation.getPrimaryLocation().getFile())} ${violation.getRule().getName()}`
    );
    for (const file of ['card.ts', 'card.js']) {
        assert.ok(found.includes(`${BUNDLE}/${file} @lwc/lwc/no-inner-html`), found.join('\n'));
    }
    assert.ok(found.includes(`${BUNDLE}/card.js-meta.xml AvoidOldSalesforceApiVersions`), found.join('\n'));
    assert.match(outcome.engineErrors.join('\n'), /broken\.ts/); // an engine error for the unparsable file
    assert.ok(outcome.files.every((file) => !file.includes('__tests__')));
    assert.ok(found.every((entry) => !entry.includes('__tests__')));
    assert.ok(outcome.ruleCount > 100, `only ${outcome.ruleCount} rules ran`);

    // The security review's rules over what ships: the compiled card.js and the metadata, not card.ts.
    const review = outcome.securityReview;
    const reviewed = review.violations.map(
        (violation) => `${relative(root, violation.getPrimaryLocation().getFile())} ${violation.getRule().getName()}`
    );
    assert.deepEqual(reviewed.sort(), [
        `${BUNDLE}/card.js @lwc/lwc/no-inner-html`,
        `${BUNDLE}/card.js-meta.xml AvoidOldSalesforceApiVersions`
    ]);
    assert.deepEqual(review.files.map((file) => relative(root, file)).sort(), [
        `${BUNDLE}/card.html`,
        `${BUNDLE}/card.js`,
        `${BUNDLE}/card.js-meta.xml`
    ]);
    assert.equal(review.selectorCounts['Recommended:Security'], review.ruleCount);
    assert.ok(review.ruleCount >= 6, `only ${review.ruleCount} security review rules ran`);
});
