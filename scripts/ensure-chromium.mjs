// The end-to-end tests and the benchmark drive a real Chromium. Browser downloads are not an
// option everywhere this runs, so they use the operating system's: CHROME_PATH, or Debian's
// package, installed here when running as root where apt-get is.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter(Boolean);
const QUIET = ['background-networking', 'component-update', 'sync', 'gpu', 'quic'].map((what) => `--disable-${what}`);

/** The Chromium to launch, or undefined when there is none. */
export const findChromium = () => candidates.find((path) => existsSync(path));

/** A quiet headless Chromium that makes no network requests of its own, driven by playwright-core. */
export async function launchChromium(extraArgs = []) {
    if (!findChromium())
        throw new Error(`No Chromium at ${candidates.join(' or ')}: run node scripts/ensure-chromium.mjs`);
    const { chromium } = await import('playwright-core');
    const args = ['--headless', '--no-sandbox', '--no-first-run', ...QUIET, ...extraArgs];
    return chromium.launch({ executablePath: findChromium(), args });
}

if (import.meta.url === `file://${process.argv[1]}` && !findChromium()) {
    if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
        console.log('ensure-chromium: installing Debian’s chromium package');
        const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
        spawnSync('sh', ['-c', 'apt-get update && apt-get install -y chromium'], { stdio: 'inherit', env });
    }
    if (!findChromium()) {
        console.error(
            `ensure-chromium: no Chromium at ${candidates.join(' or ')}; install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH`
        );
        process.exit(1);
    }
}
