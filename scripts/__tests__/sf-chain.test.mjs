// npm run deploy and npm run package:version must never hand sf a missing or stale build. Each
// test runs the real npm script in a copy of the project whose `sf` only records its arguments.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import project from '../project.cjs';
import { LWC, projectCopy, replaceIn } from './project-copy.mjs';

/** Runs `npm run script args` in a fresh copy, after `edit` (path, from, to) if given. */
function npmRun(t, edit, script, ...args) {
    const root = projectCopy(t, edit ? { [edit[0]]: replaceIn(edit[1], edit[2]) } : {});
    // The real tools, except sf, which writes its arguments to sf-calls.txt.
    fs.mkdirSync(join(root, 'node_modules/.bin'), { recursive: true });
    for (const dir of ['node_modules', 'node_modules/.bin']) {
        const entries = fs.readdirSync(join(project.projectRoot, dir)).filter((name) => !['.bin', 'sf'].includes(name));
        entries.forEach((entry) => fs.symlinkSync(join(project.projectRoot, dir, entry), join(root, dir, entry)));
    }
    fs.writeFileSync(join(root, 'node_modules/.bin/sf'), `#!/bin/sh\nprintf '%s\\n' "$@" > "${root}/sf-calls.txt"\n`);
    fs.chmodSync(join(root, 'node_modules/.bin/sf'), 0o755);
    // The script must build: no output from an earlier build, and a stale module to remove.
    fs.rmSync(join(root, LWC, 'glanceStu/glanceStu.js'));
    fs.writeFileSync(join(root, LWC, 'glanceStu/removedModule.js'), 'export const removed = true;\n');
    const result = spawnSync('npm', ['run', script, '--', ...args], { cwd: root, encoding: 'utf8' });
    const calls = join(root, 'sf-calls.txt');
    return {
        status: result.status,
        output: `${result.stdout}\n${result.stderr}`,
        sfArguments: fs.existsSync(calls) ? fs.readFileSync(calls, 'utf8').trimEnd().split('\n') : null,
        built: fs.existsSync(join(root, LWC, 'glanceStu/glanceStu.js')),
        staleLeft: fs.existsSync(join(root, LWC, 'glanceStu/removedModule.js'))
    };
}

test('package:version builds, removes stale JavaScript and passes extra arguments to sf', (t) => {
    const run = npmRun(t, null, 'package:version', '--target-dev-hub', 'hub');
    assert.equal(run.status, 0, run.output);
    const expected = ['package', 'version', 'create', '--package', 'Glance STU Launcher', '--installation-key-bypass'];
    assert.deepEqual(run.sfArguments, [...expected, '--wait', '30', '--target-dev-hub', 'hub']);
    assert.ok(run.built && !run.staleLeft, 'the build did not run, or stale JavaScript survived it');
});

test('deploy builds, checks and passes its arguments to sf project deploy start, for force-app only', (t) => {
    const run = npmRun(t, null, 'deploy', '--target-org', 'org');
    assert.equal(run.status, 0, run.output);
    // Without --source-dir, sf would also deploy the translations, which fail in an org that has
    // not enabled their languages (docs/translations.md).
    const expected = ['project', 'deploy', 'start', '--source-dir', 'force-app', '--target-org', 'org'];
    assert.deepEqual(run.sfArguments, expected);
});

const BROKEN = [
    [
        'TypeScript that does not compile',
        [`${LWC}/glanceStu/glanceStu.ts`, 'export ', 'export {{ '],
        /Cannot compile force-app\/main\/default\/lwc\/glanceStu\/glanceStu\.ts/
    ],
    [
        'a build the platform compiler rejects',
        [
            `${LWC}/glanceStuLauncher/glanceStuLauncher.ts`,
            '@api hideIdentity: boolean | null = false;',
            '@api hideIdentity: boolean | null = true;'
        ],
        /FAIL glanceStuLauncher/
    ]
];
const RUNS = [['deploy', BROKEN[0]], ...BROKEN.map((broken) => ['package:version', broken])];
for (const [script, [what, edit, message]] of RUNS) {
    test(`${script} never calls sf on ${what}`, (t) => {
        const run = npmRun(t, edit, script);
        assert.notEqual(run.status, 0);
        assert.match(run.output, message);
        assert.equal(run.sfArguments, null, 'sf was called');
    });
}
