// npm run deploy and npm run package:version must never hand sf a missing or stale build. Each
// test runs the real npm script in a copy of the project whose `sf` only records its arguments.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
    chmodSync,
    cpSync,
    existsSync,
    mkdirSync,
    mkdtempSync,
    readdirSync,
    readFileSync,
    rmSync,
    symlinkSync,
    writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';

const projectRoot = new URL('../..', import.meta.url).pathname;
const LWC = 'force-app/main/default/lwc';
const COPIED = ['package.json', 'sfdx-project.json', 'tsconfig.json', '.forceignore', 'scripts', 'types', 'force-app'];
const isBuildOutput = (path) => /\/lwc\/.*\.js$/.test(path) && !path.includes('/__tests__/');

function projectCopy(t) {
    const root = mkdtempSync(join(tmpdir(), 'sf-chain-'));
    t.after(() => rmSync(root, { recursive: true, force: true }));
    for (const entry of COPIED) {
        cpSync(join(projectRoot, entry), join(root, entry), {
            recursive: true,
            filter: (source) => !isBuildOutput(source)
        });
    }
    // The real tools, except sf, which writes its arguments to sf-calls.txt.
    const bin = join(root, 'node_modules', '.bin');
    mkdirSync(bin, { recursive: true });
    for (const entry of readdirSync(join(projectRoot, 'node_modules'))) {
        if (entry !== '.bin') {
            symlinkSync(join(projectRoot, 'node_modules', entry), join(root, 'node_modules', entry));
        }
    }
    for (const entry of readdirSync(join(projectRoot, 'node_modules', '.bin'))) {
        if (entry !== 'sf') {
            symlinkSync(join(projectRoot, 'node_modules', '.bin', entry), join(bin, entry));
        }
    }
    writeFileSync(join(bin, 'sf'), `#!/bin/sh\nprintf '%s\\n' "$@" > "${join(root, 'sf-calls.txt')}"\n`);
    chmodSync(join(bin, 'sf'), 0o755);
    return root;
}

function npmRun(root, script, ...args) {
    const result = spawnSync('npm', ['run', script, '--', ...args], { cwd: root, encoding: 'utf8' });
    const sfArguments = existsSync(join(root, 'sf-calls.txt'))
        ? readFileSync(join(root, 'sf-calls.txt'), 'utf8').trimEnd().split('\n')
        : null;
    return { status: result.status, output: `${result.stdout}\n${result.stderr}`, sfArguments };
}

function edit(root, path, from, to) {
    const text = readFileSync(join(root, path), 'utf8');
    assert.ok(text.includes(from), `${path} no longer contains ${from}`);
    writeFileSync(join(root, path), text.replace(from, to));
}

describe('npm run package:version', () => {
    test('builds, removes stale JavaScript and passes extra arguments to sf', (t) => {
        const root = projectCopy(t);
        const stale = join(root, LWC, 'glanceStu', 'removedModule.js');
        writeFileSync(stale, 'export const removed = true;\n');

        const run = npmRun(root, 'package:version', '--target-dev-hub', 'hub');

        assert.equal(run.status, 0, run.output);
        assert.deepEqual(run.sfArguments, [
            'package',
            'version',
            'create',
            '--package',
            'Glance STU Launcher',
            '--installation-key-bypass',
            '--wait',
            '30',
            '--target-dev-hub',
            'hub'
        ]);
        assert.ok(existsSync(join(root, LWC, 'glanceStu', 'glanceStu.js')), 'the build did not run');
        assert.ok(!existsSync(stale), 'stale JavaScript survived the build');
    });

    test('never calls sf when the TypeScript does not compile', (t) => {
        const root = projectCopy(t);
        edit(root, `${LWC}/glanceStu/glanceStu.ts`, 'export ', 'export {{ ');

        const run = npmRun(root, 'package:version');

        assert.notEqual(run.status, 0);
        assert.match(run.output, /Cannot compile force-app\/main\/default\/lwc\/glanceStu\/glanceStu\.ts/);
        assert.equal(run.sfArguments, null, 'sf was called');
    });

    test('never calls sf when the platform compiler rejects the build', (t) => {
        const root = projectCopy(t);
        edit(
            root,
            `${LWC}/glanceStuLauncher/glanceStuLauncher.ts`,
            '@api hideIdentity: boolean | null = false;',
            '@api hideIdentity: boolean | null = true;'
        );

        const run = npmRun(root, 'package:version');

        assert.notEqual(run.status, 0);
        assert.match(run.output, /FAIL glanceStuLauncher/);
        assert.equal(run.sfArguments, null, 'sf was called');
    });
});

describe('npm run deploy', () => {
    test('never calls sf when the TypeScript does not compile', (t) => {
        const root = projectCopy(t);
        edit(root, `${LWC}/glanceStu/glanceStu.ts`, 'export ', 'export {{ ');

        const run = npmRun(root, 'deploy', '--target-org', 'org');

        assert.notEqual(run.status, 0);
        assert.match(run.output, /Cannot compile/);
        assert.equal(run.sfArguments, null, 'sf was called');
    });

    test('builds, checks and passes its arguments to sf project deploy start, for force-app only', (t) => {
        const root = projectCopy(t);

        const run = npmRun(root, 'deploy', '--target-org', 'org');

        assert.equal(run.status, 0, run.output);
        // Without --source-dir, sf would also deploy the translations, which fail in an org that
        // has not enabled their languages (docs/translations.md).
        assert.deepEqual(run.sfArguments, [
            'project',
            'deploy',
            'start',
            '--source-dir',
            'force-app',
            '--target-org',
            'org'
        ]);
    });
});
