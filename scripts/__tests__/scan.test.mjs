import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { ESLint } from 'eslint';
import project from '../project.cjs';
import { JAVA_MISSING, scan } from '../scan.mjs';
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

const SETTING = 'force-app/main/default/objects/Secrets__c';
// A second package directory, scanned like the first; PMD's JavaScript parser cannot read `catch {`.
const OTHER = 'other-app/main/default/lwc/util';
const field = (name) =>
    '<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n' +
    `    <fullName>${name}</fullName>\n    <label>${name}</label>\n    <length>255</length>\n    <type>Text</type>\n` +
    '</CustomField>\n';

const FILES = {
    // The project's own: what it keeps out of a deploy (the TypeScript, tests) does not ship.
    '.forceignore': readFileSync(join(project.projectRoot, '.forceignore'), 'utf8'),
    'sfdx-project.json': JSON.stringify({ packageDirectories: [{ path: 'force-app' }, { path: 'other-app' }] }),
    'tsconfig.json': '{ "compilerOptions": { "target": "ESNext", "module": "ESNext", "strict": true } }\n',
    [`${BUNDLE}/card.ts`]: COMPONENT.replace('%TYPE%', ': string | undefined').replace('%RETURN%', ': void'),
    [`${BUNDLE}/card.js`]: COMPONENT.replace('%TYPE%', '').replace('%RETURN%', ''),
    [`${BUNDLE}/broken.ts`]: 'export const broken = {;\n',
    [`${BUNDLE}/card.html`]: '<template><div></div></template>\n',
    [`${BUNDLE}/card.js-meta.xml`]:
        '<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">\n' +
        '    <apiVersion>30.0</apiVersion>\n    <isExposed>false</isExposed>\n</LightningComponentBundle>\n',
    [`${BUNDLE}/__tests__/card.test.js`]: 'debugger;\nconst unused = 1;\n',
    // A public custom setting: the security review flags a field whose name says it holds a secret.
    [`${SETTING}/Secrets__c.object-meta.xml`]:
        '<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">\n' +
        '    <customSettingsType>Hierarchy</customSettingsType>\n    <label>Secrets</label>\n' +
        '    <visibility>Public</visibility>\n</CustomObject>\n',
    [`${SETTING}/fields/Api_Key__c.field-meta.xml`]: field('Api_Key__c'),
    [`${SETTING}/fields/Api_Host__c.field-meta.xml`]: field('Api_Host__c'),
    [`${OTHER}/util.js`]: [
        'function parse(text) {',
        '    try {',
        '        return JSON.parse(text);',
        '    } catch {',
        '        return null;',
        '    }',
        '}',
        'export { parse };',
        ''
    ].join('\n')
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
    // An engine error for each file an engine could not read: TypeScript for ESLint, `catch {` for PMD.
    assert.equal(outcome.engineErrors.length, 2, outcome.engineErrors.join('\n'));
    assert.match(outcome.engineErrors.join('\n'), /eslint: .*broken\.ts/);
    assert.match(outcome.engineErrors.join('\n'), /pmd: .*other-app\/main\/default\/lwc\/util\/util\.js/);
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
        `${BUNDLE}/card.js-meta.xml AvoidOldSalesforceApiVersions`,
        `${SETTING}/fields/Api_Key__c.field-meta.xml ProtectSensitiveData`
    ]);
    assert.deepEqual(review.files.map((file) => relative(root, file)).sort(), [
        `${BUNDLE}/card.html`,
        `${BUNDLE}/card.js`,
        `${BUNDLE}/card.js-meta.xml`,
        `${SETTING}/Secrets__c.object-meta.xml`,
        `${SETTING}/fields/Api_Host__c.field-meta.xml`,
        `${SETTING}/fields/Api_Key__c.field-meta.xml`,
        `${OTHER}/util.js`
    ]);
    // PMD brings the AppExchange rules, on metadata and on LWC JavaScript.
    assert.ok(review.engineCounts.pmd >= 10, `only ${review.engineCounts.pmd} PMD rules ran`);
    assert.ok(review.selectorCounts.AppExchange >= 10, `only ${review.selectorCounts.AppExchange} AppExchange rules`);
    assert.ok(review.selectorCounts['Recommended:Security'] >= 6);
});

test('without Java the scan stops before running and says how to install one', async (t) => {
    const root = writeFiles(tempDir(t, 'scan-fixture-'), FILES);
    await assert.rejects(scan(root, { javaCommand: join(root, 'no-java/bin/java') }), (error) => {
        assert.ok(error.message.startsWith(JAVA_MISSING), error.message);
        assert.match(error.message, /apt-get install -y default-jre-headless/);
        assert.match(error.message, /no-java\/bin\/java/); // and why the engine did not start
        return true;
    });
});

test('ESLint refuses `catch {` in components, which PMD cannot parse, and allows one name for an unused error', async () => {
    const eslint = new ESLint({ cwd: project.projectRoot });
    const filePath = join(project.projectRoot, 'force-app/main/default/lwc/card/card.ts');
    const rulesBroken = async (binding) => {
        const code = `export function retry(): void {\n    try {\n        retry();\n    } catch${binding} {\n        retry();\n    }\n}\n`;
        const [result] = await eslint.lintText(code, { filePath });
        return result.messages.map((message) => message.ruleId ?? message.message);
    };
    assert.deepEqual(await rulesBroken(''), ['no-restricted-syntax']);
    assert.deepEqual(await rulesBroken(' (error)'), ['@typescript-eslint/no-unused-vars']);
    assert.deepEqual(await rulesBroken(' (ignored)'), []);
});
