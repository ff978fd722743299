import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as checks from '../metadata-checks.mjs';
import project from '../project.cjs';
import { CARD_JS, CARD_META, FIXTURE_PATHS, LABELS, fixtureProject } from './fixture-project.mjs';

const replaceIn = (from, to) => (original) => {
    assert.ok(original.includes(from), `fixture no longer contains ${from}`);
    return original.replace(from, to);
};

test('the fixture project passes every check', async (t) => {
    const root = fixtureProject(t);
    for (const check of checks.CHECKS) {
        assert.deepEqual(await check.run(root), [], check.name);
    }
});

test('the project reader parses wrapped tags, entities and attributes holding ">", and skips comments', (t) => {
    const root = fixtureProject(t);
    assert.deepEqual(
        project.readCustomLabels(`${root}/${LABELS}`),
        new Map([['Card_Title', 'A title long enough that the formatter wrapped it & more']])
    );
    const properties = project.designProperties('lightning__AppPage', `${root}/${CARD_META}`);
    assert.deepEqual(
        properties.map((property) => property.name),
        ['heading', 'mode', 'size', 'hideFooter', 'note']
    );
    assert.equal(properties[0].description, 'Shown when the value is > 0 characters long.');
    assert.deepEqual(
        project.lwcBundles(root),
        ['card', 'cardAction'].map((name) => `${root}/force-app/main/default/lwc/${name}`)
    );
});

test('the preview panel is generated from every launcher property of the record page', () => {
    const properties = project.designProperties();
    assert.ok(properties.length >= 5, 'the launcher has design properties');
    assert.ok(properties.every((property) => property.name && property.type && property.label && property.description));
});

// One broken fixture per line: check | file changed | text replaced | replacement | file named | problem.
const BREAKAGES = `
checkSourceConvert | .forceignore | **/*.ts | **/*.tsx | lwc/card | TypeScript reached the converted output; check .forceignore
checkProjectSchema | sfdx-project.json | "sourceApiVersion":"65.0" | "sourceApiVersion":65 | sfdx-project.json | /sourceApiVersion must be string
checkProjectSchema | sfdx-project.json | "path":"force-app", | | sfdx-project.json | must have required property 'path'
checkLwcMeta | card.js-meta.xml | >lightning__AppPage< | >lightning__AppPages< | card.js-meta.xml | unknown target "lightning__AppPages"
checkLwcMeta | card.js-meta.xml | , lightning__AppPage" | ,lightning__HomePage" | card.js-meta.xml | "lightning__HomePage", which is not declared in <targets>
checkLwcMeta | card.js-meta.xml | name="note" | name="notes" | card.js-meta.xml | "notes" has no matching @api member in force-app/main/default/lwc/card/card.ts
checkLwcMeta | card.ts | @api note: | note: | card.js-meta.xml | "note" has no matching @api member
checkLwcMeta | card.js-meta.xml | name="note" | name="refresh" | card.js-meta.xml | "refresh" names an @api method, not a property
checkLwcMeta | card.js-meta.xml | name="note" type="String" | name="note" type="Text" | card.js-meta.xml | unknown type "Text"
checkLwcMeta | card.js-meta.xml | default="false" | default="no" | card.js-meta.xml | has Boolean default "no"
checkLwcMeta | card.ts | hideFooter = false | hideFooter = true | card.js-meta.xml | Boolean @api initialised to true, not false (compile error LWC1099)
checkLwcMeta | card.js-meta.xml | default="compact" | | card.js-meta.xml | "mode" has no default one of compact, full
checkLwcMeta | card.js-meta.xml | default="compact" | default="wide" | card.js-meta.xml | default "wide" is not one of compact, full
checkLwcMeta | card.js-meta.xml | type="Integer" | type="Integer" datasource="1,3" | card.js-meta.xml | "size" has a datasource, which works only with type String
checkLwcMeta | card.js-meta.xml | default="3" | default="3.5" | card.js-meta.xml | Integer default "3.5", not an integer
checkLwcMeta | card.ts | heading = 'Hello' | heading = 'Hi' | card.js-meta.xml | default "Hello" differs from the component's initial value "Hi"
checkQuickActions | Case.Card_Action.quickAction-meta.xml | >cardAction< | >cardActions< | Case.Card_Action.quickAction-meta.xml | "cardActions" is not an LWC bundle
checkQuickActions | cardAction.js-meta.xml | >ScreenAction< | >Action< | Case.Card_Action.quickAction-meta.xml | actionSubtype ScreenAction does not match cardAction's actionType Action
checkQuickActions | Case.Card_Action.quickAction-meta.xml | >cardAction< | >card< | Case.Card_Action.quickAction-meta.xml | card does not declare the lightning__RecordAction target
checkLabels | card.ts | c.Card_Title | c.Card_Titel | card.ts | @salesforce/label/c.Card_Titel is not defined in any CustomLabels file
checkLabels | Case.Card_Action.quickAction-meta.xml | >Card Action< | >$Label.Card_Action< | Case.Card_Action.quickAction-meta.xml | $Label.Card_Action is not defined
checkApiVersions | cardAction.js-meta.xml | <apiVersion>65.0 | <apiVersion>64.0 | cardAction.js-meta.xml | apiVersion 64.0 differs from sourceApiVersion 65.0
checkApiVersions | cardAction.js-meta.xml | <apiVersion>65.0</apiVersion> | | cardAction.js-meta.xml | no apiVersion; set 65.0 (sourceApiVersion)
checkTsconfigPaths | tsconfig.json | "c/cardAction" | "c/other" | tsconfig.json | no "c/cardAction"
checkTsconfigPaths | tsconfig.json | cardAction.ts" | index.ts" | tsconfig.json | "c/cardAction" maps to ./force-app/main/default/lwc/cardAction/index.ts, which does not exist
checkTsconfigPaths | tsconfig.json | "c/card": | "c/oldCard": ["./x.ts"], "c/card": | tsconfig.json | "c/oldCard" names no LWC bundle
`;

/** The fixture path whose name ends with `name`. */
const fixturePath = (name) => FIXTURE_PATHS.find((path) => path.endsWith(`/${name}`) || path === name);

describe('each check fails, naming the file, on', () => {
    const cases = BREAKAGES.trim()
        .split('\n')
        .map((line) => line.split('|').map((cell) => cell.trim()));
    const deletions = [
        ['checkSourceConvert', CARD_JS, 'lwc/card', 'the converted bundle has no card.js; run npm run build first'],
        ['checkLwcMeta', CARD_META, 'lwc/card', 'LWC bundle has no card.js-meta.xml']
    ];
    for (const [check, changed, from, to, named, problem] of cases) {
        test(`${check}: ${changed} with ${to || 'no'} ${from}`, async (t) => {
            assertProblem(
                await checks[check](fixtureProject(t, { [fixturePath(changed)]: replaceIn(from, to) })),
                named,
                problem
            );
        });
    }
    for (const [check, deleted, named, problem] of deletions) {
        test(`${check}: ${deleted} deleted`, async (t) => {
            assertProblem(await checks[check](fixtureProject(t, { [deleted]: null })), named, problem);
        });
    }
    test('checkSourceConvert: a file of no known metadata type', async (t) => {
        const problems = checks.checkSourceConvert(
            fixtureProject(t, { 'force-app/main/default/widgets/a.widget-meta.xml': '<Widget/>' })
        );
        assert.match(problems.join('\n'), /^sf project convert source failed: .*a\.widget-meta\.xml/);
    });
    test('checkProjectSchema: JSON that does not parse', (t) => {
        const problems = checks.checkProjectSchema(
            fixtureProject(t, { 'sfdx-project.json': '{ "packageDirectories": [ }' })
        );
        assert.match(problems.join('\n'), /^sfdx-project\.json: not valid JSON/);
    });
});

function assertProblem(problems, named, problem) {
    const found = problems.some((each) => each.startsWith(`${fixturePath(named)}:`) && each.includes(problem));
    assert.ok(found, `expected "${fixturePath(named)}: ...${problem}", got:\n${problems.join('\n')}`);
}

test('every label import fails when the labels file is missing', (t) => {
    assert.equal(checks.checkLabels(fixtureProject(t, { [LABELS]: null })).length, 2);
});

test('apiMembers reads decorators, initial values and accessors', () => {
    const members = checks.apiMembers(`class A extends LightningElement {
        @api flag = false; @api count = -2; @api label = \`plain\`; @api computed = String(1);
        @api get value() { return 1; } @api() called = 'x'; notApi = 'y';
    }`);
    assert.deepEqual(Object.fromEntries(members), {
        flag: { kind: 'property', hasInitializer: true, initializer: 'false' },
        count: { kind: 'property', hasInitializer: true, initializer: '-2' },
        label: { kind: 'property', hasInitializer: true, initializer: 'plain' },
        computed: { kind: 'property', hasInitializer: true, initializer: undefined },
        value: { kind: 'accessor', hasInitializer: false, initializer: undefined },
        called: { kind: 'property', hasInitializer: true, initializer: 'x' }
    });
});
