// Join without a key: the Case reads the customer's visitor ID through its Contact, as Glance
// Settings' Session Key Field names it, and View waits for the session (wait=1), in the local
// preview in Chromium.
import assert from 'node:assert/strict';
import { IDENTITY_QUERY, JOIN_LINK, VIEW_LINK, label, preview, test } from './fixtures.mjs';

const VISITOR_ID = '0035g00000GlncCAAR';
const VISITOR_PATH = 'Case.Contact.Glance_Visitor_Id__c';
const VIEW = `https://www.glance.net/agentjoin/AgentView.aspx?idptoken=00D5g000004ABCD&SessionKey=${VISITOR_ID}&${IDENTITY_QUERY}`;
const WAITING_VIEW = `${VIEW}&wait=1`;
const CONFIGURED = `?visitorId=1&Session_Field__c=${VISITOR_PATH}&Wait_For_Session__c=1`;

test.describe('visitor IDs and a viewer that waits', () => {
    test('fills the key box with the Contact visitor ID and links to a waiting View, in two requests', async () => {
        const { page, blocked } = await preview.open(CONFIGURED, VIEW_LINK);
        assert.equal(await preview.keyInput().inputValue(), VISITOR_ID);
        assert.equal(await preview.href(VIEW_LINK), WAITING_VIEW);
        await page.waitForFunction(
            (url) => document.querySelector('[data-preview="view-url"]').textContent === url,
            WAITING_VIEW
        );
        assert.equal(await preview.count('[data-problem]'), 0);
        // The user record names the field; the Case (with the path) follows it.
        assert.equal(await preview.requestCount(), 2);
        await preview.assertAccessible();
        // Enter opens the same waiting View, so the agent can open it before the customer starts.
        await preview.keyInput().press('Enter');
        assert.deepEqual(await preview.windowOpens(), [{ url: WAITING_VIEW, target: '_blank' }]);
        assert.deepEqual(blocked, []);
    });

    test('opens the Glance Session panel with the visitor ID in the box and a waiting View ready', async () => {
        await preview.open(CONFIGURED, VIEW_LINK);
        const { panel } = await preview.openSessionPanel();
        await panel.locator(VIEW_LINK).waitFor();
        assert.equal(await preview.keyInput(panel).inputValue(), VISITOR_ID);
        assert.equal(await panel.locator(VIEW_LINK).getAttribute('href'), WAITING_VIEW);
        await preview.assertAccessible('c-glance-session-action');
    });

    test('is set up in Glance Settings as the admin guide says: Session Key Field, then Wait For Session', async () => {
        const { page } = await preview.open('?visitorId=1');
        assert.equal(await preview.keyInput().inputValue(), '');
        await preview.setGlanceSetting('Session_Field__c', VISITOR_PATH);
        await preview.inCard(VIEW_LINK).waitFor();
        assert.equal(await preview.href(VIEW_LINK), VIEW, 'no wait until Wait For Session is on');
        const wait = page.locator('[data-setting="Wait_For_Session__c"]');
        await preview.reloadAfter(() => wait.setChecked(true, { force: true }), 'Wait_For_Session__c', '1');
        await preview.inCard(VIEW_LINK).waitFor();
        assert.equal(await preview.href(VIEW_LINK), WAITING_VIEW);
        const row = preview.hook('winners').locator('[data-setting-row="waitForSession"] td');
        assert.deepEqual(await row.allTextContents(), ['true', 'Glance Settings']);
    });

    test("Glance Settings' Wait For Session makes a typed key's View wait too, and never Join", async () => {
        await preview.open('?Wait_For_Session__c=1');
        await preview.typeSessionKey('4821');
        assert.match(await preview.href(VIEW_LINK), /SessionKey=4821&name=.*&wait=1$/);
        assert.doesNotMatch(await preview.href(JOIN_LINK), /wait=/);
    });

    test('names the Glance Settings field for a path the Contact lacks, and leaves the box to the agent', async () => {
        const misspelt = 'Case.Contact.Glance_Visitor__c';
        await preview.open(`?visitorId=1&Session_Field__c=${misspelt}`);
        const setting = label('GlanceStu_SettingFieldSessionKeyField');
        assert.equal(
            (await preview.inCard('[data-problem]').textContent()).trim(),
            label('GlanceStu_ProblemSessionKeyFieldMissing', setting, misspelt)
        );
        assert.equal(await preview.keyInput().inputValue(), '');
        await preview.assertAccessible();
    });

    test('shows no problem while the Contact has no visitor ID yet', async () => {
        await preview.open(`?Session_Field__c=${VISITOR_PATH}`);
        assert.equal(await preview.keyInput().inputValue(), '');
        assert.equal(await preview.count('[data-problem]'), 0);
        assert.equal(await preview.count(VIEW_LINK), 0);
    });
});
