// npm run deploy, deploy:channels and package:version must never hand sf a missing or stale build. All run
// npm run verify:platform first, which is tested once for real in a project copy; each of them is
// then shown to call sf with its arguments only after that step passes, with verify:platform and
// sf replaced by stubs that record their calls.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import project from '../project.cjs';
import { LWC, projectCopy, replaceIn, tempDir, writeFiles } from './project-copy.mjs';

const { scripts } = JSON.parse(readFileSync(join(project.projectRoot, 'package.json'), 'utf8'));
const npmRun = (root, ...args) => spawnSync('npm', ['run', ...args], { cwd: root, encoding: 'utf8' });

/** Runs `npm run script -- args` with the real deploy scripts, a stub verify:platform that exits `status`, and a stub sf. */
function chainRun(t, status, script, ...args) {
    const root = tempDir(t, 'sf-chain-');
    const stubbed = { ...scripts, 'verify:platform': `echo verify:platform >> calls.txt; exit ${status}` };
    const sf = `#!/bin/sh\nprintf '%s\\n' sf "$@" >> "${root}/calls.txt"\n`;
    writeFiles(root, { 'package.json': JSON.stringify({ scripts: stubbed }), 'node_modules/.bin/sf': sf });
    chmodSync(join(root, 'node_modules/.bin/sf'), 0o755);
    const result = npmRun(root, script, '--', ...args);
    return { status: result.status, calls: readFileSync(join(root, 'calls.txt'), 'utf8').trimEnd().split('\n') };
}

test('package:version passes its arguments to sf package version create after verify:platform', (t) => {
    const run = chainRun(t, 0, 'package:version', '--target-dev-hub', 'hub');
    const create = ['package', 'version', 'create', '--package', 'Glance STU Launcher', '--installation-key-bypass'];
    assert.deepEqual(run.calls, ['verify:platform', 'sf', ...create, '--wait', '30', '--target-dev-hub', 'hub']);
});

test('deploy passes its arguments to sf project deploy start after verify:platform, for force-app only', (t) => {
    const run = chainRun(t, 0, 'deploy', '--target-org', 'org');
    // Without --source-dir, sf would also deploy the translations, which fail in an org that has
    // not enabled their languages (docs/translations.md).
    const deploy = ['project', 'deploy', 'start', '--source-dir', 'force-app', '--target-org', 'org'];
    assert.deepEqual(run.calls, ['verify:platform', 'sf', ...deploy]);
});

test('deploy:channels deploys force-app-channels alone, with its arguments, after verify:platform', (t) => {
    const run = chainRun(t, 0, 'deploy:channels', '--target-org', 'org');
    // The Glance Conversation card is TypeScript too: without its build the bundle has no JavaScript.
    const deploy = ['project', 'deploy', 'start', '--source-dir', 'force-app-channels', '--target-org', 'org'];
    assert.equal(run.status, 0);
    assert.deepEqual(run.calls, ['verify:platform', 'sf', ...deploy]);
});

for (const script of ['deploy', 'deploy:channels', 'package:version']) {
    test(`${script} never calls sf when verify:platform fails`, (t) => {
        const run = chainRun(t, 1, script);
        assert.notEqual(run.status, 0);
        assert.deepEqual(run.calls, ['verify:platform']);
    });
}

/** Runs the real verify:platform, which must fail, in a copy with an edit, no build output and a stale module. */
function verifyPlatformFailing(t, file, from, to) {
    const root = projectCopy(t, { [file]: replaceIn(from, to), [`${LWC}/glanceStu/glanceStu.js`]: null });
    symlinkSync(join(project.projectRoot, 'node_modules'), join(root, 'node_modules'));
    writeFileSync(join(root, LWC, 'glanceStu/removedModule.js'), 'export const removed = true;\n');
    const { status, stdout, stderr } = npmRun(root, 'verify:platform');
    assert.notEqual(status, 0);
    const exists = (name) => existsSync(join(root, LWC, 'glanceStu', name));
    return { output: `${stdout}\n${stderr}`, built: exists('glanceStu.js'), staleLeft: exists('removedModule.js') };
}

test('verify:platform fails on TypeScript that does not compile', (t) => {
    const run = verifyPlatformFailing(t, `${LWC}/glanceStu/glanceStu.ts`, 'export ', 'export {{ ');
    assert.match(run.output, /Cannot compile force-app\/main\/default\/lwc\/glanceStu\/glanceStu\.ts/);
});

test('verify:platform builds, removes stale JavaScript, then fails on a build the platform compiler rejects', (t) => {
    const launcher = `${LWC}/glanceStuLauncher/glanceStuLauncher.ts`;
    const hideAccountLinks = 'hideAccountLinks: boolean | null =';
    const run = verifyPlatformFailing(t, launcher, `${hideAccountLinks} false;`, `${hideAccountLinks} true;`);
    assert.match(run.output, /FAIL glanceStuLauncher/);
    assert.ok(run.built && !run.staleLeft, 'the build did not run, or stale JavaScript survived it');
});
