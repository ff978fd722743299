// Starts the preview on a free port and a headless Chromium for the end-to-end tests. Pages may
// reach only the preview: any other request (a followed Glance link, say) is recorded and blocked.
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
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    let blocked = [];
    await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(preview.url)) {
            return route.continue();
        }
        blocked.push(url);
        return route.abort('blockedbyclient');
    });
    /** Errors and warnings of the pages opened, for the tests to check and clear. */
    const problems = [];
    let page;

    /**
     * A new page (closing the last one) on the preview, with its own requests blocked.
     * @param {string} [query] e.g. '?admin=0'
     */
    async function open(query = '') {
        await page?.close();
        blocked = [];
        page = await context.newPage();
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        page.on('console', (message) => {
            if (message.type() === 'error' || message.type() === 'warning') {
                problems.push(`console ${message.type()}: ${message.text()}`);
            }
        });
        await page.goto(`${preview.url}${query}`);
        return { page, context, blocked };
    }

    async function close() {
        await browser.close();
        await preview.close();
    }

    return { preview, open, close, problems };
}
