// Starts the preview on a free port and a headless Chromium for an end-to-end test file, and the
// helpers its tests read the page with. Pages may reach only the preview: any other request (a
// followed Glance link, say) is recorded and goes nowhere. Every state a test reaches that an agent or
// admin sees is checked with axe-core, on the real base components (Jest sees only their stubs).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, afterEach, before } from 'node:test';
import { startPreview } from '../scripts/preview-server.mjs';
import { launchChromium } from '../scripts/ensure-chromium.mjs';
import project from '../scripts/project.cjs';
import { SAMPLE_USER } from '../preview/platform/ui-api-server.js';

/** The preview's sample running user. */
export const USER = SAMPLE_USER;
export const GLANCE = 'https://www.glance.net';
// Expected URLs are written out in full: they are what Glance receives.
export const IDENTITY_QUERY = 'name=Ada+Lovelace&email=ada.lovelace@example.com&phone=%2B1+(555)+010-0100';
export const JOIN = `${GLANCE}/agentjoin/AgentJoin.aspx`;
export const JOIN_URL = `${JOIN}?idptoken=00D5g000004ABCD&${IDENTITY_QUERY}`;
export const VIEW_4821 = `${GLANCE}/agentjoin/AgentView.aspx?idptoken=00D5g000004ABCD&SessionKey=4821&${IDENTITY_QUERY}`;
export const PHONE = { width: 400, height: 800 };
const DESKTOP = { width: 1400, height: 900 };

const LABELS = project.readCustomLabels();
const TRANSLATIONS = project.readTranslations();

/** A custom label's text in English, or in `language` from its translation file, with {0}, {1} filled. */
export function label(name, ...values) {
    return translatedLabel('en_US', name, ...values);
}
export function translatedLabel(language, name, ...values) {
    const text = TRANSLATIONS.get(language)?.find((entry) => entry.name === name)?.label ?? LABELS.get(name);
    assert.ok(text, `custom label ${name}`);
    return text.replace(/\{(\d+)\}/g, (placeholder, index) => values[Number(index)] ?? placeholder);
}

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Asserts axe-core finds no WCAG 2.1 AA violation inside the first element matching `selector`. */
export async function assertAccessible(page, selector = 'c-glance-stu-launcher') {
    await page.addScriptTag({ path: AXE_SCRIPT });
    const found = await page.evaluate(async (target) => {
        const { violations } = await globalThis.axe.run(document.querySelector(target), {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
        });
        return violations.map(
            ({ id, help, nodes }) => `${id}: ${help} (${nodes.map((node) => node.target).join(' | ')})`
        );
    }, selector);
    assert.deepEqual(found, [], `axe-core on ${selector}`);
}

export const launcher = (page, index = 0) => page.locator('c-glance-stu-launcher').nth(index);
/** In the first launcher: how many elements match, the first one's link or trimmed text. */
export const count = (page, selector) => launcher(page).locator(selector).count();
export const href = (page, selector) => launcher(page).locator(selector).getAttribute('href');
export const text = async (page, selector) => (await launcher(page).locator(selector).textContent()).trim();
export const joinUrl = (page, index = 0) => launcher(page, index).locator('a[data-stu="join"]').getAttribute('href');
/** An element of the preview's own page and panel. */
export const hook = (page, name) => page.locator(`[data-preview="${name}"]`);
export const requestCount = async (page) => Number(await hook(page, 'request-count').textContent());
export const windowOpens = (page) => page.evaluate(() => window.glancePreview.windowOpens());
export const toasts = (page) => page.evaluate(() => window.glancePreview.toasts());

export const keyInput = (scope) => scope.locator('lightning-input[data-stu="session-key"] input');
export const typeSessionKey = (scope, key) => keyInput(scope).fill(key);
/** The text of what the key box's input names in aria-describedby (under synthetic shadow, with the label). */
export const describedError = (scope) =>
    keyInput(scope).evaluate((input) => {
        const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
        // Synthetic shadow keeps the IDs inside lightning-input's own root.
        const described = [...input.getRootNode().querySelectorAll('[id]')].filter((node) => ids.includes(node.id));
        return described.map((node) => node.textContent.trim()).join(' ');
    });

/** Edits a launcher property in the side panel, as an admin would in App Builder. */
export async function setProperty(page, name, value) {
    const input = page.locator(`[data-prop="${name}"]`);
    if (typeof value === 'boolean') {
        await input.setChecked(value, { force: true });
    } else if ((await input.evaluate((element) => element.tagName)) === 'SELECT') {
        await input.selectOption(value);
    } else {
        await input.fill(value);
    }
}

/** Shows the page at a phone's width with the panel folded; asserts nothing is wider than the screen. */
export async function assertFitsPhone(page, selectors) {
    if ((await hook(page, 'fold-panel').getAttribute('aria-expanded')) === 'true') {
        await page.setViewportSize(PHONE);
        await hook(page, 'fold-panel').click();
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than the viewport`);
    for (const selector of selectors) {
        const box = await launcher(page).locator(selector).boundingBox();
        assert.ok(box.x >= 0 && box.x + box.width <= PHONE.width, `${selector} within the viewport`);
    }
}

/** Starts the preview and Chromium before a test file's tests and closes them after. */
export function useHarness() {
    const harness = {};
    before(async () => Object.assign(harness, await startHarness()));
    after(() => harness.close?.());
    afterEach(() => assert.deepEqual(harness.problems.splice(0), [], 'no errors or warnings in the page console'));
    return harness;
}

async function startHarness() {
    const preview = await startPreview({ port: 0 });
    // Every host but the preview's is unknown to the browser, so a followed Glance link goes
    // nowhere; the requests are recorded. (Intercepting requests instead would turn off the HTTP
    // cache and double the cost of every page load.)
    const browser = await launchChromium(['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1']).catch(
        async (error) => {
            await preview.close();
            throw error;
        }
    );
    // One context for all pages: its HTTP and code caches spare each test reloading the bundle.
    const context = await browser.newContext({ viewport: DESKTOP });
    let blocked = [];
    context.on('request', (request) => {
        if (/^https?:/.test(request.url()) && !request.url().startsWith(preview.url)) {
            blocked.push(request.url());
        }
    });
    /** Errors and warnings of the page, for the tests to check and clear. */
    const problems = [];
    // One page, navigated afresh for each test: a new page costs a new renderer, three times the load.
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') {
            problems.push(`console ${message.type()}: ${message.text()}`);
        }
    });

    /**
     * The preview loaded afresh at a desktop's size, with `ready` (by default the Join link) shown
     * in the first launcher, or not waited for when null.
     * @param {string} [query] e.g. '?admin=0'
     */
    async function open(query = '', ready = 'a[data-stu="join"]') {
        blocked = [];
        await page.setViewportSize(DESKTOP);
        await page.goto(`${preview.url}${query}`);
        if (ready) {
            await launcher(page).locator(ready).waitFor();
        }
        return { page, context, blocked };
    }

    async function close() {
        await browser.close();
        await preview.close();
    }

    return { open, close, problems };
}
