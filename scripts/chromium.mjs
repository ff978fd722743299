// The end-to-end tests (playwright.config.mjs) and the benchmark drive a real Chrome or Chromium. Browser downloads are not
// an option everywhere this runs, so they use one the machine has: CHROME_PATH, Debian's package
// (which .ci/run installs when nothing else is there), or Google Chrome or Chromium where their
// installers put them on Linux, macOS and Windows (the paths playwright-core's `chrome` channel
// also looks at, plus Chromium's). `node scripts/chromium.mjs` says in one line which one runs.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';
import project from './project.cjs';

// auto-reload: an error page reloads itself after 1 s and 5 s, so a tab left on a link that cannot be
// reached (every Glance link in the tests) would request it again.
const QUIET = ['background-networking', 'component-update', 'sync', 'gpu', 'quic', 'auto-reload'].map(
    (what) => `--disable-${what}`
);
const MAC_APPS = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium'];
const WINDOWS_APPS = ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe'];
const LINUX_PATHS = [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/opt/google/chrome/chrome',
    '/snap/bin/chromium'
];

/** What to do when no browser is found, for each system. */
const INSTALL_HELP = [
    'macOS: install Google Chrome, or Chromium (brew install --cask chromium)',
    'Windows: install Google Chrome (winget install Google.Chrome)',
    'Linux: sudo apt-get install -y chromium (Debian, Ubuntu), sudo dnf install chromium (Fedora), or Google Chrome',
    'anywhere: set CHROME_PATH to a Chrome or Chromium executable'
];

/**
 * The executables to try on `platform`, in order, after CHROME_PATH: the system's standard install
 * paths of Google Chrome and Chromium.
 * @param {{ platform: string, env: Record<string, string | undefined>, home: string }} system
 */
export function installPaths({ platform, env, home }) {
    if (platform === 'darwin') {
        return ['/Applications', posix.join(home, 'Applications')].flatMap((folder) =>
            MAC_APPS.map((app) => posix.join(folder, app))
        );
    }
    if (platform === 'win32') {
        const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter(Boolean);
        return WINDOWS_APPS.flatMap((app) => roots.map((root) => win32.join(root, app)));
    }
    return LINUX_PATHS;
}

/** Which browser a path is, for the one line that says what ran. */
const browserName = (path) =>
    /chromium/i.test(path) ? 'Chromium' : /chrome/i.test(path) ? 'Google Chrome' : 'Browser';

/**
 * The browser to launch: CHROME_PATH when set (it must exist), else the first install path that
 * exists. Throws with every path it looked at and the options for each system when none does.
 * @param {{ platform: string, env: Record<string, string | undefined>, home: string, exists: (path: string) => boolean }} system
 * @returns {{ name: string, executablePath: string }}
 */
export function pickBrowser(system) {
    const chosen = system.env.CHROME_PATH;
    if (chosen) {
        if (!system.exists(chosen)) throw new Error(`CHROME_PATH is ${chosen}, which does not exist`);
        return { name: browserName(chosen), executablePath: chosen };
    }
    const paths = installPaths(system);
    const executablePath = paths.find((path) => system.exists(path));
    if (!executablePath) {
        const help = INSTALL_HELP.map((line) => `\n  ${line}`).join('');
        throw new Error(`No Chrome or Chromium found at ${paths.join(', ')}. Install one:${help}`);
    }
    return { name: browserName(executablePath), executablePath };
}

/** This machine's browser, as pickBrowser chooses it. */
export const machineBrowser = () =>
    pickBrowser({ platform: process.platform, env: process.env, home: homedir(), exists: existsSync });

/** Playwright's launch options for this machine's browser, quiet: it makes no network requests of its own. */
export const launchOptions = (extraArgs = []) => ({
    executablePath: machineBrowser().executablePath,
    args: ['--headless', '--no-sandbox', '--no-first-run', ...QUIET, ...extraArgs]
});

/** That browser, launched by playwright-core; with `announce`, prints which browser it is in one line. */
export async function launchChromium(extraArgs = [], { announce = false } = {}) {
    const { chromium } = await import('playwright-core');
    const options = launchOptions(extraArgs);
    const browser = await chromium.launch(options);
    if (announce) console.log(`browser: ${machineBrowser().name} ${browser.version()} at ${options.executablePath}`);
    return browser;
}

if (project.isMain(import.meta.url)) {
    try {
        await (await launchChromium([], { announce: true })).close();
    } catch (error) {
        console.error(`browser: ${error.message}`);
        process.exit(1);
    }
}
