// The quick actions and the launcher on every surface (a Lead page, the utility bar, a flow
// screen), in the local preview in Chromium.
import assert from 'node:assert/strict';
import { JOIN_LINK, JOIN_URL, VIEW_4821, VIEW_LINK, label, preview, test } from './fixtures.mjs';

const OPENED_JOIN = [{ url: JOIN_URL, target: '_blank' }];

test.describe('quick actions', () => {
    test('Run Join quick action opens Agent Join once, in a new tab', async () => {
        const { page, blocked } = await preview.open();
        const pageUrl = page.url();
        assert.deepEqual(await preview.runJoinAction(), OPENED_JOIN);
        assert.equal(await preview.hook('last-window-open').textContent(), JOIN_URL);
        assert.equal(page.url(), pageUrl, 'the page stays');
        assert.deepEqual(blocked, []);
        assert.deepEqual(await preview.toasts(), []);
        assert.equal(await preview.requestCount(), 1, 'the action reads the user from the cache');
    });

    test('Join waits for a user record that takes 1.5 s and opens with idptoken and identity', async () => {
        await preview.open('?latency=1500', null);
        assert.deepEqual(await preview.runJoinAction('windowOpens', 4000), OPENED_JOIN);
        assert.deepEqual(await preview.toasts(), []);
    });

    test('Join opens nothing for a user record later than its wait, says why, and opens on the next click', async () => {
        await preview.open('?latency=6000', null);
        const why = label('GlanceStu_JoinUserLate');
        const warning = { title: label('GlanceStu_JoinNotOpenedTitle'), message: why, variant: 'warning' };
        assert.deepEqual(await preview.runJoinAction('toasts', 5000), [warning]);
        assert.deepEqual(await preview.windowOpens(), []);
        assert.ok((await preview.hook('toasts').locator('[role="alert"]').textContent()).includes(why));
        await preview.inCard(JOIN_LINK).waitFor();
        assert.deepEqual(await preview.runJoinAction(), OPENED_JOIN);
    });

    test('Open session panel shows the links under its title, closes once the agent follows one, presses Enter on a valid key or Cancel', async () => {
        const { blocked } = await preview.open();
        const { modal, panel } = await preview.openSessionPanel();
        assert.ok(await modal.isVisible());
        // A quick-action panel: the title in its header, the Cancel button in its footer.
        const header = panel.locator('lightning-quick-action-panel .slds-modal__header');
        assert.equal((await header.textContent()).trim(), label('GlanceStu_SessionPanelTitle'));
        const cancel = panel.locator('lightning-quick-action-panel .slds-modal__footer button[data-stu="cancel"]');
        assert.equal((await cancel.textContent()).trim(), label('GlanceStu_Cancel'));
        assert.equal(
            await preview.keyInput(panel).evaluate((input) => input.matches(':focus')),
            true,
            'focus in the key box'
        );
        assert.equal(await panel.locator(JOIN_LINK).getAttribute('href'), JOIN_URL);
        await preview.typeSessionKey('4821', panel);
        assert.equal(await panel.locator(VIEW_LINK).getAttribute('href'), VIEW_4821);
        await preview.assertAccessible('c-glance-session-action');
        await preview.followLink(panel.locator(VIEW_LINK));
        await modal.waitFor({ state: 'hidden' });
        assert.equal(await modal.locator('c-glance-session-action').count(), 0);
        assert.deepEqual(blocked, [VIEW_4821], 'the link opened Glance in a new tab');
        // Enter on an invalid key keeps the panel open; on a valid one it opens View and closes the panel.
        await preview.openSessionPanel();
        await preview.typeSessionKey('48/21', panel);
        await preview.keyInput(panel).press('Enter');
        assert.ok(await modal.isVisible());
        assert.equal(await preview.keyInput(panel).getAttribute('aria-invalid'), 'true');
        assert.ok((await preview.describedError(panel)).endsWith(label('GlanceStu_SessionKeyInvalid')));
        await preview.typeSessionKey('48 21', panel);
        await preview.keyInput(panel).press('Enter');
        await modal.waitFor({ state: 'hidden' });
        assert.deepEqual(await preview.windowOpens(), [{ url: VIEW_4821, target: '_blank' }]);
        await preview.openSessionPanel();
        await cancel.click();
        await modal.waitFor({ state: 'hidden' });
        assert.equal(await modal.locator('c-glance-session-action').count(), 0, 'Cancel closed the action');
        assert.equal(await preview.windowOpens().then((opens) => opens.length), 1, 'Cancel opened nothing');
        await preview.openSessionPanel();
        await preview.hook('close-session-panel').click();
        await modal.waitFor({ state: 'hidden' });
        assert.equal(await preview.requestCount(), 1);
    });
});

test.describe('surfaces', () => {
    const headings = () => preview.inCard('h1, h2, h3, h4, h5, h6').evaluateAll((all) => all.map((h) => h.tagName));
    const view = (key) => preview.inCard(`${VIEW_LINK}[href*="SessionKey=${key}&"]`);

    test("the Lead page, picked in the panel, keeps the scenario: the titled card reads the Lead's session key", async () => {
        await preview.open('?sessionKey=1');
        await preview.reloadAfter(() => preview.hook('surface').selectOption('lead'), 'surface', 'lead');
        await view('7315').waitFor();
        assert.equal(await preview.hook('record-title').textContent(), 'Lead Grace Hopper');
        await preview.assertText('.slds-card__header-title', label('GlanceStu_CardTitle'));
        assert.equal(await preview.joinUrl(), JOIN_URL);
        await preview.assertAccessible();
    });

    test('the utility bar: opens from the bar without a card title and follows the open record', async () => {
        const { page } = await preview.open('?surface=utility&sessionKey=1', null);
        const item = preview.hook('utility-item');
        await item.waitFor();
        assert.equal(await preview.launcher().count(), 0, 'a utility loads when first opened');
        await item.focus();
        await page.keyboard.press('Enter');
        await view('4821').waitFor();
        assert.equal(await item.getAttribute('aria-expanded'), 'true');
        // The keyboard goes on inside the opened panel: Minimize, then the key box.
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        assert.equal(await preview.keyInput().evaluate((input) => input.matches(':focus')), true);
        assert.equal(await preview.count('.slds-card__header'), 0);
        assert.deepEqual(await headings(), ['H2'], "the admin section's heading, under the panel's title");
        assert.equal(await preview.joinUrl(), JOIN_URL);
        await preview.assertAccessible();
        await page.locator('[data-record="Lead"]').click();
        await view('7315').waitFor();
        await page.locator('[data-record="Case"]').click();
        await view('4821').waitFor();
        assert.equal(await page.locator('c-glance-stu-launcher').count(), 1);
        await preview.hook('utility-minimize').click();
        assert.equal(await preview.hook('utility-panel').isHidden(), true);
        assert.equal(await item.evaluate((button) => button.matches(':focus')), true, 'the focus back on the bar');
        assert.equal(await item.getAttribute('aria-expanded'), 'false');
    });

    test("the utility bar: a typed key stays with the record it was typed on, beside each record's own key", async () => {
        const { page } = await preview.open('?surface=utility&sessionKey=1', null);
        const openTab = (record) => page.locator(`[data-record="${record}"]`).click();
        await preview.hook('utility-item').click();
        await view('4821').waitFor();
        await preview.typeSessionKey('1111');
        await view('1111').waitFor();
        // Another customer's record shows its own key, so View never opens the first customer's session.
        await openTab('Lead');
        await view('7315').waitFor();
        assert.equal(await preview.keyInput().inputValue(), '7315');
        await openTab('Case');
        await view('1111').waitFor();
        assert.equal(await preview.keyInput().inputValue(), '1111', 'what was typed on the Case');
        // Without a session key field, a record shows an empty box and no View.
        await preview.open('?surface=utility', null);
        await preview.hook('utility-item').click();
        await preview.inCard(JOIN_LINK).waitFor();
        await preview.typeSessionKey('2222');
        await view('2222').waitFor();
        await openTab('Lead');
        await preview.inCard(VIEW_LINK).waitFor({ state: 'detached' });
        assert.equal(await preview.keyInput().inputValue(), '');
        await openTab('Case');
        await view('2222').waitFor();
        await preview.assertAccessible();
    });

    test('a flow screen: no card title, unset inputs take the defaults, Session Key fills the box', async () => {
        const { page } = await preview.open('?surface=flow');
        assert.equal(await preview.count('.slds-card__header'), 0);
        assert.deepEqual(await headings(), ['H2'], "the admin section's heading, under the screen's title");
        assert.equal(await preview.joinUrl(), JOIN_URL);
        assert.equal(await page.locator('[data-prop="sessionKeyField"], [data-prop="cardTitle"]').count(), 0);
        await preview.setProperties({ sessionKey: '4821' });
        assert.equal(await preview.href(VIEW_LINK), VIEW_4821);
        await preview.assertAccessible();
        await preview.setProperties({ sessionKey: '48/21' });
        // The key box shows it as the field's own error, which its aria-describedby names.
        await preview.inCard('.slds-form-element.slds-has-error:has(input[data-stu="session-key"])').waitFor();
        assert.equal(await preview.keyInput().getAttribute('aria-invalid'), 'true');
        assert.ok((await preview.describedError()).endsWith(label('GlanceStu_FlowSessionKeyInvalid', '48/21')));
        assert.equal(await preview.count(VIEW_LINK), 0);
        await preview.assertAccessible();
    });
});
