import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
    CHECKS,
    apiMembers,
    checkApiVersions,
    checkLabels,
    checkLwcMeta,
    checkProjectSchema,
    checkQuickActions,
    checkSourceConvert,
    checkTsconfigPaths
} from '../metadata-checks.mjs';
import xml from '../metadata-xml.cjs';
import {
    ACTION_META,
    CARD_JS,
    CARD_META,
    CARD_TS,
    FIELD,
    FILES,
    QUICK_ACTION,
    fixtureProject
} from './fixture-project.mjs';

const { elements, text } = xml;

/** Asserts exactly one problem, naming the file and matching the pattern. */
function assertOneProblem(problems, file, pattern) {
    assert.equal(problems.length, 1, `expected one problem, got:\n${problems.join('\n')}`);
    assert.ok(problems[0].startsWith(`${file}:`), `problem does not start with ${file}: ${problems[0]}`);
    assert.match(problems[0], pattern);
}

const replaceIn = (from, to) => (original) => {
    assert.ok(original.includes(from), `fixture no longer contains ${from}`);
    return original.replace(from, to);
};

test('the fixture project passes every check', async (t) => {
    const root = fixtureProject(t);
    for (const check of CHECKS) {
        assert.deepEqual(await check.run(root), [], check.name);
    }
});

describe('metadata-xml', () => {
    test('reads tags the formatter wrapped, attributes holding ">", and skips comments', () => {
        const xml = '<a>\n<b\n  x="1 > 0"\n  y=\'two\'\n/>\n<!-- <b x="hidden"/> --><c\n>&lt;text&gt;</c\n></a>';
        assert.deepEqual(
            elements(xml, 'b').map((element) => element.attributes),
            [{ x: '1 > 0', y: 'two' }]
        );
        assert.equal(text(xml, 'c'), '<text>');
    });
});

describe('sf project convert source', () => {
    test('fails, naming the file, on a file of no known metadata type', async (t) => {
        const root = fixtureProject(t, { 'force-app/main/default/widgets/a.widget-meta.xml': '<Widget/>\n' });
        const problems = checkSourceConvert(root);
        assert.equal(problems.length, 1);
        assert.match(problems[0], /^sf project convert source failed: .*a\.widget-meta\.xml/);
    });

    test('fails when a TypeScript bundle was not built', async (t) => {
        const root = fixtureProject(t, { [CARD_JS]: null });
        assertOneProblem(checkSourceConvert(root), 'force-app/main/default/lwc/card', /no card\.js; run npm run build/);
    });

    test('fails when .forceignore lets TypeScript through', async (t) => {
        const root = fixtureProject(t, { '.forceignore': '**/tsconfig*.json\n**/__tests__/**\n' });
        const problems = checkSourceConvert(root);
        assert.ok(problems.length >= 1, 'expected a problem');
        assert.match(problems[0], /TypeScript reached the converted output/);
    });
});

describe('sfdx-project.json schema', () => {
    test('reports schema errors with their place in the file', (t) => {
        const root = fixtureProject(t, {
            'sfdx-project.json': replaceIn('"sourceApiVersion": "65.0"', '"sourceApiVersion": 65')
        });
        const problems = checkProjectSchema(root);
        assert.ok(problems.includes('sfdx-project.json: /sourceApiVersion must be string'), problems.join('\n'));
    });

    test('reports a missing package directory path', (t) => {
        const root = fixtureProject(t, { 'sfdx-project.json': replaceIn('"path": "force-app",', '') });
        assert.ok(checkProjectSchema(root).some((problem) => /^sfdx-project\.json: .*path/.test(problem)));
    });

    test('reports JSON that does not parse', (t) => {
        const root = fixtureProject(t, { 'sfdx-project.json': '{ "packageDirectories": [ }' });
        assert.match(checkProjectSchema(root)[0], /^sfdx-project\.json: not valid JSON/);
    });
});

describe('LWC configuration files', () => {
    const breakMeta = (t, from, to) => checkLwcMeta(fixtureProject(t, { [CARD_META]: replaceIn(from, to) }));
    const breakTs = (t, from, to) => checkLwcMeta(fixtureProject(t, { [CARD_TS]: replaceIn(from, to) }));

    test('an unknown target', (t) => {
        const problems = breakMeta(t, '<target>lightning__AppPage</target>', '<target>lightning__AppPages</target>');
        // Both the target and the targetConfig that names the real one are wrong now.
        assert.ok(problems.some((problem) => /unknown target "lightning__AppPages"/.test(problem)));
        assert.ok(problems.every((problem) => problem.startsWith(`${CARD_META}:`)));
    });

    test('a targetConfig naming a target not declared in <targets>', (t) => {
        assertOneProblem(
            breakMeta(
                t,
                'targets="lightning__RecordPage, lightning__AppPage"',
                'targets="lightning__RecordPage,lightning__HomePage"'
            ),
            CARD_META,
            /"lightning__HomePage", which is not declared/
        );
    });

    test('a property with no @api member', (t) => {
        assertOneProblem(
            breakMeta(t, 'name="note"', 'name="notes"'),
            CARD_META,
            /property "notes" has no matching @api member in force-app\/main\/default\/lwc\/card\/card\.ts/
        );
    });

    test('a property naming a private field', (t) => {
        assertOneProblem(breakTs(t, '@api note:', 'note:'), CARD_META, /"note" has no matching @api member/);
    });

    test('a property naming an @api method', (t) => {
        assertOneProblem(
            breakMeta(t, '<property name="note" type="String" />', '<property name="refresh" type="String" />'),
            CARD_META,
            /"refresh" names an @api method/
        );
    });

    test('an unknown property type', (t) => {
        assertOneProblem(
            breakMeta(t, 'name="note" type="String"', 'name="note" type="Text"'),
            CARD_META,
            /unknown type "Text"/
        );
    });

    test('a Boolean default other than true or false', (t) => {
        const problems = breakMeta(t, 'type="Boolean" default="false"', 'type="Boolean" default="no"');
        assert.ok(problems.some((problem) => /Boolean property "hideFooter" has default "no"/.test(problem)));
    });

    test('a Boolean @api initialised to true', (t) => {
        const problems = breakTs(t, '@api hideFooter = false;', '@api hideFooter = true;');
        assert.ok(
            problems.some((problem) =>
                /Boolean @api "hideFooter" must be initialised to false \(compile error LWC1099\), not true/.test(
                    problem
                )
            )
        );
    });

    test('a String datasource without a default', (t) => {
        assertOneProblem(
            breakMeta(t, 'datasource="compact,full" default="compact"', 'datasource="compact,full"'),
            CARD_META,
            /"mode" has a datasource but no default/
        );
    });

    test('a String default that is not a datasource value', (t) => {
        const problems = breakMeta(
            t,
            'datasource="compact,full" default="compact"',
            'datasource="compact,full" default="wide"'
        );
        assert.ok(
            problems.some((problem) => /default "wide" is not one of its datasource values compact, full/.test(problem))
        );
    });

    test('a datasource on a non-String property', (t) => {
        const problems = breakMeta(t, 'type="Integer" default="3"', 'type="Integer" datasource="1,2,3" default="3"');
        assert.ok(
            problems.some((problem) => /"size" has a datasource, which works only with type String/.test(problem))
        );
    });

    test('an Integer default that is not an integer or is outside min and max', (t) => {
        assert.ok(
            breakMeta(t, 'default="3" min="1"', 'default="3.5" min="1"').some((p) =>
                /default "3.5", not an integer/.test(p)
            )
        );
        assert.ok(
            breakMeta(t, 'default="3" min="1"', 'default="30" min="1"').some((p) =>
                /default 30 is outside min\/max/.test(p)
            )
        );
    });

    test('a component initial value that differs from the default', (t) => {
        assertOneProblem(
            breakTs(t, "@api heading = 'Hello';", "@api heading = 'Hi';"),
            CARD_META,
            /"heading" default "Hello" differs from the component's initial value "Hi"/
        );
    });

    test('<objects> in a targetConfig for targets other than record pages', (t) => {
        assertOneProblem(
            breakMeta(
                t,
                '<property name="note" type="String" />',
                '<property name="note" type="String" /><objects><object>Case</object></objects>'
            ),
            CARD_META,
            /targetConfig for lightning__RecordPage,lightning__AppPage limits <objects>.*give lightning__AppPage a targetConfig of its own/
        );
    });

    test('App Builder-only attributes and a datasource list in a flow screen', (t) => {
        const problems = breakMeta(
            t,
            '<property name="mode" type="String" role="inputOnly" />',
            '<property name="mode" type="String" role="inputOnly" datasource="compact,full" default="compact" placeholder="Pick" />'
        );
        assert.equal(problems.length, 2, problems.join('\n'));
        assert.match(problems[0], /"mode" has placeholder, which lightning__FlowScreen does not support/);
        assert.match(
            problems[1],
            /"mode" has a datasource list, which lightning__FlowScreen does not offer as a picklist/
        );
    });

    test('a flow screen role other than inputOnly or outputOnly', (t) => {
        assertOneProblem(
            breakMeta(
                t,
                'name="heading" type="String" role="outputOnly"',
                'name="heading" type="String" role="output"'
            ),
            CARD_META,
            /"heading" has role "output"; use inputOnly or outputOnly/
        );
    });

    test('a role outside a flow screen', (t) => {
        assertOneProblem(
            breakMeta(
                t,
                '<property name="note" type="String" />',
                '<property name="note" type="String" role="inputOnly" />'
            ),
            CARD_META,
            /"note" has role, which only a lightning__FlowScreen targetConfig supports/
        );
    });

    test('a bundle without a configuration file', (t) => {
        assertOneProblem(
            checkLwcMeta(fixtureProject(t, { [CARD_META]: null })),
            'force-app/main/default/lwc/card',
            /no card\.js-meta\.xml/
        );
    });

    test('apiMembers reads decorators, initial values and accessors', () => {
        const members = apiMembers(`
            class A extends LightningElement {
                @api flag = false;
                @api count = -2;
                @api label = \`plain\`;
                @api computed = String(1);
                @api get value() { return 1; }
                @api() called = 'x';
                notApi = 'y';
            }`);
        assert.deepEqual(Object.fromEntries(members), {
            flag: { kind: 'property', hasInitializer: true, initializer: 'false' },
            count: { kind: 'property', hasInitializer: true, initializer: '-2' },
            label: { kind: 'property', hasInitializer: true, initializer: 'plain' },
            computed: { kind: 'property', hasInitializer: true, initializer: undefined },
            value: { kind: 'accessor', hasInitializer: false },
            called: { kind: 'property', hasInitializer: true, initializer: 'x' }
        });
    });
});

describe('quick actions', () => {
    test('a quick action naming a missing component', (t) => {
        const root = fixtureProject(t, { [QUICK_ACTION]: replaceIn('>cardAction<', '>cardActions<') });
        assertOneProblem(checkQuickActions(root), QUICK_ACTION, /"cardActions" is not an LWC bundle/);
    });

    test('a quick action whose subtype differs from the component actionType', (t) => {
        const root = fixtureProject(t, { [ACTION_META]: replaceIn('ScreenAction', 'Action') });
        assertOneProblem(
            checkQuickActions(root),
            QUICK_ACTION,
            /actionSubtype ScreenAction does not match cardAction's actionType Action/
        );
    });

    test('a quick action on an object that needs an optional feature', (t) => {
        const file = 'force-app/main/default/quickActions/MessagingSession.Card_Action.quickAction-meta.xml';
        const root = fixtureProject(t, { [file]: (original) => original ?? FILES[QUICK_ACTION] });
        assertOneProblem(checkQuickActions(root), file, /MessagingSession is not an object every org has/);
    });

    test('quick actions on Lead, on an object the project defines, and global ones', (t) => {
        const quickActions = 'force-app/main/default/quickActions';
        const root = fixtureProject(t, {
            [`${quickActions}/Lead.Card_Action.quickAction-meta.xml`]: FILES[QUICK_ACTION],
            [`${quickActions}/Card_Action.quickAction-meta.xml`]: FILES[QUICK_ACTION],
            [`${quickActions}/Ticket__c.Card_Action.quickAction-meta.xml`]: FILES[QUICK_ACTION],
            'force-app/main/default/objects/Ticket__c/fields/Card_Note__c.field-meta.xml': FILES[FIELD]
        });
        assert.deepEqual(checkQuickActions(root), []);
    });

    test('a quick action on a component that is not a record action', (t) => {
        const root = fixtureProject(t, { [QUICK_ACTION]: replaceIn('>cardAction<', '>card<') });
        assertOneProblem(
            checkQuickActions(root),
            QUICK_ACTION,
            /card does not declare the lightning__RecordAction target/
        );
    });
});

describe('custom labels', () => {
    test('an imported label that is not defined', (t) => {
        const root = fixtureProject(t, {
            [CARD_TS]: replaceIn('c.Card_Title', 'c.Card_Titel'),
            [CARD_JS]: replaceIn('c.Card_Title', 'c.Card_Titel')
        });
        // Reported once, for the source; its compiled copy is not repeated.
        assertOneProblem(checkLabels(root), CARD_TS, /@salesforce\/label\/c\.Card_Titel is not defined/);
    });

    test('a $Label reference in other metadata that is not defined', (t) => {
        const root = fixtureProject(t, { [FIELD]: replaceIn('$Label.Card_Title', '$Label.Card_Note') });
        assertOneProblem(checkLabels(root), FIELD, /\$Label\.Card_Note is not defined/);
    });

    test('a $Label reference in a quick action that is not defined', (t) => {
        const root = fixtureProject(t, {
            [QUICK_ACTION]: replaceIn('<label>Card Action</label>', '<label>$Label.Card_Action</label>')
        });
        assertOneProblem(checkLabels(root), QUICK_ACTION, /\$Label\.Card_Action is not defined/);
    });

    test('every import fails when the labels file is missing', (t) => {
        const root = fixtureProject(t, { 'force-app/main/default/labels/CustomLabels.labels-meta.xml': null });
        assert.equal(checkLabels(root).length, 2);
    });
});

describe('API versions', () => {
    test('a metadata apiVersion that differs from sourceApiVersion', (t) => {
        const root = fixtureProject(t, {
            [ACTION_META]: replaceIn('<apiVersion>65.0</apiVersion>', '<apiVersion\n    >64.0</apiVersion\n>')
        });
        assertOneProblem(checkApiVersions(root), ACTION_META, /apiVersion 64\.0 differs from sourceApiVersion 65\.0/);
    });

    test('an LWC bundle without an apiVersion', (t) => {
        const root = fixtureProject(t, { [ACTION_META]: replaceIn('<apiVersion>65.0</apiVersion>', '') });
        assertOneProblem(checkApiVersions(root), ACTION_META, /no apiVersion; set 65\.0/);
    });
});

describe('tsconfig.json paths', () => {
    test('a bundle missing from compilerOptions.paths', (t) => {
        const root = fixtureProject(t, {
            'tsconfig.json': replaceIn(
                ',\n            "c/cardAction": ["./force-app/main/default/lwc/cardAction/cardAction.ts"]',
                ''
            )
        });
        assertOneProblem(checkTsconfigPaths(root), 'tsconfig.json', /no "c\/cardAction"/);
    });

    test('a mapping to a file that does not exist', (t) => {
        const root = fixtureProject(t, {
            'tsconfig.json': replaceIn('cardAction/cardAction.ts', 'cardAction/index.ts')
        });
        assertOneProblem(checkTsconfigPaths(root), 'tsconfig.json', /"c\/cardAction" maps to .*, which does not exist/);
    });

    test('a mapping left behind by a removed bundle', (t) => {
        const root = fixtureProject(t, {
            'tsconfig.json': replaceIn('"c/card":', '"c/oldCard": ["./x.ts"],\n            "c/card":')
        });
        assertOneProblem(checkTsconfigPaths(root), 'tsconfig.json', /"c\/oldCard" names no LWC bundle/);
    });
});
