// The quick actions and the launcher on every surface (a Lead page, the utility bar, a flow
// screen), in the local preview in Chromium.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
    JOIN_URL,
    VIEW_4821,
    assertAccessible,
    count,
    describedError,
    hook,
    href,
    joinUrl,
    keyInput,
    label,
    launcher,
    requestCount,
    setProperty,
    text,
    toasts,
    typeSessionKey,
    useHarness,
    windowOpens
} from './harness.mjs';

const harness = useHarness();

describe('quick actions', () => {
    it('Run Join quick action opens Agent Join once, in a new tab', async () => {
        const { page, blocked } = await harness.open();
        const pageUrl = page.url();
        await hook(page, 'run-join-action').click();
        await page.waitForFunction(() => window.glancePreview.windowOpens().length > 0);
        assert.deepEqual(await windowOpens(page), [{ url: JOIN_URL, target: '_blank' }]);
        assert.equal(await hook(page, 'last-window-open').textContent(), JOIN_URL);
        assert.equal(page.url(), pageUrl, 'the page stays');
        assert.deepEqual(blocked, []);
        assert.deepEqual(await toasts(page), []);
        assert.equal(await requestCount(page), 1, 'the action reads the user from the cache');
    });

    it('Join waits for a user record that takes 1.5 s and opens with idptoken and identity', async () => {
        const { page } = await harness.open('?latency=1500', null);
        await hook(page, 'run-join-action').click();
        await page.waitForFunction(() => window.glancePreview.windowOpens().length > 0, null, { timeout: 4000 });
        assert.deepEqual(await windowOpens(page), [{ url: JOIN_URL, target: '_blank' }]);
        assert.deepEqual(await toasts(page), []);
    });

    it('Join opens nothing for a user record later than its wait, says why, and opens on the next click', async () => {
        const { page } = await harness.open('?latency=6000', null);
        await hook(page, 'run-join-action').click();
        await page.waitForFunction(() => window.glancePreview.toasts().length > 0, null, { timeout: 5000 });
        assert.deepEqual(await windowOpens(page), []);
        assert.deepEqual(await toasts(page), [
            {
                title: label('GlanceStu_JoinNotOpenedTitle'),
                message: label('GlanceStu_JoinUserLate'),
                variant: 'warning'
            }
        ]);
        assert.equal(
            (await hook(page, 'toasts').locator('[role="alert"]').textContent()).includes(
                label('GlanceStu_JoinUserLate')
            ),
            true
        );
        await launcher(page).locator('a[data-stu="join"]').waitFor();
        await hook(page, 'run-join-action').click();
        await page.waitForFunction(() => window.glancePreview.windowOpens().length > 0);
        assert.deepEqual(await windowOpens(page), [{ url: JOIN_URL, target: '_blank' }]);
    });

    it('Enter in the session panel opens View and closes the panel; on an invalid key it stays', async () => {
        const { page } = await harness.open();
        await hook(page, 'open-session-panel').click();
        const modal = hook(page, 'session-modal').locator('[role="dialog"]');
        const panel = modal.locator('c-glance-session-action');
        await panel.locator('a[data-stu="join"]').waitFor();
        await typeSessionKey(panel, '48/21');
        await keyInput(panel).press('Enter');
        assert.ok(await modal.isVisible());
        assert.equal(await keyInput(panel).getAttribute('aria-invalid'), 'true');
        assert.ok((await describedError(panel)).endsWith(label('GlanceStu_SessionKeyInvalid')));
        await typeSessionKey(panel, '48 21');
        await keyInput(panel).press('Enter');
        await modal.waitFor({ state: 'hidden' });
        assert.deepEqual(await windowOpens(page), [{ url: VIEW_4821, target: '_blank' }]);
    });

    it('Open session panel shows the links and closes once the agent follows one', async () => {
        const { page, blocked, context } = await harness.open();
        await hook(page, 'open-session-panel').click();
        const modal = hook(page, 'session-modal').locator('[role="dialog"]');
        const panel = modal.locator('c-glance-session-action');
        await panel.locator('a[data-stu="join"]').waitFor();
        assert.ok(await modal.isVisible());
        assert.equal(await panel.locator('a[data-stu="join"]').getAttribute('href'), JOIN_URL);
        await typeSessionKey(panel, '4821');
        assert.equal(await panel.locator('a[data-stu="view"]').getAttribute('href'), VIEW_4821);
        await assertAccessible(page, 'c-glance-session-action');

        const [tab] = await Promise.all([context.waitForEvent('page'), panel.locator('a[data-stu="view"]').click()]);
        await modal.waitFor({ state: 'hidden' });
        assert.equal(await modal.locator('c-glance-session-action').count(), 0);
        await tab.close();
        assert.deepEqual(blocked, [VIEW_4821], 'the link opened Glance in a new tab');

        await hook(page, 'open-session-panel').click();
        await panel.locator('a[data-stu="join"]').waitFor();
        await hook(page, 'close-session-panel').click();
        await modal.waitFor({ state: 'hidden' });
        assert.equal(await requestCount(page), 1);
    });
});

describe('surfaces', () => {
    const view = (page, key) => launcher(page).locator(`a[data-stu="view"][href*="SessionKey=${key}&"]`);

    it('picks a surface from the panel, keeping the data scenario', async () => {
        const { page } = await harness.open('?sessionKey=1');
        await Promise.all([
            page.waitForURL((url) => url.searchParams.get('surface') === 'lead'),
            hook(page, 'surface').selectOption('lead')
        ]);
        await view(page, '7315').waitFor();
        assert.equal(await hook(page, 'record-title').textContent(), 'Lead Grace Hopper');
    });

    it("a Lead record page: the card, titled, reads the Lead's session key", async () => {
        const { page } = await harness.open('?surface=lead&sessionKey=1');
        await view(page, '7315').waitFor();
        assert.equal(await text(page, '.slds-card__header-title'), label('GlanceStu_CardTitle'));
        assert.equal(await joinUrl(page), JOIN_URL);
        await assertAccessible(page);
    });

    it('the utility bar: opens from the bar without a card title and follows the open record', async () => {
        const { page } = await harness.open('?surface=utility&sessionKey=1', null);
        const item = hook(page, 'utility-item');
        await item.waitFor();
        assert.equal(await page.locator('c-glance-stu-launcher').count(), 0, 'a utility loads when first opened');
        await item.click();
        await view(page, '4821').waitFor();
        assert.equal(await item.getAttribute('aria-expanded'), 'true');
        assert.equal(await count(page, '.slds-card__header'), 0);
        assert.equal(await joinUrl(page), JOIN_URL);
        await assertAccessible(page);

        await page.locator('[data-record="Lead"]').click();
        await view(page, '7315').waitFor();
        await typeSessionKey(launcher(page), '9999');
        await page.locator('[data-record="Case"]').click();
        await view(page, '9999').waitFor();
        assert.equal(await page.locator('c-glance-stu-launcher').count(), 1);

        await hook(page, 'utility-minimize').click();
        assert.equal(await hook(page, 'utility-panel').isHidden(), true);
        assert.equal(await item.getAttribute('aria-expanded'), 'false');
    });

    it('a flow screen: no card title, unset inputs take the defaults, Session Key fills the box', async () => {
        const { page } = await harness.open('?surface=flow');
        assert.equal(await count(page, '.slds-card__header'), 0);
        assert.equal(await joinUrl(page), JOIN_URL);
        assert.equal(await page.locator('[data-prop="sessionKeyField"]').count(), 0);
        assert.equal(await page.locator('[data-prop="cardTitle"]').count(), 0);

        await setProperty(page, 'sessionKey', '4821');
        await view(page, '4821').waitFor();
        assert.equal(await href(page, 'a[data-stu="view"]'), VIEW_4821);
        await assertAccessible(page);

        await setProperty(page, 'sessionKey', '48/21');
        // The key box shows it as the field's own error, which its aria-describedby names.
        await launcher(page).locator('lightning-input.slds-has-error').waitFor();
        assert.equal(await keyInput(launcher(page)).getAttribute('aria-invalid'), 'true');
        assert.ok((await describedError(launcher(page))).endsWith(label('GlanceStu_FlowSessionKeyInvalid', '48/21')));
        assert.equal(await count(page, 'a[data-stu="view"]'), 0);
        await assertAccessible(page);
    });
});
