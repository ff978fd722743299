// npm start must stop with its process: a SIGTERM to npm, as a script or a supervisor sends it,
// leaves nothing serving.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { test } from 'node:test';
import project from '../project.cjs';

test('a SIGTERM to npm start closes the preview port', { timeout: 300_000 }, async (t) => {
    const npm = spawn('npm', ['start'], { cwd: project.projectRoot, env: { ...process.env, PORT: '0' } });
    t.after(() => npm.kill('SIGKILL'));
    let output = '';
    const url = await new Promise((resolve, reject) => {
        npm.stdout.on('data', (chunk) => {
            output += chunk;
            const serving = /serving (http:\/\/[\d.:]+\/)/.exec(output);
            if (serving) resolve(serving[1]);
        });
        npm.once('exit', () => reject(new Error(`npm start ended before serving:\n${output}`)));
    });
    assert.equal((await fetch(url)).status, 200);

    npm.kill('SIGTERM');
    await once(npm, 'exit');
    await assert.rejects(fetch(url), 'the port still answers after npm start ended');
});
