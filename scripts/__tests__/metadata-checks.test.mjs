import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { describe, test } from 'node:test';
import * as checks from '../metadata-checks.mjs';
import project from '../project.cjs';
import { LWC, projectCopy, replaceIn } from './project-copy.mjs';

const LAUNCHER = `${LWC}/glanceStuLauncher`;
// The tables name a file by its name in the project, or by its path from the project root.
const PROJECT_PATHS = project.sourceFiles().map((path) => relative(project.projectRoot, path));
const pathOf = (name) => PROJECT_PATHS.find((path) => basename(path) === name) ?? name;

test('the project passes every check', async (t) => {
    // org-test/ is not copied: the project's own one is checked in place.
    assert.deepEqual(checks.checkMetadataSchema(project.projectRoot), []);
    const root = projectCopy(t);
    for (const check of checks.CHECKS) {
        assert.deepEqual(await check.run(root), [], check.name);
    }
});

test('the project reader reads wrapped tags, attributes and the launcher properties the preview panel shows', () => {
    const meta = project.readXml(join(project.projectRoot, `${LAUNCHER}/glanceStuLauncher.js-meta.xml`));
    assert.match(project.all(meta, 'description')[0], /^One-click Glance cobrowse links/);
    const targets =
        'lightning__RecordPage lightning__AppPage lightning__HomePage lightning__UtilityBar lightning__FlowScreen';
    assert.deepEqual(project.all(meta, 'targets', 'target'), targets.split(' '));
    const properties = project.designProperties();
    assert.deepEqual(properties.find((property) => property.name === 'hideAccountLinks')?.default, 'false');
    assert.ok(properties.every((property) => property.name && property.type && property.label && property.description));
    assert.ok(project.readCustomLabels().size > 0);
    assert.ok(project.lwcBundles().includes(join(project.projectRoot, LAUNCHER)));
});

// One broken project per line: check | file changed | text replaced | replacement | file named | problem
// (\| for a literal bar). checkSourceConvert, which spawns sf, has its own tests below.
const BREAKAGES = String.raw`
checkProjectSchema | sfdx-project.json | "sourceApiVersion": "65.0" | "sourceApiVersion": 65 | sfdx-project.json | /sourceApiVersion must be string
checkProjectSchema | sfdx-project.json | "path": "force-app", | | sfdx-project.json | must have required property 'path'
checkProjectSchema | sfdx-project.json | "packageDirectories": [ | "packageDirectories": [ } | sfdx-project.json | not valid JSON
checkLwcMeta | glanceStuLauncher.js-meta.xml | >lightning__AppPage< | >lightning__AppPages< | glanceStuLauncher.js-meta.xml | unknown target "lightning__AppPages"
checkLwcMeta | glanceStuLauncher.js-meta.xml | targets="lightning__RecordPage,lightning__AppPage | targets="lightning__RecordPage,lightning__Tab,lightning__AppPage | glanceStuLauncher.js-meta.xml | "lightning__Tab", which is not declared
checkLwcMeta | glanceStuLauncher.js-meta.xml | name="cardTitle" | name="cardTitles" | glanceStuLauncher.js-meta.xml | "cardTitles" has no matching @api member in ${LWC}/glanceStuLauncher/glanceStuLauncher.ts
checkLwcMeta | glanceStuLauncher.ts | @api cardTitle: | cardTitle: | glanceStuLauncher.js-meta.xml | "cardTitle" has no matching @api member
checkLwcMeta | glanceStuLauncher.ts | @api cardTitle: | @api cardTitle(): void {}\n    other: | glanceStuLauncher.js-meta.xml | "cardTitle" names an @api method, not a property
checkLwcMeta | glanceStuLauncher.js-meta.xml | type="Boolean" | type="Bool" | glanceStuLauncher.js-meta.xml | unknown type "Bool"
checkLwcMeta | glanceStuLauncher.js-meta.xml | default="false" | default="no" | glanceStuLauncher.js-meta.xml | has Boolean default "no"
checkLwcMeta | glanceStuLauncher.ts | hideAccountLinks: boolean \| null = false | hideAccountLinks: boolean \| null = true | glanceStuLauncher.js-meta.xml | "hideAccountLinks" default "false" differs from the component's initial value "true"
checkLwcMeta | glanceStuLauncher.js-meta.xml | label="Agent Join Mode" | label="Agent Join Mode" datasource="none,universaljoin" | glanceStuLauncher.js-meta.xml | "joinMode" has no default one of none, universaljoin
checkLwcMeta | glanceStuLauncher.js-meta.xml | label="Agent Join Mode" | label="Agent Join Mode" datasource="none,universaljoin" default="idp" | glanceStuLauncher.js-meta.xml | default "idp" is not one of none, universaljoin
checkLwcMeta | glanceStuLauncher.js-meta.xml | type="Boolean" | type="Boolean" datasource="a,b" | glanceStuLauncher.js-meta.xml | has a datasource, which works only with type String
checkLwcMeta | glanceStuLauncher.js-meta.xml | targets="lightning__FlowScreen"> | targets="lightning__FlowScreen"><objects><object>Case</object></objects> | glanceStuLauncher.js-meta.xml | limits <objects>, which lightning__FlowScreen does not support
checkLwcMeta | glanceStuLauncher.js-meta.xml | role="inputOnly" | role="input" | glanceStuLauncher.js-meta.xml | has role "input"; use inputOnly or outputOnly
checkLwcMeta | glanceStuLauncher.js-meta.xml | name="cardTitle" | name="cardTitle" role="inputOnly" | glanceStuLauncher.js-meta.xml | "cardTitle" has role, which only a lightning__FlowScreen targetConfig supports
checkLwcMeta | glanceStuLauncher.js-meta.xml | name="sessionKey" | name="sessionKey" placeholder="Key" | glanceStuLauncher.js-meta.xml | "sessionKey" has placeholder, which lightning__FlowScreen does not support
checkLwcMeta | glanceStuLauncher.js-meta.xml | description="The Join prompt for this flow | datasource="a,b" description="The Join prompt for this flow | glanceStuLauncher.js-meta.xml | "joinMode" has a datasource list, which lightning__FlowScreen has no picklist for
checkActivityFieldPermissions | Glance_STU_User.permissionset-meta.xml | <field>Event.Glance_Link__c</field> | <field>Event.Other__c</field> | Glance_STU_User.permissionset-meta.xml | grants Task.Glance_Link__c but not Event.Glance_Link__c
checkMetadataSchema | Case.Glance_Join.quickAction-meta.xml | <actionSubtype>Action< | <actionSubtype>Screen< | Case.Glance_Join.quickAction-meta.xml | QuickAction/actionSubtype must be equal to one of the allowed values: ScreenAction, Action, Create, Update
checkMetadataSchema | Case.Glance_Join.quickAction-meta.xml | <lightningWebComponent>glanceJoinAction</lightningWebComponent> | <lightningWebComponentName>glanceJoinAction</lightningWebComponentName> | Case.Glance_Join.quickAction-meta.xml | QuickAction has no element <lightningWebComponentName>
checkMetadataSchema | Case.Glance_Join.quickAction-meta.xml | <optionsCreateFeedItem>false< | <optionsCreateFeedItem>no< | Case.Glance_Join.quickAction-meta.xml | QuickAction/optionsCreateFeedItem must be boolean
checkMetadataSchema | Glance_STU_User.permissionset-meta.xml | <fieldPermissions> | <fieldPermissions><label>Glance</label> | Glance_STU_User.permissionset-meta.xml | PermissionSet/fieldPermissions[1] has no element <label>
checkMetadataSchema | Glance_Org_Id__c.field-meta.xml | <type>Text< | <type>String< | Glance_Org_Id__c.field-meta.xml | CustomField/type must be equal to one of the allowed values: AutoNumber, Lookup
checkMetadataSchema | CustomLabels.labels-meta.xml | <language>en_US</language> | <language>en_US</language><languages>en_US</languages> | CustomLabels.labels-meta.xml | CustomLabels/labels[1] has no element <languages>
checkMetadataSchema | de.translation-meta.xml | <label>Kopiert.</label> | <lable>Kopiert.</lable> | de.translation-meta.xml | has no element <lable>
checkMetadataSchema | de.translation-meta.xml | <label>Kopiert.</label> | <lable>Kopiert.</lable> | de.translation-meta.xml | must have required property 'label'
checkMetadataSchema | Glance_Settings__c.object-meta.xml | <customSettingsType>Hierarchy< | <customSettingsType>Tree< | Glance_Settings__c.object-meta.xml | CustomObject/customSettingsType must be equal to one of the allowed values: List, Hierarchy
checkFormulas | Glance_Hide_Identity__c.field-meta.xml | .Hide_Identity__c</formula> | .Hide_Identiy__c</formula> | Glance_Hide_Identity__c.field-meta.xml | property Hide_Identiy__c is not found
checkFormulas | Glance_Join_Mode__c.field-meta.xml | <type>Text< | <type>Checkbox< | Glance_Join_Mode__c.field-meta.xml | expected a 'boolean' type value, but 'string' type found
checkFormulas | Glance_Hide_Identity__c.field-meta.xml | >$Setup.Glance_Settings__c.Hide_Identity__c< | >TEXT($Setup.Glance_Settings__c.Hide_Identity__c) = "true"< | Glance_Hide_Identity__c.field-meta.xml | Incorrect parameter type for function 'TEXT()'. Expected Number, Date, Datetime, Picklist, Time, received Checkbox
checkFormulas | Glance_Org_Id__c.field-meta.xml | CASESAFEID( | CASESAFE_ID( | Glance_Org_Id__c.field-meta.xml | <formula> CASESAFE_ID($Organization.Id): type information is not found: CASESAFE_ID
checkFormulas | Glance_Org_Id__c.field-meta.xml | CASESAFEID($Organization.Id) | LEN($Organization.Id) | Glance_Org_Id__c.field-meta.xml | expected a 'string' type value, but 'number' type found
checkFormulas | Glance_Org_Id__c.field-meta.xml | CASESAFEID($Organization.Id) | IF(ISBLANK($Organization.Id), 0, $Organization.Id) | Glance_Org_Id__c.field-meta.xml | IF(ISBLANK($Organization.Id), 0, $Organization.Id): expected a 'number' type value, but 'string' type found
checkQuickActions | Case.Glance_Join.quickAction-meta.xml | >glanceJoinAction< | >glanceJoinActions< | Case.Glance_Join.quickAction-meta.xml | "glanceJoinActions" is not an LWC bundle
checkQuickActions | glanceJoinAction.js-meta.xml | <actionType>Action< | <actionType>ScreenAction< | Case.Glance_Join.quickAction-meta.xml | actionSubtype Action does not match glanceJoinAction's actionType ScreenAction
checkQuickActions | Case.Glance_Join.quickAction-meta.xml | >glanceJoinAction< | >glanceStuLauncher< | Case.Glance_Join.quickAction-meta.xml | glanceStuLauncher does not declare the lightning__RecordAction target
checkQuickActions | VoiceCall.Glance_Session.quickAction-meta.xml | >glanceSessionAction< | >glanceSessionActions< | VoiceCall.Glance_Session.quickAction-meta.xml | "glanceSessionActions" is not an LWC bundle
checkQuickActions | sfdx-project.json | "path": "force-app-channels", | "path": "force-app-channels", "package": "Glance Channels", | MessagingSession.Glance_Join.quickAction-meta.xml | MessagingSession is not an object every org has
checkLabels | glanceStuLauncher.ts | import | import MISSING from '@salesforce/label/c.No_Such_Label';\nimport | glanceStuLauncher.ts | @salesforce/label/c.No_Such_Label is not defined in any CustomLabels file
checkLabels | Case.Glance_Join.quickAction-meta.xml | <label>Glance Join< | <label>$Label.No_Such_Label< | Case.Glance_Join.quickAction-meta.xml | $Label.No_Such_Label is not defined
checkApiVersions | glanceStuLauncher.js-meta.xml | <apiVersion>65.0 | <apiVersion>64.0 | glanceStuLauncher.js-meta.xml | apiVersion 64.0 differs from sourceApiVersion 65.0
checkApiVersions | glanceStuLauncher.js-meta.xml | <apiVersion>65.0</apiVersion> | | glanceStuLauncher.js-meta.xml | no apiVersion; set 65.0 (sourceApiVersion)
checkTsconfigPaths | tsconfig.json | "c/glanceStuLauncher": | "c/glanceStuLauncherOld": | tsconfig.json | compilerOptions.paths has no "c/glanceStuLauncher"
checkTsconfigPaths | tsconfig.json | "c/glanceStuLauncher": | "c/glanceStuLauncherOld": | tsconfig.json | "c/glanceStuLauncherOld" names no LWC bundle
checkTsconfigPaths | tsconfig.json | glanceStuLauncher.ts"] | index.ts"] | tsconfig.json | "c/glanceStuLauncher" maps to ./${LWC}/glanceStuLauncher/index.ts, which does not exist
checkTranslations | de.translation-meta.xml | <name>GlanceStu_Copied< | <name>GlanceStu_Nope< | de.translation-meta.xml | GlanceStu_Copied has no translation
checkTranslations | de.translation-meta.xml | <name>GlanceStu_Copied< | <name>GlanceStu_Nope< | de.translation-meta.xml | GlanceStu_Nope is not a custom label, so a deploy would fail
checkTranslations | de.translation-meta.xml | <name>GlanceStu_Copied< | <name>GlanceStu_CopyButton< | de.translation-meta.xml | GlanceStu_CopyButton is translated twice
checkTranslations | de.translation-meta.xml | <label>Kopiert.< | <label> < | de.translation-meta.xml | GlanceStu_Copied is empty
checkTranslations | de.translation-meta.xml | Der Kunde sieht: {0} | Der Kunde sieht | de.translation-meta.xml | GlanceStu_IdentityPreview has placeholders [], English [{0}]
checkTranslations | de.translation-meta.xml | Der Kunde sieht: {0} | Der Kunde sieht: {0} {1} | de.translation-meta.xml | GlanceStu_IdentityPreview has placeholders [{0} {1}], English [{0}]
checkTranslations | de.translation-meta.xml | <label>Kopiert.< | <label>COPIED.< | de.translation-meta.xml | GlanceStu_Copied is still the English "Copied."
checkTranslations | CustomLabels.labels-meta.xml | <fullName>GlanceStu_LoginKeyLink< | <fullName>GlanceStu_LoginKey< | scripts/metadata-checks.mjs | SAME_AS_ENGLISH names GlanceStu_LoginKeyLink, which is no longer a custom label
checkLengthLimits | CustomLabels.labels-meta.xml | <fullName>GlanceStu_CardTitle< | <fullName>${'x'.repeat(81)}< | CustomLabels.labels-meta.xml | <fullName> is 81 characters, over the limit of 80
checkLengthLimits | CustomLabels.labels-meta.xml | >Card title shown when the cardTitle property is blank< | >${'x'.repeat(81)}< | CustomLabels.labels-meta.xml | GlanceStu_CardTitle: <shortDescription> is 81 characters, over the limit of 80
checkLengthLimits | CustomLabels.labels-meta.xml | <value>Glance< | <value>${'x'.repeat(1001)}< | CustomLabels.labels-meta.xml | GlanceStu_CardTitle: <value> is 1001 characters, over the limit of 1000 (Metadata API Developer Guide
checkLengthLimits | CustomLabels.labels-meta.xml | <categories>Glance STU< | <categories>${'x'.repeat(256)}< | CustomLabels.labels-meta.xml | GlanceStu_CardTitle: <categories> is 256 characters, over the limit of 255
checkLengthLimits | de.translation-meta.xml | <label>Kopiert.< | <label>${'x'.repeat(1001)}< | de.translation-meta.xml | GlanceStu_Copied: <label> is 1001 characters, over the limit of 1000 (Metadata API Developer Guide
checkLengthLimits | Glance_Org_Id__c.field-meta.xml | <label>Glance Org ID< | <label>${'x'.repeat(41)}< | Glance_Org_Id__c.field-meta.xml | <label> is 41 characters, over the limit of 40
checkLengthLimits | Hide_Identity__c.field-meta.xml | <description>Leaves the agent's name, email and phone off the Glance links.< | <description>${'x'.repeat(1001)}< | Hide_Identity__c.field-meta.xml | <description> is 1001 characters, over the limit of 1000
checkLengthLimits | Glance_Org_Id__c.field-meta.xml | <inlineHelpText>This org's ID, used by the Glance links as the single sign-on account identifier.< | <inlineHelpText>${'x'.repeat(511)}< | Glance_Org_Id__c.field-meta.xml | <inlineHelpText> is 511 characters, over the limit of 510
checkLengthLimits | Glance_Org_Id__c.field-meta.xml | <formula>CASESAFEID($Organization.Id)< | <formula>${'x'.repeat(3901)}< | Glance_Org_Id__c.field-meta.xml | <formula> is 3901 characters, over the limit of 3900
checkLengthLimits | Glance_Settings__c.object-meta.xml | <label>Glance Settings< | <label>${'x'.repeat(41)}< | Glance_Settings__c.object-meta.xml | <label> is 41 characters, over the limit of 40
checkLengthLimits | Glance_Settings__c.object-meta.xml | <label>Glance Settings</label> | <label>Glance Settings</label><pluralLabel>${'x'.repeat(41)}</pluralLabel> | Glance_Settings__c.object-meta.xml | <pluralLabel> is 41 characters, over the limit of 40
checkLengthLimits | Glance_STU_User.permissionset-meta.xml | <label>Glance STU User< | <label>${'x'.repeat(81)}< | Glance_STU_User.permissionset-meta.xml | <label> is 81 characters, over the limit of 80
`;

// Files deleted (no third cell), or added as a copy of the file in the third cell: check | file deleted or
// added | copied from | problem, which names the deleted or added file.
const DELETED_OR_ADDED = String.raw`
checkLwcMeta | glanceStuLauncher.js-meta.xml | | missing; every LWC bundle needs one
checkTranslations | th.translation-meta.xml | | no translation file
checkQuickActions | MessagingSession.Glance_Join.quickAction-meta.xml | Case.Glance_Join.quickAction-meta.xml | MessagingSession is not an object every org has, so this quick action fails the deploy there
checkTranslations | en_GB.translation-meta.xml | de.translation-meta.xml | not a language Salesforce fully supports
`;

// Files of kinds the project does not ship yet, or with names too long: check | file added | its text |
// problem, which names the added file.
const NEW_FILES = String.raw`
checkMetadataSchema | org-test/main/default/flexipages/Broken.flexipage-meta.xml | <FlexiPage><masterLabel>Broken</masterLabel><template><name>flexipage:recordHomeTemplateDesktop</name></template><type>RecordPages</type></FlexiPage> | FlexiPage/type must be equal to one of the allowed values: AppPage
checkMetadataSchema | force-app/main/default/widgets/a.widget-meta.xml | <Widget><name>a</name></Widget> | <Widget> is not a Metadata API type
checkLengthLimits | force-app/main/default/objects/Activity/fields/${'x'.repeat(41)}__c.field-meta.xml | <CustomField><label>Glance</label><type>Text</type></CustomField> | API name ${'x'.repeat(41)} is 41 characters, over the limit of 40
checkLengthLimits | force-app/main/default/objects/${'x'.repeat(41)}__c/${'x'.repeat(41)}__c.object-meta.xml | <CustomObject><label>Glance</label></CustomObject> | API name ${'x'.repeat(41)} is 41 characters, over the limit of 40
checkLengthLimits | force-app/main/default/permissionsets/${'x'.repeat(81)}.permissionset-meta.xml | <PermissionSet><label>Glance</label></PermissionSet> | is 81 characters, over the limit of 80 (Salesforce Field Reference Guide
checkLengthLimits | force-app/main/default/permissionsets/Glance_STU_Admin.permissionset-meta.xml | <PermissionSet><description>${'x'.repeat(256)}</description><label>Glance</label></PermissionSet> | <description> is 256 characters, over the limit of 255
checkLengthLimits | force-app/main/default/customPermissions/${'x'.repeat(81)}.customPermission-meta.xml | <CustomPermission><label>Glance</label></CustomPermission> | is 81 characters, over the limit of 80 (Object Reference
checkLengthLimits | force-app/main/default/customPermissions/Glance_Account_Admin.customPermission-meta.xml | <CustomPermission><label>${'x'.repeat(81)}</label></CustomPermission> | <label> is 81 characters, over the limit of 80
checkLengthLimits | force-app/main/default/customPermissions/Glance_Account_Admin.customPermission-meta.xml | <CustomPermission><description>${'x'.repeat(256)}</description><label>Glance</label></CustomPermission> | <description> is 256 characters, over the limit of 255
checkLengthLimits | force-app/main/default/customPermissions/Glance_Account_Admin.customPermission-meta.xml | <CustomPermission><connectedApp>${'x'.repeat(81)}</connectedApp><label>Glance</label></CustomPermission> | <connectedApp> is 81 characters, over the limit of 80
`;

/** A table's cases, one a line, its cells split at | (\| for a literal bar, \n for a line break). */
const cellsOf = (line) =>
    line.split(/(?<!\\)\|/).map((cell) => cell.trim().replaceAll('\\n', '\n').replaceAll('\\|', '|'));
const casesOf = (table) => table.trim().split('\n').map(cellsOf);

/** Asserts that one of the problems starts with the file named and includes the problem. */
function assertProblem(problems, file, problem) {
    const found = problems.some((each) => each.startsWith(`${file}:`) && each.includes(problem));
    assert.ok(found, `expected "${file}: ...${problem}", got:\n${problems.join('\n')}`);
}

// Concurrently: the sf conversions overlap.
describe('each check fails, naming the file, on', { concurrency: true }, () => {
    for (const [check, changed, from, to, named, problem] of casesOf(BREAKAGES)) {
        test(`${check}: ${changed} with ${to.slice(0, 80) || 'no'} ${from}`, async (t) => {
            const root = projectCopy(t, { [pathOf(changed)]: replaceIn(from, to) });
            assertProblem(await checks[check](root), pathOf(named), problem);
        });
    }
    for (const [check, file, copied, problem] of casesOf(DELETED_OR_ADDED)) {
        test(`${check}: ${file} ${copied ? 'added' : 'deleted'}`, async (t) => {
            const path = copied ? join(dirname(pathOf(copied)), file) : pathOf(file);
            const text = copied ? readFileSync(join(project.projectRoot, pathOf(copied)), 'utf8') : null;
            assertProblem(await checks[check](projectCopy(t, { [path]: text })), path, problem);
        });
    }
    for (const [check, file, text, problem] of casesOf(NEW_FILES)) {
        test(`${check}: ${file.slice(0, 100)} added with ${text.slice(0, 60)}`, async (t) => {
            assertProblem(await checks[check](projectCopy(t, { [file]: text })), file, problem);
        });
    }
    test('checkLengthLimits: a package directory added later is checked too', async (t) => {
        const field = 'force-app-messaging/main/default/objects/MessagingSession/fields/Glance_Key__c.field-meta.xml';
        const root = projectCopy(t, {
            'sfdx-project.json': replaceIn(
                '"packageDirectories": [',
                '"packageDirectories": [{ "path": "force-app-messaging" },'
            ),
            [field]: `<CustomField><label>${'x'.repeat(41)}</label></CustomField>`
        });
        assertProblem(checks.checkLengthLimits(root), field, '<label> is 41 characters, over the limit of 40');
    });
    test('checkSourceConvert: TypeScript let through .forceignore, and a bundle without its compiled .js', async (t) => {
        const root = projectCopy(t, {
            '.forceignore': replaceIn('**/*.ts', '**/*.tsx'),
            [`${LAUNCHER}/glanceStuLauncher.js`]: null
        });
        const problems = await checks.checkSourceConvert(root);
        assertProblem(problems, LAUNCHER, 'TypeScript reached the converted output; check .forceignore');
        assertProblem(problems, LAUNCHER, 'the converted bundle has no glanceStuLauncher.js; run npm run build');
        assert.equal(problems.filter((each) => each.includes('has no')).length, 1, problems.join('\n'));
    });
    test('checkSourceConvert: a file of no known metadata type', async (t) => {
        const root = projectCopy(t, { 'force-app/main/default/widgets/a.widget-meta.xml': '<Widget/>' });
        const problems = await checks.checkSourceConvert(root);
        assert.match(problems.join('\n'), /^Metadata API conversion failed: .*a\.widget-meta\.xml/);
    });
});

test('apiMembers reads decorators, initial values and accessors', () => {
    const members = checks.apiMembers(`class A extends LightningElement {
        @api flag = false; @api count = -2; @api label = \`plain\`; @api computed = String(1);
        @api get value() { return 1; } @api() called = 'x'; notApi = 'y';
    }`);
    assert.deepEqual(Object.fromEntries(members), {
        flag: { kind: 'property', initializer: 'false' },
        count: { kind: 'property', initializer: '-2' },
        label: { kind: 'property', initializer: 'plain' },
        computed: { kind: 'property', initializer: undefined },
        value: { kind: 'accessor', initializer: undefined },
        called: { kind: 'property', initializer: 'x' }
    });
});
