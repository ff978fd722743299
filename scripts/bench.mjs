// npm run bench: UI API requests per render and render time in the local preview (Chromium),
// production bundle sizes from the platform compiler, and the URL builder's throughput.
// Prints exactly one line per measure.
import { join } from 'node:path';
import { launchChromium, findChromium } from './ensure-chromium.mjs';
import { compileBundle } from './platform-compile.mjs';
import { previewDist } from './preview-build.mjs';
import { startPreview } from './preview-server.mjs';
import project from './project.cjs';

const RENDER_LOADS = 20;
const URL_CALLS = 400_000;

const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Runs in the page before its own scripts. Synthetic shadow DOM (as in Lightning Experience)
 * keeps component internals in the real DOM but hides them from the page's MutationObserver
 * and query methods, so this keeps the browser's own and records when a Join link with an
 * address is first laid out.
 */
function recordJoinClickable() {
    const NativeObserver = window.MutationObserver;
    const { observe, disconnect } = NativeObserver.prototype;
    const querySelector = Document.prototype.querySelector;
    const observer = new NativeObserver(() => {
        const link = querySelector.call(document, 'a[data-stu="join"][href]');
        if (link && link.getClientRects().length > 0) {
            window.joinClickableAt = performance.now();
            disconnect.call(observer);
        }
    });
    observe.call(observer, document, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });
}

async function measureRequests(context, url) {
    const page = await context.newPage();
    await page.goto(url);
    const launchers = page.locator('c-glance-stu-launcher');
    await launchers.nth(0).locator('a[data-stu="join"]').waitFor();
    const first = await page.evaluate(() => window.glancePreview.uiApiStats().requests);
    await page.locator('[data-preview="add-launcher"]').click();
    await launchers.nth(1).locator('a[data-stu="join"]').waitFor();
    const total = await page.evaluate(() => window.glancePreview.uiApiStats().requests);
    await page.close();
    return { first, again: total - first };
}

/** Milliseconds from navigation start to a clickable Join link, for one fresh page load. */
async function renderTime(context, url) {
    const page = await context.newPage();
    await page.goto(url);
    const handle = await page.waitForFunction(() => window.joinClickableAt, null, { timeout: 30_000 });
    const ms = await handle.jsonValue();
    await page.close();
    return ms;
}

async function measureRender(context, baseUrl) {
    const pages = { launcher: baseUrl, baseline: `${baseUrl}?baseline=1` };
    const times = { launcher: [], baseline: [] };
    // One unmeasured load each warms the HTTP and code caches, as an agent's second page would.
    await renderTime(context, pages.launcher);
    await renderTime(context, pages.baseline);
    // Alternate, so drift in the machine's load affects both alike.
    for (let load = 0; load < RENDER_LOADS; load += 1) {
        for (const mode of Object.keys(pages)) {
            times[mode].push(await renderTime(context, pages[mode]));
        }
    }
    return { launcher: median(times.launcher), baseline: median(times.baseline) };
}

async function measureBundles() {
    const sizes = [];
    for (const folder of project.lwcBundles()) {
        const { name, rawBytes, gzipBytes } = await compileBundle(folder);
        sizes.push(`${name}=${rawBytes}/${gzipBytes}`);
    }
    return sizes;
}

async function measureUrlBuilder() {
    const stu = await import(join(project.projectRoot, 'force-app/main/default/lwc/glanceStu/glanceStu.js'));
    const sso = { kind: 'idptoken', value: '00D5g000004ABCD' };
    const identity = { name: 'Ada Lovelace', email: 'ada.lovelace@example.com', phone: '+1 (555) 010-0100' };
    const run = (calls) => {
        let length = 0;
        for (let index = 0; index < calls; index += 1) {
            length +=
                index % 2
                    ? stu.agentViewUrl({ sessionKey: String(1000 + (index % 9000)), sso, identity }).length
                    : stu.agentJoinUrl({ sso, identity, viewerSameWindow: index % 4 === 0 }).length;
        }
        return length;
    };
    run(URL_CALLS / 10);
    const started = performance.now();
    run(URL_CALLS);
    return Math.round(URL_CALLS / ((performance.now() - started) / 1000));
}

async function main() {
    if (!findChromium()) {
        console.error('bench: no Chromium; run node scripts/ensure-chromium.mjs (or set CHROME_PATH)');
        process.exit(1);
    }
    const preview = await startPreview({ port: 0, nodeEnv: 'production', outDir: join(previewDist, 'production') });
    const browser = await launchChromium().catch(async (error) => {
        await preview.close();
        throw error;
    });
    let requests;
    let render;
    try {
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
        await context.addInitScript(recordJoinClickable);
        requests = await measureRequests(context, preview.url);
        render = await measureRender(context, preview.url);
    } finally {
        await browser.close();
        await preview.close();
    }
    const bundles = await measureBundles();
    const urlsPerSecond = await measureUrlBuilder();

    console.log(`ui-api-requests first-render=${requests.first} re-render=${requests.again}`);
    console.log(`bundle-bytes ${bundles.join(' ')}`);
    console.log(
        `render-ms launcher=${Math.round(render.launcher)} baseline=${Math.round(render.baseline)} ratio=${(render.launcher / render.baseline).toFixed(2)}`
    );
    console.log(`stu-urls-per-s ${urlsPerSecond}`);
}

await main();
