// The README names only commands that exist (its line length is markdownlint's, in npm run lint).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import project from '../project.cjs';

const README = readFileSync(join(project.projectRoot, 'README.md'), 'utf8');
const { scripts } = JSON.parse(readFileSync(join(project.projectRoot, 'package.json'), 'utf8'));

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
