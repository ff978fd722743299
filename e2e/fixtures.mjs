// The end-to-end tests' fixtures and the helpers they read the preview's page with. Requests that
// leave the preview (a followed Glance link, say) go nowhere and are recorded; an error or warning
// in the page console fails the test; every state a test reaches that an agent or admin sees is
// checked with axe-core, on the real base components (Jest sees only their stubs).
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { test as base } from '@playwright/test';
import { JOIN, JOIN_LINK, SESSION_KEY_INPUT } from './expectations.mjs';

export { JOIN, JOIN_LINK, VIEW_LINK, label, labelsIn } from './expectations.mjs';

// Expected URLs are written out in full: they are what Glance receives.
export const IDENTITY_QUERY = 'name=Ada+Lovelace&email=ada.lovelace@example.com&phone=%2B1+(555)+010-0100';
export const JOIN_URL = `${JOIN}?idptoken=00D5g000004ABCD&${IDENTITY_QUERY}`;
export const VIEW_4821 = `https://www.glance.net/agentjoin/AgentView.aspx?idptoken=00D5g000004ABCD&SessionKey=4821&${IDENTITY_QUERY}`;
const PHONE = { width: 400, height: 800 };
const DESKTOP = { width: 1400, height: 900 };

const describedText = (input) => input.ariaDescribedByElements.map((node) => node.textContent.trim()).join(' ');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// One page for all of a worker's tests, navigated afresh by each: its context's HTTP and code caches
// spare each test reloading the bundle, and a new page would cost a new renderer. `blocked`: the
// requests that left the preview since the page was last opened; `problems`: the console's.
let context, page;
let blocked = [];
const problems = [];

export const test = base.extend({
    previewPage: [
        async ({ browser }, use) => {
            // PREVIEW_URL: set by playwright.config.mjs's webServer once the preview serves.
            const origin = process.env.PREVIEW_URL;
            context = await browser.newContext({ viewport: DESKTOP, baseURL: origin });
            context.on('request', (request) => {
                if (/^https?:/.test(request.url()) && !request.url().startsWith(origin)) blocked.push(request.url());
            });
            page = await context.newPage();
            page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
            page.on('console', (message) => {
                const type = message.type();
                if (type === 'error' || type === 'warning') problems.push(`console ${type}: ${message.text()}`);
            });
            await use(page);
            await context.close();
        },
        { scope: 'worker', auto: true }
    ],
    quietConsole: [
        async ({}, use) => {
            await use();
            assert.deepEqual(problems.splice(0), [], 'no errors or warnings in the page console');
        },
        { auto: true }
    ]
});

/** The helpers, bound to the worker's page. They look in the first launcher (the card) or, for the key box, in another `scope`. */
export const preview = {
    /** Loads the preview afresh at a desktop's size (`query` e.g. '?admin=0'); waits for `ready` unless null. */
    async open(query = '', ready = JOIN_LINK) {
        blocked = [];
        await page.setViewportSize(DESKTOP);
        await page.goto(query);
        if (ready) await preview.inCard(ready).waitFor();
        return { page, blocked };
    },
    launcher: (index = 0) => page.locator('c-glance-stu-launcher').nth(index),
    inCard: (selector) => preview.launcher().locator(selector),
    /** An element of the preview's own page and panel. */
    hook: (name) => page.locator(`[data-preview="${name}"]`),
    prop: (name) => page.locator(`[data-prop="${name}"]`),
    text: async (selector) => (await preview.inCard(selector).textContent()).trim(),
    keyInput: (scope = preview.launcher()) => scope.locator(SESSION_KEY_INPUT),
    /** Makes a panel change that reloads the page; waits for `name=value` in the address, then for Join. */
    async reloadAfter(change, name, value) {
        await Promise.all([page.waitForURL((url) => url.searchParams.get(name) === value), change()]);
        await preview.inCard(JOIN_LINK).waitFor();
    },
    assertText: async (selector, expected) => assert.equal(await preview.text(selector), expected, selector),
    count: (selector) => preview.inCard(selector).count(),
    href: (selector) => preview.inCard(selector).getAttribute('href'),
    joinUrl: (index = 0) => preview.launcher(index).locator(JOIN_LINK).getAttribute('href'),
    requestCount: async () => Number(await preview.hook('request-count').textContent()),
    windowOpens: () => page.evaluate(() => window.glancePreview.windowOpens()),
    toasts: () => page.evaluate(() => window.glancePreview.toasts()),
    typeSessionKey: (key, scope) => preview.keyInput(scope).fill(key),
    /** The text of the elements the key box's aria-describedby names: its message. */
    describedError: (scope) => preview.keyInput(scope).evaluate(describedText),
    /** The text of the elements the card's `selector` names in its aria-describedby. */
    description: (selector) => preview.inCard(selector).evaluate(describedText),
    /** Edits launcher properties in the side panel, in order, as an admin would in App Builder. */
    async setProperties(edits) {
        for (const [name, value] of Object.entries(edits)) {
            const input = preview.prop(name);
            if (typeof value === 'boolean') {
                await input.setChecked(value, { force: true });
            } else if ((await input.evaluate((element) => element.tagName)) === 'SELECT') {
                await input.selectOption(value);
            } else {
                await input.fill(value);
            }
        }
    },
    /** Switches a data scenario in the panel; the page reloads with it. */
    async setScenario(name, on) {
        const change = () => page.locator(`[data-scenario="${name}"]`).setChecked(on, { force: true });
        await preview.reloadAfter(change, name, on ? '1' : '0');
    },
    /** Sets an org-default Glance Setting in the panel; the page reloads with it, as on the platform. */
    async setGlanceSetting(name, value) {
        const input = page.locator(`[data-setting="${name}"]`);
        await preview.reloadAfter(() => input.fill(value).then(() => input.press('Enter')), name, value);
    },
    /** Clicks a link that opens a new tab (its request recorded in `blocked`) and closes the tab. */
    async followLink(link) {
        const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
        await tab.close();
    },
    /** Runs the Join quick action; waits for the window it opens or, `until` 'toasts', why not; returns those. */
    async runJoinAction(until = 'windowOpens', timeout = undefined) {
        await preview.hook('run-join-action').click();
        await page.waitForFunction((list) => window.glancePreview[list]().length > 0, until, { timeout });
        return page.evaluate((list) => window.glancePreview[list](), until);
    },
    /** Opens the session quick action's panel and waits for its links. */
    async openSessionPanel() {
        await preview.hook('open-session-panel').click();
        const modal = preview.hook('session-modal');
        const panel = modal.locator('c-glance-session-action');
        await panel.locator(JOIN_LINK).waitFor();
        return { modal, panel };
    },
    /** Asserts axe-core finds no WCAG 2.1 AA violation inside the elements matching `selector`. */
    async assertAccessible(selector = 'c-glance-stu-launcher') {
        const { violations } = await new AxeBuilder({ page }).include(selector).withTags(WCAG_21_AA).analyze();
        const found = violations.map(({ id, help, nodes }) => [id, help, nodes.map((node) => node.target)]);
        assert.deepEqual(found, [], `axe-core on ${selector}`);
    },
    /** Shows the page at a phone's width with the panel folded; asserts nothing is wider than the screen. */
    async assertFitsPhone(selectors) {
        if ((await preview.hook('fold-panel').getAttribute('aria-expanded')) === 'true') {
            await page.setViewportSize(PHONE);
            await preview.hook('fold-panel').click();
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `the page is ${overflow}px wider than the viewport`);
        for (const selector of selectors) {
            const box = await preview.inCard(selector).boundingBox();
            assert.ok(box.x >= 0 && box.x + box.width <= PHONE.width, `${selector} within the viewport`);
        }
    }
};
