// The README is a front page read in editors and terminals: short lines, and only commands that exist.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import project from '../project.cjs';

const README = readFileSync(join(project.projectRoot, 'README.md'), 'utf8');
const { scripts } = JSON.parse(readFileSync(join(project.projectRoot, 'package.json'), 'utf8'));
const MAX_LINE = 200;

/** The README's lines outside fenced code blocks, with their line numbers. */
function proseLines(text) {
    let inFence = false;
    return text.split('\n').flatMap((line, index) => {
        if (line.startsWith('```')) inFence = !inFence;
        return inFence || line.startsWith('```') ? [] : [{ number: index + 1, line }];
    });
}

test(`no README line outside code blocks is over ${MAX_LINE} characters`, () => {
    const long = proseLines(README).filter(({ line }) => line.length > MAX_LINE);
    assert.deepEqual(
        long.map(({ number, line }) => `README.md:${number}: ${line.length} characters`),
        []
    );
});

test('every npm command the README names is a script of package.json', () => {
    // `npm run x[:y]` names both x and x:y.
    const named = [...README.matchAll(/npm run ([\w:-]+)(\[(:[\w-]+)\])?/g)].flatMap(([, name, , suffix]) =>
        suffix ? [name, name + suffix] : [name]
    );
    assert.ok(named.length > 10, 'the README names the commands');
    assert.deepEqual(
        named.filter((name) => !(name in scripts)),
        []
    );
});

test('the prose-line reader skips fenced code and counts lines from 1', () => {
    const lines = proseLines(['a', '```sh', 'x'.repeat(300), '```', 'b'].join('\n'));
    assert.deepEqual(lines, [
        { number: 1, line: 'a' },
        { number: 5, line: 'b' }
    ]);
});
