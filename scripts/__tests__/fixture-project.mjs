// A small, valid Salesforce DX project written to a temporary folder. Tests change or delete one
// file to break exactly one thing, so each check is shown to catch it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from '../build.mjs';

const LWC = 'force-app/main/default/lwc';
export const CARD_META = `${LWC}/card/card.js-meta.xml`;
export const CARD_TS = `${LWC}/card/card.ts`;
export const CARD_JS = `${LWC}/card/card.js`;
export const ACTION_META = `${LWC}/cardAction/cardAction.js-meta.xml`;
export const LABELS = 'force-app/main/default/labels/CustomLabels.labels-meta.xml';
export const QUICK_ACTION = 'force-app/main/default/quickActions/Case.Card_Action.quickAction-meta.xml';
const XML = '<?xml version="1.0" encoding="UTF-8" ?>';
const NS = 'xmlns="http://soap.sforce.com/2006/04/metadata"';

const FILES = {
    'sfdx-project.json': JSON.stringify({
        packageDirectories: [{ path: 'force-app', default: true, package: 'Fixture', versionNumber: '0.1.0.NEXT' }],
        name: 'fixture',
        sourceApiVersion: '65.0'
    }),
    '.forceignore': '**/*.ts\n**/tsconfig*.json\n**/__tests__/**\n',
    'tsconfig.json': `{
    // Comments are allowed here, as in any tsconfig.json.
    "compilerOptions": { "paths": {
        "c/card": ["./${LWC}/card/card.ts"],
        "c/cardAction": ["./${LWC}/cardAction/cardAction.ts"]
    } }
}`,
    // Written the way the XML formatter wraps long lines.
    [LABELS]: `${XML}
<CustomLabels ${NS}>
    <labels>
        <fullName
        >Card_Title</fullName>
        <language>en_US</language>
        <protected>false</protected>
        <shortDescription>Card title</shortDescription>
        <value
        >A title long enough that the formatter wrapped it &amp; more</value>
    </labels>
</CustomLabels>`,
    [CARD_TS]: `import { LightningElement, api } from 'lwc';
import CARD_TITLE from '@salesforce/label/c.Card_Title';

export default class Card extends LightningElement {
    @api recordId: string | undefined;
    @api heading = 'Hello';
    @api mode = 'compact';
    @api size = 3;
    @api hideFooter = false;
    @api note: string | undefined;
    label = CARD_TITLE;

    @api
    refresh(): void {}
}`,
    [`${LWC}/card/card.html`]: '<template><p>{label}</p></template>\n',
    [CARD_META]: `${XML}
<LightningComponentBundle ${NS}>
    <apiVersion>65.0</apiVersion>
    <isExposed>true</isExposed>
    <targets>
        <target>lightning__RecordPage</target>
        <target>lightning__AppPage</target>
        <target>lightningSnapin__ChatMessage</target>
    </targets>
    <targetConfigs>
        <targetConfig targets="lightning__RecordPage, lightning__AppPage">
            <property
                name="heading"
                type="String"
                label="Heading"
                default="Hello"
                description="Shown when the value is > 0 characters long."
            />
            <property name="mode" type="String" datasource="compact,full" default="compact" />
            <property name="size" type="Integer" default="3" min="1" max="10"></property>
            <property name="hideFooter" type="Boolean" default="false" />
            <property name="note" type="String" />
            <!-- <property name="commentedOut" type="Nonsense" /> -->
        </targetConfig>
    </targetConfigs>
</LightningComponentBundle>`,
    [`${LWC}/card/__tests__/card.test.ts`]: "import CARD from '@salesforce/label/c.Only_In_Tests';\n",
    [`${LWC}/cardAction/cardAction.ts`]: `import { LightningElement, api } from 'lwc';
export default class CardAction extends LightningElement {
    @api recordId: string | undefined;
}`,
    [`${LWC}/cardAction/cardAction.html`]: '<template><p>Action</p></template>\n',
    [ACTION_META]: `${XML}
<LightningComponentBundle ${NS}>
    <apiVersion>65.0</apiVersion>
    <isExposed>true</isExposed>
    <targets><target>lightning__RecordAction</target></targets>
    <targetConfigs>
        <targetConfig targets="lightning__RecordAction"><actionType>ScreenAction</actionType></targetConfig>
    </targetConfigs>
</LightningComponentBundle>`,
    [QUICK_ACTION]: `${XML}
<QuickAction ${NS}>
    <actionSubtype>ScreenAction</actionSubtype>
    <label>Card Action</label>
    <description>$Label.Card_Title</description>
    <lightningWebComponent>cardAction</lightningWebComponent>
    <optionsCreateFeedItem>false</optionsCreateFeedItem>
    <type>LightningWebComponent</type>
</QuickAction>`
};

/** Every file of the fixture, and its two bundle folders. */
export const FIXTURE_PATHS = [...Object.keys(FILES), `${LWC}/card`, `${LWC}/cardAction`];

/**
 * Writes and builds the fixture project, then applies changes: a path mapped to new text, to a
 * function of the old text, or to null to delete the file. Removed when the test ends.
 * @returns {string} the project root
 */
export function fixtureProject(t, changes = {}) {
    const root = mkdtempSync(join(tmpdir(), 'metadata-fixture-'));
    t.after(() => rmSync(root, { recursive: true, force: true }));
    const write = (path, content) => {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), content);
    };
    Object.entries(FILES).forEach(([path, content]) => write(path, content));
    build(root);
    for (const [path, change] of Object.entries(changes)) {
        const content = typeof change === 'function' ? change(FILES[path]) : change;
        if (content === null) {
            rmSync(join(root, path));
        } else {
            write(path, content);
        }
    }
    return root;
}
