// Starts the preview on a free port and a headless Chromium for the end-to-end tests. Pages may
// reach only the preview: any other request (a followed Glance link, say) is recorded and blocked.
import { createRequire } from 'node:module';
import { startPreview } from '../scripts/preview-server.mjs';
import { launchChromium } from '../scripts/ensure-chromium.mjs';

const require = createRequire(import.meta.url);
const { readCustomLabels } = require('../scripts/custom-labels.cjs');

/** The real label text, as the preview shows it. */
export const LABELS = readCustomLabels();

/** The preview's sample running user (preview/platform/ui-api-server.js). */
export const USER = Object.freeze({
    id: '0055g00000AdaLvAAI',
    name: 'Ada Lovelace',
    email: 'ada.lovelace@example.com',
    phone: '+1 (555) 010-0100',
    orgId: '00D5g000004ABCDEAU'
});

export const GLANCE = 'https://www.glance.net';

export async function startHarness() {
    const preview = await startPreview({ port: 0 });
    let browser;
    try {
        browser = await launchChromium();
    } catch (error) {
        await preview.close();
        throw error;
    }
    const contexts = new Set();

    /**
     * A fresh browser context (cold cache, like a new Lightning session) on the preview page.
     * @param {string} [query] e.g. '?admin=0'
     */
    async function open(query = '') {
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
        contexts.add(context);
        const blocked = [];
        await context.route('**/*', (route) => {
            const url = route.request().url();
            if (url.startsWith(preview.url)) {
                return route.continue();
            }
            blocked.push(url);
            return route.abort('blockedbyclient');
        });
        const page = await context.newPage();
        const problems = [];
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        page.on('console', (message) => {
            if (message.type() === 'error' || message.type() === 'warning') {
                problems.push(`console ${message.type()}: ${message.text()}`);
            }
        });
        await page.goto(`${preview.url}${query}`);
        return { page, context, blocked, problems };
    }

    async function close() {
        for (const context of contexts) {
            await context.close().catch(() => {});
        }
        await browser.close();
        await preview.close();
    }

    return { preview, open, close };
}
