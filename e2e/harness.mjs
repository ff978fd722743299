// Starts the preview on a free port and a headless Chromium for the end-to-end tests. Pages may
// reach only the preview: any other request (a followed Glance link, say) is recorded and blocked.
import { createRequire } from 'node:module';
import { after, before } from 'node:test';
import { startPreview } from '../scripts/preview-server.mjs';
import { launchChromium } from '../scripts/ensure-chromium.mjs';
import project from '../scripts/project.cjs';
import { SAMPLE_USER } from '../preview/platform/ui-api-server.js';

/** The real label text, as the preview shows it. */
export const LABELS = project.readCustomLabels();
/** The preview's sample running user. */
export const USER = SAMPLE_USER;
export const GLANCE = 'https://www.glance.net';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const DESKTOP = { width: 1400, height: 900 };
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core's WCAG 2.1 AA violations inside the first element matching `selector`, one line each. */
export async function violations(page, selector) {
    await page.addScriptTag({ path: AXE_SCRIPT });
    return page.evaluate(
        async ({ target, tags }) => {
            const result = await globalThis.axe.run(document.querySelector(target), {
                runOnly: { type: 'tag', values: tags }
            });
            return result.violations.map(
                (violation) =>
                    `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target).join(' | ')})`
            );
        },
        { target: selector, tags: WCAG_AA }
    );
}

/** Starts the harness before a test file's tests and closes it after them. */
export function useHarness() {
    const harness = {};
    before(async () => Object.assign(harness, await startHarness()));
    after(() => harness.close?.());
    return harness;
}

async function startHarness() {
    const preview = await startPreview({ port: 0 });
    const browser = await launchChromium().catch(async (error) => {
        await preview.close();
        throw error;
    });

    // One context for all pages: its HTTP and code caches spare each test reloading the bundle.
    const context = await browser.newContext({ viewport: DESKTOP });
    let blocked = [];
    await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(preview.url)) {
            return route.continue();
        }
        blocked.push(url);
        return route.abort('blockedbyclient');
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
     * The preview loaded afresh, at the desktop size, with its own requests blocked.
     * @param {string} [query] e.g. '?admin=0'
     */
    async function open(query = '') {
        blocked = [];
        await page.setViewportSize(DESKTOP);
        await page.goto(`${preview.url}${query}`);
        return { page, context, blocked };
    }

    async function close() {
        await browser.close();
        await preview.close();
    }

    return { preview, open, close, problems };
}
