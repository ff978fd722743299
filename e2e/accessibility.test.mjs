// Accessibility of every state of the card and the session panel, checked with axe-core in
// Chromium on the real base components (the Jest checks see only their stubs). Only the product's
// components are judged, not the preview's own page and panel.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useHarness, violations } from './harness.mjs';

const harness = useHarness();

async function openCard(query, ready = 'a[data-stu="join"]') {
    const opened = await harness.open(query);
    await opened.page.locator('c-glance-stu-launcher').first().locator(ready).waitFor();
    return opened;
}

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
    const states = [
        ['loading (user record on its way)', '?latency=60000', 'lightning-spinner'],
        ['default, admin', ''],
        ['not an admin', '?admin=0'],
        ['phone hidden by field-level security', '?phoneHidden=1'],
        ['user record unreadable', '?userError=1'],
        ['org ID unreadable', '?orgIdHidden=1'],
        ['session key on the Case', '?sessionKey=1', 'a[data-stu="view"]'],
        ['Glance Settings with a bad Group ID', '?SSO_Type__c=idpid&SSO_Value__c=12a4']
    ];
    for (const [name, query, ready] of states) {
        it(`the card: ${name}`, async () => {
            const { page } = await openCard(query, ready);
            assert.deepEqual(await violations(page, 'c-glance-stu-launcher'), []);
        });
    }

    it('the card: an invalid session key typed', async () => {
        const { page } = await openCard('');
        const card = page.locator('c-glance-stu-launcher').first();
        await card.locator('lightning-input[data-stu="session-key"] input').fill('48/21');
        await card.locator('lightning-input[data-stu="session-key"] input[aria-invalid="true"]').waitFor();
        assert.deepEqual(await violations(page, 'c-glance-stu-launcher'), []);
    });

    it('the card: a session that could not be logged', async () => {
        const { page, context } = await openCard('?logSessions=1&logFails=1');
        const card = page.locator('c-glance-stu-launcher').first();
        const [tab] = await Promise.all([context.waitForEvent('page'), card.locator('a[data-stu="join"]').click()]);
        await tab.close();
        await card.locator('[data-stu="log-error"]').waitFor();
        assert.deepEqual(await violations(page, 'c-glance-stu-launcher'), []);
    });

    it('the card at a phone width (400 x 800), panel folded, with a key typed', async () => {
        const { page } = await openCard('');
        await page.setViewportSize({ width: 400, height: 800 });
        await page.locator('[data-preview="fold-panel"]').click();
        const card = page.locator('c-glance-stu-launcher').first();
        await card.locator('lightning-input[data-stu="session-key"] input').fill('4821');
        await card.locator('a[data-stu="view"]').waitFor();
        assert.deepEqual(await violations(page, 'c-glance-stu-launcher'), []);
    });

    it('the session quick-action panel', async () => {
        const { page } = await openCard('');
        await page.locator('[data-preview="open-session-panel"]').click();
        const panel = page.locator('c-glance-session-action');
        await panel.locator('a[data-stu="join"]').waitFor();
        assert.deepEqual(await violations(page, 'c-glance-session-action'), []);
    });
});
