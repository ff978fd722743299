// A small, valid Salesforce DX project written to a temporary folder. Tests change or delete one
// file to break exactly one thing, so each check is shown to catch it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const LWC = 'force-app/main/default/lwc';

export const FILES = {
    'sfdx-project.json': JSON.stringify(
        {
            packageDirectories: [{ path: 'force-app', default: true, package: 'Fixture', versionNumber: '0.1.0.NEXT' }],
            name: 'fixture',
            namespace: '',
            sfdcLoginUrl: 'https://login.salesforce.com',
            sourceApiVersion: '65.0'
        },
        null,
        2
    ),
    '.forceignore': '**/*.ts\n**/tsconfig*.json\n**/__tests__/**\n',
    'tsconfig.json': `{
    // Comments are allowed here, as in any tsconfig.json.
    "compilerOptions": {
        "paths": {
            "c/card": ["./${LWC}/card/card.ts"],
            "c/cardAction": ["./${LWC}/cardAction/cardAction.ts"]
        }
    }
}
`,
    // Written the way the XML formatter wraps long lines.
    'force-app/main/default/labels/CustomLabels.labels-meta.xml': `<?xml version="1.0" encoding="UTF-8" ?>
<CustomLabels xmlns="http://soap.sforce.com/2006/04/metadata">
    <labels>
        <fullName
        >Card_Title</fullName>
        <language>en_US</language>
        <protected>false</protected>
        <shortDescription>Card title</shortDescription>
        <value
        >A title long enough that the formatter wrapped it</value>
    </labels>
</CustomLabels>
`,
    [`${LWC}/card/card.ts`]: `import { LightningElement, api } from 'lwc';
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
}
`,
    [`${LWC}/card/card.js`]: `import { LightningElement, api } from 'lwc';
import CARD_TITLE from '@salesforce/label/c.Card_Title';
export default class Card extends LightningElement {
    @api recordId;
    @api heading = 'Hello';
    @api mode = 'compact';
    @api size = 3;
    @api hideFooter = false;
    @api note;
    label = CARD_TITLE;
    @api
    refresh() {}
}
`,
    [`${LWC}/card/card.html`]: '<template><p>{label}</p></template>\n',
    [`${LWC}/card/card.js-meta.xml`]: `<?xml version="1.0" encoding="UTF-8" ?>
<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>65.0</apiVersion>
    <isExposed>true</isExposed>
    <targets>
        <target>lightning__RecordPage</target>
        <target>lightning__AppPage</target>
        <target>lightningSnapin__ChatMessage</target>
        <target>lightning__UtilityBar</target>
        <target>lightning__FlowScreen</target>
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
        <targetConfig targets="lightning__UtilityBar">
            <property name="mode" type="String" datasource="compact,full" default="compact" />
        </targetConfig>
        <targetConfig targets="lightning__FlowScreen">
            <property name="mode" type="String" role="inputOnly" />
            <property name="hideFooter" type="Boolean" role="inputOnly" />
            <property name="heading" type="String" role="outputOnly" />
        </targetConfig>
    </targetConfigs>
</LightningComponentBundle>
`,
    [`${LWC}/card/__tests__/card.test.ts`]: "import CARD from '@salesforce/label/c.Only_In_Tests';\n",
    [`${LWC}/cardAction/cardAction.ts`]: `import { LightningElement, api } from 'lwc';

export default class CardAction extends LightningElement {
    @api recordId: string | undefined;
}
`,
    [`${LWC}/cardAction/cardAction.js`]: `import { LightningElement, api } from 'lwc';
export default class CardAction extends LightningElement {
    @api recordId;
}
`,
    [`${LWC}/cardAction/cardAction.html`]: '<template><p>Action</p></template>\n',
    [`${LWC}/cardAction/cardAction.js-meta.xml`]: `<?xml version="1.0" encoding="UTF-8" ?>
<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>65.0</apiVersion>
    <isExposed>true</isExposed>
    <targets>
        <target>lightning__RecordAction</target>
    </targets>
    <targetConfigs>
        <targetConfig targets="lightning__RecordAction">
            <actionType>ScreenAction</actionType>
        </targetConfig>
    </targetConfigs>
</LightningComponentBundle>
`,
    'force-app/main/default/quickActions/Case.Card_Action.quickAction-meta.xml': `<?xml version="1.0" encoding="UTF-8" ?>
<QuickAction xmlns="http://soap.sforce.com/2006/04/metadata">
    <actionSubtype>ScreenAction</actionSubtype>
    <label>Card Action</label>
    <lightningWebComponent>cardAction</lightningWebComponent>
    <optionsCreateFeedItem>false</optionsCreateFeedItem>
    <type>LightningWebComponent</type>
</QuickAction>
`,
    'force-app/main/default/objects/Case/fields/Card_Note__c.field-meta.xml': `<?xml version="1.0" encoding="UTF-8" ?>
<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
    <fullName>Card_Note__c</fullName>
    <formula>$Label.Card_Title</formula>
    <label>Card Note</label>
    <type>Text</type>
</CustomField>
`
};

export const CARD_META = `${LWC}/card/card.js-meta.xml`;
export const CARD_TS = `${LWC}/card/card.ts`;
export const CARD_JS = `${LWC}/card/card.js`;
export const ACTION_META = `${LWC}/cardAction/cardAction.js-meta.xml`;
export const QUICK_ACTION = 'force-app/main/default/quickActions/Case.Card_Action.quickAction-meta.xml';
export const FIELD = 'force-app/main/default/objects/Case/fields/Card_Note__c.field-meta.xml';

/**
 * Writes the fixture project with changes: a path mapped to new text, to a function of the old
 * text, or to null to leave the file out. Removed when the test ends.
 * @returns {string} the project root
 */
export function fixtureProject(t, changes = {}) {
    const root = mkdtempSync(join(tmpdir(), 'metadata-fixture-'));
    t.after(() => rmSync(root, { recursive: true, force: true }));
    const files = { ...FILES };
    for (const [path, change] of Object.entries(changes)) {
        files[path] = typeof change === 'function' ? change(files[path]) : change;
    }
    for (const [path, content] of Object.entries(files)) {
        if (content === null) {
            continue;
        }
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), content);
    }
    return root;
}
