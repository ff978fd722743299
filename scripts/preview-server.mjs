// npm start: builds the components and the preview, then serves the preview page on 127.0.0.1
// until stopped. No org, no login, no network: the page answers its own UI API requests.
import { createServer } from 'node:http';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { build } from './build.mjs';
import { buildPreview, previewDist } from './preview-build.mjs';
import project from './project.cjs';

// The design system's package folder, whose assets/ the page links as /assets/.
const sldsRoot = dirname(fileURLToPath(import.meta.resolve('@salesforce-ux/design-system/package.json')));
const HOST = '127.0.0.1';

/**
 * Builds and serves the preview; port 0 picks a free port. The benchmark measures a production
 * build (`nodeEnv`) kept apart from the development one (`outDir`).
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startPreview({
    port = 3000,
    nodeEnv = 'development',
    outDir = previewDist,
    log = () => {}
} = {}) {
    log(`build: compiled ${build()} TypeScript source(s) to JavaScript`);
    const started = performance.now();
    const { skipped, warnings } = await buildPreview({ nodeEnv, outDir });
    warnings.forEach((warning) => log(`preview: ${warning}`));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    log(`preview: ${skipped ? 'bundle up to date' : `bundled in ${seconds} s`}`);
    // The build output changes under a running server, so the page is never cached; SLDS is.
    const page = sirv(outDir, { dev: true, etag: true });
    const slds = sirv(sldsRoot, { maxAge: 3600 });
    const server = createServer((request, response) =>
        request.url.startsWith('/assets/') ? slds(request, response) : page(request, response)
    );
    await new Promise((resolve, reject) => server.once('error', reject).listen(port, HOST, resolve));
    return {
        url: `http://${HOST}:${server.address().port}/`,
        close: () => new Promise((resolve) => server.close(resolve).closeAllConnections())
    };
}

if (project.isMain(import.meta.url)) {
    const port = Number(process.env.PORT ?? 3000);
    const preview = await startPreview({ port, log: console.log }).catch((error) => {
        console.error(error.code === 'EADDRINUSE' ? `preview: port ${port} is in use; try PORT=3001 npm start` : error);
        process.exit(1);
    });
    console.log(`preview: serving ${preview.url}; press Ctrl+C to stop`);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
        process.once(signal, () => preview.close().then(() => process.exit(0)));
    }
}
