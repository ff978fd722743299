import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import * as checks from '../metadata-checks.mjs';
import project from '../project.cjs';
import { LWC, projectCopy, replaceIn } from './project-copy.mjs';

const TRANSLATIONS = 'force-app-translations/main/default/translations';
const FILES = {
    'launcher.ts': `${LWC}/glanceStuLauncher/glanceStuLauncher.ts`,
    'launcher.js': `${LWC}/glanceStuLauncher/glanceStuLauncher.js`,
    'launcher.meta': `${LWC}/glanceStuLauncher/glanceStuLauncher.js-meta.xml`,
    launcher: `${LWC}/glanceStuLauncher`,
    'join.meta': `${LWC}/glanceJoinAction/glanceJoinAction.js-meta.xml`,
    'join.quickAction': 'force-app/main/default/quickActions/Case.Glance_Join.quickAction-meta.xml',
    'messaging.quickAction': 'force-app/main/default/quickActions/MessagingSession.Glance_Join.quickAction-meta.xml',
    sfdx: 'sfdx-project.json',
    tsconfig: 'tsconfig.json',
    forceignore: '.forceignore',
    labels: 'force-app/main/default/labels/CustomLabels.labels-meta.xml',
    de: `${TRANSLATIONS}/de.translation-meta.xml`,
    th: `${TRANSLATIONS}/th.translation-meta.xml`,
    en_GB: `${TRANSLATIONS}/en_GB.translation-meta.xml`,
    checks: 'scripts/metadata-checks.mjs'
};

test('the project passes every check', async (t) => {
    const root = projectCopy(t);
    for (const check of checks.CHECKS) {
        assert.deepEqual(await check.run(root), [], check.name);
    }
});

test('the project reader reads wrapped tags, attributes and the launcher properties the preview panel shows', () => {
    const meta = project.readXml(join(project.projectRoot, FILES['launcher.meta']));
    assert.match(project.all(meta, 'description')[0], /^One-click Glance cobrowse links/);
    const targets =
        'lightning__RecordPage lightning__AppPage lightning__HomePage lightning__UtilityBar lightning__FlowScreen';
    assert.deepEqual(project.all(meta, 'targets', 'target'), targets.split(' '));
    const properties = project.designProperties();
    assert.deepEqual(properties.find((property) => property.name === 'ssoType')?.default, 'settings');
    assert.ok(properties.every((property) => property.name && property.type && property.label && property.description));
    assert.ok(project.readCustomLabels().size > 0);
    assert.ok(project.lwcBundles().includes(join(project.projectRoot, FILES.launcher)));
});

// One broken project per line: check | file changed | text replaced | replacement | file named | problem
// (\| for a literal bar). checkSourceConvert, which spawns sf, has its own tests below.
const BREAKAGES = String.raw`
checkProjectSchema | sfdx | "sourceApiVersion": "65.0" | "sourceApiVersion": 65 | sfdx | /sourceApiVersion must be string
checkProjectSchema | sfdx | "path": "force-app", | | sfdx | must have required property 'path'
checkLwcMeta | launcher.meta | >lightning__AppPage< | >lightning__AppPages< | launcher.meta | unknown target "lightning__AppPages"
checkLwcMeta | launcher.meta | targets="lightning__RecordPage" | targets="lightning__RecordPage,lightning__Tab" | launcher.meta | "lightning__Tab", which is not declared
checkLwcMeta | launcher.meta | name="cardTitle" | name="cardTitles" | launcher.meta | "cardTitles" has no matching @api member in ${LWC}/glanceStuLauncher/glanceStuLauncher.ts
checkLwcMeta | launcher.ts | @api cardTitle: | cardTitle: | launcher.meta | "cardTitle" has no matching @api member
checkLwcMeta | launcher.ts | @api cardTitle: | @api cardTitle(): void {}\n    other: | launcher.meta | "cardTitle" names an @api method, not a property
checkLwcMeta | launcher.meta | type="Boolean" | type="Bool" | launcher.meta | unknown type "Bool"
checkLwcMeta | launcher.meta | default="false" | default="no" | launcher.meta | has Boolean default "no"
checkLwcMeta | launcher.ts | viewerSameWindow: boolean \| null = false | viewerSameWindow: boolean \| null = true | launcher.meta | Boolean @api initialised to true, not false (compile error LWC1099)
checkLwcMeta | launcher.meta | default="settings" | | launcher.meta | "ssoType" has no default one of settings, idptoken
checkLwcMeta | launcher.meta | default="settings" | default="idp" | launcher.meta | default "idp" is not one of settings, idptoken
checkLwcMeta | launcher.meta | type="Boolean" | type="Boolean" datasource="a,b" | launcher.meta | has a datasource, which works only with type String
checkLwcMeta | launcher.ts | joinMode: string \| null = 'settings' | joinMode: string \| null = 'chat' | launcher.meta | "joinMode" default "settings" differs from the component's initial value "chat"
checkLwcMeta | launcher.meta | targets="lightning__AppPage,lightning__HomePage"> | targets="lightning__AppPage,lightning__HomePage"><objects><object>Case</object></objects> | launcher.meta | limits <objects>, which lightning__AppPage,lightning__HomePage does not support
checkLwcMeta | launcher.meta | role="inputOnly" | role="input" | launcher.meta | has role "input"; use inputOnly or outputOnly
checkLwcMeta | launcher.meta | name="cardTitle" | name="cardTitle" role="inputOnly" | launcher.meta | "cardTitle" has role, which only a lightning__FlowScreen targetConfig supports
checkLwcMeta | launcher.meta | name="sessionKey" | name="sessionKey" placeholder="Key" | launcher.meta | "sessionKey" has placeholder, which lightning__FlowScreen does not support
checkLwcMeta | launcher.meta | description="One of settings, none | datasource="a,b" description="One of settings, none | launcher.meta | "joinMode" has a datasource list, which lightning__FlowScreen has no picklist for
checkQuickActions | join.quickAction | >glanceJoinAction< | >glanceJoinActions< | join.quickAction | "glanceJoinActions" is not an LWC bundle
checkQuickActions | join.meta | <actionType>Action< | <actionType>ScreenAction< | join.quickAction | actionSubtype Action does not match glanceJoinAction's actionType ScreenAction
checkQuickActions | join.quickAction | >glanceJoinAction< | >glanceStuLauncher< | join.quickAction | glanceStuLauncher does not declare the lightning__RecordAction target
checkLabels | launcher.ts | import | import MISSING from '@salesforce/label/c.No_Such_Label';\nimport | launcher.ts | @salesforce/label/c.No_Such_Label is not defined in any CustomLabels file
checkLabels | join.quickAction | <label>Glance Join< | <label>$Label.No_Such_Label< | join.quickAction | $Label.No_Such_Label is not defined
checkApiVersions | launcher.meta | <apiVersion>65.0 | <apiVersion>64.0 | launcher.meta | apiVersion 64.0 differs from sourceApiVersion 65.0
checkApiVersions | launcher.meta | <apiVersion>65.0</apiVersion> | | launcher.meta | no apiVersion; set 65.0 (sourceApiVersion)
checkTsconfigPaths | tsconfig | "c/glanceStuLauncher": | "c/glanceStuLauncherOld": | tsconfig | compilerOptions.paths has no "c/glanceStuLauncher"
checkTsconfigPaths | tsconfig | "c/glanceStuLauncher": | "c/glanceStuLauncherOld": | tsconfig | "c/glanceStuLauncherOld" names no LWC bundle
checkTsconfigPaths | tsconfig | glanceStuLauncher.ts"] | index.ts"] | tsconfig | "c/glanceStuLauncher" maps to ./${LWC}/glanceStuLauncher/index.ts, which does not exist
checkTranslations | de | <name>GlanceStu_Copied< | <name>GlanceStu_Nope< | de | GlanceStu_Copied has no translation
checkTranslations | de | <name>GlanceStu_Copied< | <name>GlanceStu_Nope< | de | GlanceStu_Nope is not a custom label, so a deploy would fail
checkTranslations | de | <name>GlanceStu_Copied< | <name>GlanceStu_CopyButton< | de | GlanceStu_CopyButton is translated twice
checkTranslations | de | <label>Kopiert.< | <label> < | de | GlanceStu_Copied is empty
checkTranslations | de | Der Kunde sieht: {0} | Der Kunde sieht | de | GlanceStu_IdentityPreview has placeholders [], English [{0}]
checkTranslations | de | Der Kunde sieht: {0} | Der Kunde sieht: {0} {1} | de | GlanceStu_IdentityPreview has placeholders [{0} {1}], English [{0}]
checkTranslations | de | <label>Kopiert.< | <label>COPIED.< | de | GlanceStu_Copied is still the English "Copied."
checkTranslations | de | <label>Kopiert.< | <label>${'x'.repeat(1001)}< | de | GlanceStu_Copied is 1001 characters, over 1000
checkTranslations | labels | <fullName>GlanceStu_LoginKeyLink< | <fullName>GlanceStu_LoginKey< | checks | SAME_AS_ENGLISH names GlanceStu_LoginKeyLink, which is no longer a custom label
`;

// Files deleted (no third cell), or added as a copy of the file in the third cell: check | file deleted or
// added | copied from | problem, which names the deleted or added file.
const DELETED_OR_ADDED = String.raw`
checkLwcMeta | launcher.meta | | missing; every LWC bundle needs one
checkTranslations | th | | no translation file
checkQuickActions | messaging.quickAction | join.quickAction | MessagingSession is not an object every org has, so this quick action fails the deploy there
checkTranslations | en_GB | de | not a language Salesforce fully supports
`;

/** A table's cases, one a line, its cells split at | (\| for a literal bar, \n for a line break). */
const casesOf = (table) =>
    table
        .trim()
        .split('\n')
        .map((line) =>
            line.split(/(?<!\\)\|/).map((cell) => cell.trim().replaceAll('\\n', '\n').replaceAll('\\|', '|'))
        );

/** Asserts that one of the problems starts with the file named and includes the problem. */
function assertProblem(problems, file, problem) {
    const found = problems.some((each) => each.startsWith(`${file}:`) && each.includes(problem));
    assert.ok(found, `expected "${file}: ...${problem}", got:\n${problems.join('\n')}`);
}

// Concurrently: the sf conversions overlap.
describe('each check fails, naming the file, on', { concurrency: true }, () => {
    for (const [check, changed, from, to, named, problem] of casesOf(BREAKAGES)) {
        test(`${check}: ${changed} with ${to.slice(0, 80) || 'no'} ${from}`, async (t) => {
            const root = projectCopy(t, { [FILES[changed]]: replaceIn(from, to) });
            assertProblem(await checks[check](root), FILES[named], problem);
        });
    }
    for (const [check, file, copied, problem] of casesOf(DELETED_OR_ADDED)) {
        test(`${check}: ${file} ${copied ? 'added' : 'deleted'}`, async (t) => {
            const text = copied ? readFileSync(join(project.projectRoot, FILES[copied]), 'utf8') : null;
            assertProblem(await checks[check](projectCopy(t, { [FILES[file]]: text })), FILES[file], problem);
        });
    }
    test('checkSourceConvert: TypeScript let through .forceignore, and a bundle without its compiled .js', async (t) => {
        const root = projectCopy(t, {
            [FILES.forceignore]: replaceIn('**/*.ts', '**/*.tsx'),
            [FILES['launcher.js']]: null
        });
        const problems = await checks.checkSourceConvert(root);
        assertProblem(problems, FILES.launcher, 'TypeScript reached the converted output; check .forceignore');
        assertProblem(problems, FILES.launcher, 'the converted bundle has no glanceStuLauncher.js; run npm run build');
        assert.equal(problems.filter((each) => each.includes('has no')).length, 1, problems.join('\n'));
    });
    test('checkSourceConvert: a file of no known metadata type', async (t) => {
        const root = projectCopy(t, { 'force-app/main/default/widgets/a.widget-meta.xml': '<Widget/>' });
        const problems = await checks.checkSourceConvert(root);
        assert.match(problems.join('\n'), /^Metadata API conversion failed: .*a\.widget-meta\.xml/);
    });
    test('checkProjectSchema: JSON that does not parse', (t) => {
        const problems = checks.checkProjectSchema(projectCopy(t, { [FILES.sfdx]: '{ "packageDirectories": [ }' }));
        assert.match(problems.join('\n'), /^sfdx-project\.json: not valid JSON/);
    });
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
