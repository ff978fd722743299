import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pickBrowser } from '../chromium.mjs';

const MAC_CHROME = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
const WINDOWS_ENV = {
    LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local',
    PROGRAMFILES: 'C:\\Program Files',
    'PROGRAMFILES(X86)': 'C:\\Program Files (x86)'
};

/** pickBrowser on a machine where exactly `installed` exist. */
const pickOn = (platform, installed, env = {}) =>
    pickBrowser({ platform, env, home: '/Users/ada', exists: (path) => installed.includes(path) });

/** The paths pickBrowser looked at, in order, from its error on a machine with no browser. */
function pathsTried(platform, env = {}) {
    try {
        pickOn(platform, [], env);
    } catch (error) {
        return error.message.match(/found at (.*)\. Install one/)[1].split(', ');
    }
    assert.fail('pickBrowser found a browser on a machine without one');
}

describe('the browser the e2e tests and the benchmark launch', () => {
    test('CHROME_PATH wins over every installed browser, and a CHROME_PATH that does not exist is an error', () => {
        const installed = ['/usr/bin/chromium', '/opt/browsers/chrome'];
        assert.deepEqual(pickOn('linux', installed, { CHROME_PATH: '/opt/browsers/chrome' }), {
            name: 'Google Chrome',
            executablePath: '/opt/browsers/chrome'
        });
        assert.throws(
            () => pickOn('linux', installed, { CHROME_PATH: '/opt/browsers/missing' }),
            /^Error: CHROME_PATH is \/opt\/browsers\/missing, which does not exist$/
        );
    });

    test("on Linux, Debian's chromium first, the snap's last, Google Chrome and other packages' Chromium between", () => {
        assert.deepEqual(pickOn('linux', ['/usr/bin/google-chrome', '/usr/bin/chromium']), {
            name: 'Chromium',
            executablePath: '/usr/bin/chromium'
        });
        assert.deepEqual(pickOn('linux', ['/snap/bin/chromium', '/opt/google/chrome/chrome']), {
            name: 'Google Chrome',
            executablePath: '/opt/google/chrome/chrome'
        });
        for (const path of ['/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome']) {
            assert.equal(pickOn('linux', [path, '/snap/bin/chromium']).executablePath, path);
        }
        assert.deepEqual(pickOn('linux', ['/snap/bin/chromium']), {
            name: 'Chromium',
            executablePath: '/snap/bin/chromium'
        });
        assert.ok(pathsTried('linux').includes('/opt/google/chrome/chrome'));
    });

    test('on macOS, Google Chrome or Chromium in /Applications or the user’s own Applications folder', () => {
        assert.deepEqual(pickOn('darwin', ['/usr/bin/chromium', MAC_CHROME]), {
            name: 'Google Chrome',
            executablePath: MAC_CHROME
        });
        const userChromium = '/Users/ada/Applications/Chromium.app/Contents/MacOS/Chromium';
        assert.deepEqual(pickOn('darwin', [userChromium]), { name: 'Chromium', executablePath: userChromium });
        assert.deepEqual(pathsTried('darwin'), [
            MAC_CHROME,
            '/Applications/Chromium.app/Contents/MacOS/Chromium',
            '/Users/ada/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
            userChromium
        ]);
    });

    test('on Windows, a per-user install before the 64-bit and 32-bit Program Files, Chrome before Chromium', () => {
        const programFilesChrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
        assert.deepEqual(pickOn('win32', [programFilesChrome], WINDOWS_ENV), {
            name: 'Google Chrome',
            executablePath: programFilesChrome
        });
        assert.deepEqual(pathsTried('win32', WINDOWS_ENV), [
            'C:\\Users\\ada\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
            programFilesChrome,
            'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
            'C:\\Users\\ada\\AppData\\Local\\Chromium\\Application\\chrome.exe',
            'C:\\Program Files\\Chromium\\Application\\chrome.exe',
            'C:\\Program Files (x86)\\Chromium\\Application\\chrome.exe'
        ]);
        // A folder variable that is not set is skipped, not turned into a relative path.
        assert.deepEqual(pathsTried('win32', { PROGRAMFILES: 'C:\\Program Files' }), [
            programFilesChrome,
            'C:\\Program Files\\Chromium\\Application\\chrome.exe'
        ]);
    });

    test('with no browser, the error names what to install on each system and CHROME_PATH', () => {
        assert.throws(
            () => pickOn('darwin', ['/usr/bin/chromium']),
            (error) => {
                for (const system of ['macOS', 'Windows', 'Linux']) {
                    assert.match(error.message, new RegExp(`\\n  ${system}: `));
                }
                assert.match(error.message, /\n  anywhere: set CHROME_PATH to a Chrome or Chromium executable/);
                return true;
            }
        );
    });
});
