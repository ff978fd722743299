// npm run bench: UI API requests per render and render time in the local preview (Chromium),
// production bundle sizes from the platform compiler, and the URL builder's throughput.
// Prints which browser ran, then exactly one line per measure.
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { compileBundle } from './platform-compile.mjs';
import { previewDist } from './preview-build.mjs';
import { startPreview } from './preview-server.mjs';
import project from './project.cjs';

const RENDER_LOADS = 20;
const URL_CALLS = 400_000;

const median = (values) => {
    const sorted = values.toSorted((a, b) => a - b);
    return (sorted[(sorted.length - 1) >> 1] + sorted[sorted.length >> 1]) / 2;
};

/** The ui-api-requests line: UI API requests of a first launcher, and of a second one added to the page. */
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
    return `ui-api-requests first-render=${first} re-render=${total - first}`;
}

/** The render-ms line: median milliseconds from navigation start to a clickable Join link, launcher and baseline. */
async function measureRender(context, url) {
    const times = { launcher: [], baseline: [] };
    // Alternate, so drift in the machine's load affects both alike. The first load of each only
    // warms the HTTP and code caches, as an agent's second page would.
    for (let load = 0; load <= RENDER_LOADS; load += 1) {
        for (const [mode, modeTimes] of Object.entries(times)) {
            const page = await context.newPage();
            await page.goto(mode === 'baseline' ? `${url}?baseline=1` : url);
            // Playwright sees the link within an animation frame; reading the clock adds a round trip to both.
            await page.locator('a[data-stu="join"][href]').waitFor({ timeout: 30_000 });
            if (load > 0) modeTimes.push(await page.evaluate(() => performance.now()));
            await page.close();
        }
    }
    const [launcher, baseline] = [median(times.launcher), median(times.baseline)];
    const ratio = (launcher / baseline).toFixed(2);
    return `render-ms launcher=${Math.round(launcher)} baseline=${Math.round(baseline)} ratio=${ratio}`;
}

async function measureUrlBuilder() {
    // The URL builder itself: it imports nothing, so Node loads it as the platform would.
    const stu = await import(join(project.projectRoot, 'force-app/main/default/lwc/glanceStu/serviceTargetUrls.js'));
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

// launchChromium fails with what to install when there is no Chrome or Chromium.
const browser = await launchChromium([], { announce: true });
const preview = await startPreview({ port: 0, nodeEnv: 'production', outDir: join(previewDist, 'production') });
try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    console.log(await measureRequests(context, preview.url));
    console.log(await measureRender(context, preview.url));
} finally {
    await browser.close();
    await preview.close();
}
const bundles = await Promise.all(project.lwcBundles().map((folder) => compileBundle(folder)));
const sizes = bundles.map(({ name, rawBytes, gzipBytes }) => `${name}=${rawBytes}/${gzipBytes}`);
console.log(`bundle-bytes ${sizes.join(' ')}`);
console.log(`stu-urls-per-s ${await measureUrlBuilder()}`);
