// The end-to-end tests and the benchmark drive a real Chromium. Browser downloads are not an
// option everywhere this runs, so it uses the operating system's Chromium: CHROME_PATH, or
// Debian's package, installed here when running as root on Debian or Ubuntu.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Flags for a quiet headless Chromium that makes no network requests of its own. */
export const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic'
];

function candidates() {
    return [process.env.CHROME_PATH, DEBIAN_CHROMIUM].filter(Boolean);
}

/** The Chromium to launch, or null when there is none. */
export function findChromium() {
    return candidates().find((path) => existsSync(path)) ?? null;
}

/** Launches the Chromium that ensure-chromium found, with playwright-core. */
export async function launchChromium() {
    const executablePath = findChromium();
    if (!executablePath) {
        throw new Error(`No Chromium at ${candidates().join(' or ')}: run node scripts/ensure-chromium.mjs`);
    }
    const { chromium } = await import('playwright-core');
    return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

function isDebianLike() {
    try {
        const release = readFileSync('/etc/os-release', 'utf8');
        return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
    } catch {
        return false;
    }
}

function run(command, args) {
    const result = spawnSync(command, args, {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    });
    return result.status === 0;
}

function ensureChromium() {
    if (findChromium()) {
        return true;
    }
    if (process.getuid?.() !== 0 || !isDebianLike()) {
        return false;
    }
    console.log('ensure-chromium: installing Debian’s chromium package');
    return run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium']) && findChromium() !== null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
    if (!ensureChromium()) {
        console.error(
            `ensure-chromium: no Chromium at ${candidates().join(' or ')}; install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to a Chromium or Chrome binary`
        );
        process.exit(1);
    }
}
