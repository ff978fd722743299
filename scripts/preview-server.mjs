// npm start: builds the components and the preview, then serves the preview page on 127.0.0.1
// until stopped. No org, no login, no network: the page answers its own UI API requests.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { build } from './build.mjs';
import { buildPreview, previewDist } from './preview-build.mjs';

const require = createRequire(import.meta.url);
const sldsAssets = join(dirname(require.resolve('@salesforce-ux/design-system/package.json')), 'assets');

const HOST = '127.0.0.1';
const DEFAULT_PORT = 3000;
const CONTENT_TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.woff2': 'font/woff2',
    '.woff': 'font/woff'
};

/** The file a URL path names inside `root`, or null for anything outside it. */
function fileIn(root, urlPath) {
    const path = normalize(join(root, urlPath));
    return path.startsWith(root + sep) ? path : null;
}

function resolveRequest(distDir, pathname) {
    if (pathname === '/' || pathname === '/index.html') {
        return { file: join(distDir, 'index.html'), cacheable: false };
    }
    if (pathname.startsWith('/assets/')) {
        return { file: fileIn(sldsAssets, pathname.slice('/assets/'.length)), cacheable: true };
    }
    return { file: fileIn(distDir, pathname.slice(1)), cacheable: false };
}

function handle(distDir, request, response) {
    let file;
    let cacheable;
    let stats;
    try {
        const { pathname } = new URL(request.url, `http://${HOST}`);
        ({ file, cacheable } = resolveRequest(distDir, decodeURIComponent(pathname)));
        stats = file && statSync(file);
    } catch {
        // A malformed path or a missing file: both are a plain 404.
        stats = null;
    }
    if (!stats?.isFile() || (request.method !== 'GET' && request.method !== 'HEAD')) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
        return;
    }
    const etag = `"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
    const headers = {
        'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        // The build output changes under a running server; SLDS assets do not.
        'Cache-Control': cacheable ? 'public, max-age=3600' : 'no-cache',
        ETag: etag
    };
    if (request.headers['if-none-match'] === etag) {
        response.writeHead(304, headers).end();
        return;
    }
    response.writeHead(200, { ...headers, 'Content-Length': stats.size });
    if (request.method === 'HEAD') {
        response.end();
        return;
    }
    createReadStream(file).pipe(response);
}

/**
 * Builds (unless `build: false`) and serves the preview. Port 0 picks a free port. The benchmark
 * measures a production build (`nodeEnv`) kept apart from the development one (`outDir`).
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startPreview({
    port = DEFAULT_PORT,
    build: shouldBuild = true,
    nodeEnv = 'development',
    outDir = previewDist,
    log = () => {}
} = {}) {
    if (shouldBuild) {
        const count = build();
        log(`build: compiled ${count} TypeScript source(s) to JavaScript`);
        const started = performance.now();
        const { quickActions, skipped, warnings } = await buildPreview({ nodeEnv, outDir });
        warnings.forEach((warning) => log(`preview: ${warning}`));
        const what = skipped
            ? 'bundle up to date'
            : `bundled in ${((performance.now() - started) / 1000).toFixed(1)} s`;
        log(`preview: ${what}; quick actions: ${quickActions.join(', ') || 'none yet'}`);
    }
    const server = createServer((request, response) => handle(outDir, request, response));
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, HOST, resolve);
    });
    const actualPort = server.address().port;
    return {
        url: `http://${HOST}:${actualPort}/`,
        port: actualPort,
        close: () =>
            new Promise((resolve) => {
                server.closeAllConnections();
                server.close(() => resolve());
            })
    };
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const started = performance.now();
    const port = process.env.PORT === undefined ? DEFAULT_PORT : Number(process.env.PORT);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
        console.error(`preview: PORT must be a port number, not "${process.env.PORT}"`);
        process.exit(1);
    }
    let preview;
    try {
        preview = await startPreview({ port, log: (line) => console.log(line) });
    } catch (error) {
        console.error(
            error.code === 'EADDRINUSE'
                ? `preview: port ${port} is in use; run with another, e.g. PORT=3001 npm start`
                : error
        );
        process.exit(1);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`preview: serving ${preview.url} (ready in ${seconds} s); press Ctrl+C to stop`);
    for (const signal of ['SIGINT', 'SIGTERM']) {
        process.once(signal, () => preview.close().then(() => process.exit(0)));
    }
}
