// npm run test:e2e: the end-to-end tests in e2e/, in this machine's Chrome or Chromium (nothing is
// downloaded), against the preview that npm start serves, here on a free port.
import { defineConfig } from '@playwright/test';
import { launchOptions } from './scripts/chromium.mjs';

export default defineConfig({
    testDir: 'e2e',
    workers: 2,
    forbidOnly: Boolean(process.env.CI),
    // Twice the default: npm test runs these beside the static checks on two cores.
    timeout: 60_000,
    webServer: {
        command: 'node scripts/preview-server.mjs',
        env: { PORT: '0' },
        // The URL the server prints reaches the tests as process.env.PREVIEW_URL (e2e/fixtures.mjs).
        wait: { stdout: /serving (?<preview_url>http:\S+\/)/ },
        // A cold build of the preview on a busy machine takes about a minute.
        timeout: 180_000
    },
    projects: [
        {
            name: 'chromium',
            use: {
                // Every host but the preview's is unknown to the browser, so a followed Glance link
                // goes nowhere (e2e/fixtures.mjs records it). Routing requests instead would turn off
                // the HTTP cache.
                launchOptions: launchOptions(['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'])
            }
        }
    ]
});
