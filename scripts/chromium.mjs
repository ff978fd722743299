// The end-to-end tests and the benchmark drive a real Chromium. Browser downloads are not an option
// everywhere this runs, so they use the operating system's: CHROME_PATH, or Debian's package (which
// .ci/run installs when it is missing).
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter(Boolean);
const QUIET = ['background-networking', 'component-update', 'sync', 'gpu', 'quic'].map((what) => `--disable-${what}`);

/** A quiet headless Chromium that makes no network requests of its own, driven by playwright-core. */
export async function launchChromium(extraArgs = []) {
    const executablePath = candidates.find((path) => existsSync(path));
    if (!executablePath) {
        const install = 'install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH';
        throw new Error(`No Chromium at ${candidates.join(' or ')}: ${install}`);
    }
    const { chromium } = await import('playwright-core');
    const args = ['--headless', '--no-sandbox', '--no-first-run', ...QUIET, ...extraArgs];
    return chromium.launch({ executablePath, args });
}
