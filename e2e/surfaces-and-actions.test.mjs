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

    test('Open session panel shows the links and closes once the agent follows one or presses Enter on a valid key', async () => {
        const { blocked } = await preview.open();
        const { modal, panel } = await preview.openSessionPanel();
        assert.ok(await modal.isVisible());
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
        await preview.typeSessionKey('9999');
        await page.locator('[data-record="Case"]').click();
        await view('9999').waitFor();
        assert.equal(await page.locator('c-glance-stu-launcher').count(), 1);
        await preview.hook('utility-minimize').click();
        assert.equal(await preview.hook('utility-panel').isHidden(), true);
        assert.equal(await item.evaluate((button) => button.matches(':focus')), true, 'the focus back on the bar');
        assert.equal(await item.getAttribute('aria-expanded'), 'false');
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
        await preview.inCard('lightning-input.slds-has-error').waitFor();
        assert.equal(await preview.keyInput().getAttribute('aria-invalid'), 'true');
        assert.ok((await preview.describedError()).endsWith(label('GlanceStu_FlowSessionKeyInvalid', '48/21')));
        assert.equal(await preview.count(VIEW_LINK), 0);
        await preview.assertAccessible();
    });
});
