import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as checks from '../metadata-checks.mjs';
import project from '../project.cjs';
import {
    ACTION_META,
    CARD_JS,
    CARD_META,
    CARD_TS,
    FIELD,
    LABELS,
    QUICK_ACTION,
    fixtureProject
} from './fixture-project.mjs';

const LWC = 'force-app/main/default/lwc';
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
    assert.deepEqual(project.lwcBundles(root), [`${root}/${LWC}/card`, `${root}/${LWC}/cardAction`]);
});

test('the preview panel is generated from every launcher property of the record page', () => {
    const properties = project.designProperties();
    assert.ok(properties.length >= 5, 'the launcher has design properties');
    assert.ok(properties.every((property) => property.name && property.type && property.label && property.description));
});

// [what breaks, check, changes to the fixture, file named, problem]
const BREAKAGES = [
    [
        'a file of no known metadata type',
        'checkSourceConvert',
        { 'force-app/main/default/widgets/a.widget-meta.xml': '<Widget/>\n' },
        'sf project convert source failed',
        /a\.widget-meta\.xml/
    ],
    [
        'a TypeScript bundle that was not built',
        'checkSourceConvert',
        { [CARD_JS]: null },
        `${LWC}/card`,
        /no card\.js; run npm run build/
    ],
    [
        '.forceignore letting TypeScript through',
        'checkSourceConvert',
        { '.forceignore': '**/__tests__/**\n' },
        `${LWC}/card`,
        /TypeScript reached the converted output/
    ],
    [
        'a schema error',
        'checkProjectSchema',
        { 'sfdx-project.json': replaceIn('"sourceApiVersion":"65.0"', '"sourceApiVersion":65') },
        'sfdx-project.json',
        /\/sourceApiVersion must be string/
    ],
    [
        'a missing package path',
        'checkProjectSchema',
        { 'sfdx-project.json': replaceIn('"path":"force-app",', '') },
        'sfdx-project.json',
        /path/
    ],
    [
        'JSON that does not parse',
        'checkProjectSchema',
        { 'sfdx-project.json': '{ "packageDirectories": [ }' },
        'sfdx-project.json',
        /not valid JSON/
    ],
    [
        'an unknown target',
        'checkLwcMeta',
        { [CARD_META]: replaceIn('>lightning__AppPage<', '>lightning__AppPages<') },
        CARD_META,
        /unknown target "lightning__AppPages"/
    ],
    [
        'a targetConfig naming an undeclared target',
        'checkLwcMeta',
        { [CARD_META]: replaceIn(', lightning__AppPage"', ',lightning__HomePage"') },
        CARD_META,
        /"lightning__HomePage", which is not declared/
    ],
    [
        'a property with no @api member',
        'checkLwcMeta',
        { [CARD_META]: replaceIn('name="note"', 'name="notes"') },
        CARD_META,
        /"notes" has no matching @api member in .*card\.ts/
    ],
    [
        'a property naming a private field',
        'checkLwcMeta',
        { [CARD_TS]: replaceIn('@api note:', 'note:') },
        CARD_META,
        /"note" has no matching @api member/
    ],
    [
        'a property naming an @api method',
        'checkLwcMeta',
        { [CARD_META]: replaceIn('name="note"', 'name="refresh"') },
        CARD_META,
        /"refresh" names an @api method/
    ],
    [
        'an unknown property type',
        'checkLwcMeta',
        { [CARD_META]: replaceIn('name="note" type="String"', 'name="note" type="Text"') },
        CARD_META,
        /unknown type "Text"/
    ],
    [
        'a Boolean default other than true or false',
        'checkLwcMeta',
        { [CARD_META]: replaceIn('default="false"', 'default="no"') },
        CARD_META,
        /Boolean default "no"/
    ],
    [
        'a Boolean @api initialised to true',
        'checkLwcMeta',
        { [CARD_TS]: replaceIn('hideFooter = false', 'hideFooter = true') },
        CARD_META,
        /"hideFooter" is a Boolean @api initialised to true, not false \(compile error LWC1099\)/
    ],
    [
        'a datasource without a default',
        'checkLwcMeta',
        { [CARD_META]: replaceIn(' default="compact"', '') },
        CARD_META,
        /"mode" has no default one of compact, full/
    ],
    [
        'a default that is not a datasource value',
        'checkLwcMeta',
        { [CARD_META]: replaceIn('default="compact"', 'default="wide"') },
        CARD_META,
        /default "wide" is not one of compact, full/
    ],
    [
        'a datasource on a non-String property',
        'checkLwcMeta',
        { [CARD_META]: replaceIn('type="Integer"', 'type="Integer" datasource="1,3"') },
        CARD_META,
        /"size" has a datasource, which works only with type String/
    ],
    [
        'an Integer default that is not an integer',
        'checkLwcMeta',
        { [CARD_META]: replaceIn('default="3"', 'default="3.5"') },
        CARD_META,
        /Integer default "3.5", not an integer/
    ],
    [
        'an initial value that differs from the default',
        'checkLwcMeta',
        { [CARD_TS]: replaceIn("heading = 'Hello'", "heading = 'Hi'") },
        CARD_META,
        /"heading" default "Hello" differs from the component's initial value "Hi"/
    ],
    [
        'a bundle without a configuration file',
        'checkLwcMeta',
        { [CARD_META]: null },
        `${LWC}/card`,
        /no card\.js-meta\.xml/
    ],
    [
        'a quick action naming a missing component',
        'checkQuickActions',
        { [QUICK_ACTION]: replaceIn('>cardAction<', '>cardActions<') },
        QUICK_ACTION,
        /"cardActions" is not an LWC bundle/
    ],
    [
        'a quick action subtype unlike the actionType',
        'checkQuickActions',
        { [ACTION_META]: replaceIn('>ScreenAction<', '>Action<') },
        QUICK_ACTION,
        /actionSubtype ScreenAction does not match cardAction's actionType Action/
    ],
    [
        'a quick action on a component that is no record action',
        'checkQuickActions',
        { [QUICK_ACTION]: replaceIn('>cardAction<', '>card<') },
        QUICK_ACTION,
        /card does not declare the lightning__RecordAction target/
    ],
    [
        'an imported label that is not defined (the source reported, not its build)',
        'checkLabels',
        { [CARD_TS]: replaceIn('c.Card_Title', 'c.Card_Titel') },
        CARD_TS,
        /@salesforce\/label\/c\.Card_Titel is not defined/
    ],
    [
        'a $Label in other metadata that is not defined',
        'checkLabels',
        { [FIELD]: replaceIn('$Label.Card_Title', '$Label.Card_Note') },
        FIELD,
        /\$Label\.Card_Note is not defined/
    ],
    [
        'a $Label in a quick action that is not defined',
        'checkLabels',
        { [QUICK_ACTION]: replaceIn('>Card Action<', '>$Label.Card_Action<') },
        QUICK_ACTION,
        /\$Label\.Card_Action is not defined/
    ],
    [
        'an apiVersion unlike sourceApiVersion',
        'checkApiVersions',
        { [ACTION_META]: replaceIn('<apiVersion>65.0</apiVersion>', '<apiVersion\n    >64.0</apiVersion\n>') },
        ACTION_META,
        /apiVersion 64\.0 differs from sourceApiVersion 65\.0/
    ],
    [
        'an LWC bundle without an apiVersion',
        'checkApiVersions',
        { [ACTION_META]: replaceIn('<apiVersion>65.0</apiVersion>', '') },
        ACTION_META,
        /no apiVersion; set 65\.0/
    ],
    [
        'a bundle missing from tsconfig paths',
        'checkTsconfigPaths',
        { 'tsconfig.json': replaceIn('"c/cardAction"', '"c/other"') },
        'tsconfig.json',
        /no "c\/cardAction"/
    ],
    [
        'a tsconfig path to a file that does not exist',
        'checkTsconfigPaths',
        { 'tsconfig.json': replaceIn('cardAction.ts"', 'index.ts"') },
        'tsconfig.json',
        /"c\/cardAction" maps to .*, which does not exist/
    ],
    [
        'a tsconfig path left by a removed bundle',
        'checkTsconfigPaths',
        { 'tsconfig.json': replaceIn('"c/card":', '"c/oldCard": ["./x.ts"], "c/card":') },
        'tsconfig.json',
        /"c\/oldCard" names no LWC bundle/
    ]
];

describe('each check fails, naming the file, on', () => {
    for (const [what, check, changes, file, pattern] of BREAKAGES) {
        test(`${what} (${check})`, async (t) => {
            const problems = await checks[check](fixtureProject(t, changes));
            const found = problems.some((problem) => problem.startsWith(`${file}:`) && pattern.test(problem));
            assert.ok(found, `expected "${file}: ${pattern.source}", got:\n${problems.join('\n')}`);
        });
    }
});

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
