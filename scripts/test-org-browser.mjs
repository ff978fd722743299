// The browser half of npm run test:org: a real org's Case page in Chromium, held to the end-to-end
// tests' expectations (e2e/expectations.mjs). Glance's hosts are unknown to the browser, so a followed
// link reaches nothing; its request is recorded.
import assert from 'node:assert/strict';
import { launchChromium } from './chromium.mjs';
import { JOIN_LINK, VIEW, VIEW_LINK, assertJoinAndView } from '../e2e/expectations.mjs';

const NO_GLANCE = '--host-resolver-rules=MAP glance.net ~NOTFOUND, MAP *.glance.net ~NOTFOUND';
const isGlance = (url) => /^https?:\/\/([^/]*\.)?glance\.net(\/|$)/.test(url);
/** Lightning's first load in a new org takes a while. */
const PAGE_TIMEOUT = 120_000;

/** Opens a front-door URL (sf org open --url-only) and waits for the card's Join link on the page it lands on. */
export async function openCardInChromium(url) {
    const browser = await launchChromium([NO_GLANCE]);
    try {
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
        const glance = { answered: [] };
        context.on('response', (response) => isGlance(response.url()) && glance.answered.push(response.url()));
        const page = await context.newPage();
        await page.goto(url, { timeout: PAGE_TIMEOUT });
        const launcher = page.locator('c-glance-stu-launcher').first();
        await launcher.locator(JOIN_LINK).waitFor({ timeout: PAGE_TIMEOUT });
        return {
            assertJoinAndView: (expected) => assertJoinAndView(launcher, expected),
            /** Follows View (a new tab), waits for its request to Glance to fail, closes the tab. */
            async followView() {
                const toView = (request) => request.url().startsWith(VIEW);
                const stopped = context.waitForEvent('requestfailed', { predicate: toView, timeout: 30_000 });
                const [tab] = await Promise.all([context.waitForEvent('page'), launcher.locator(VIEW_LINK).click()]);
                await stopped;
                await tab.close();
                assert.deepEqual(glance.answered, [], 'no response from glance.net');
            },
            /** The card's notice when Salesforce refused the Task, or ''. */
            logError: async () => (await launcher.locator('[data-stu="log-error"]').allTextContents()).join(' ').trim(),
            close: () => browser.close()
        };
    } catch (error) {
        await browser.close();
        throw error;
    }
}
