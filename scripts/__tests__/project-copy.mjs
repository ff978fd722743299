// A built copy of this project in a temporary folder, with changes that break it, so each check and
// each npm script is shown to catch the breakage. Removed when the test ends.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from '../build.mjs';
import project from '../project.cjs';

const COPIED =
    'package.json sfdx-project.json tsconfig.json .forceignore scripts types force-app force-app-translations force-app-channels';
export const LWC = 'force-app/main/default/lwc';

/** `from` replaced by `to` in a file's text, failing clearly when the project no longer has it. */
export const replaceIn = (from, to) => (text) => {
    assert.ok(text.includes(from), `the project no longer contains ${from}`);
    return text.replace(from, to);
};

/** An empty temporary folder, removed when the test ends. */
export function tempDir(t, prefix = 'project-copy-') {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
}

/** Built once per test process, then copied for each test. */
let template;

/** @returns {string} the root of a copy with `changes`, as writeFiles takes them */
export function projectCopy(t, changes = {}) {
    if (!template) {
        template = mkdtempSync(join(tmpdir(), 'project-template-'));
        process.once('exit', () => rmSync(template, { recursive: true, force: true }));
        for (const entry of COPIED.split(' ')) {
            cpSync(join(project.projectRoot, entry), join(template, entry), { recursive: true });
        }
        build(template);
    }
    const root = tempDir(t);
    cpSync(template, root, { recursive: true });
    return writeFiles(root, changes);
}

/** Gives each path of `changes` new text, a function of its text, or null to delete it; returns root. */
export function writeFiles(root, changes) {
    for (const [path, change] of Object.entries(changes)) {
        const file = join(root, path);
        const text = typeof change === 'function' ? change(readFileSync(file, 'utf8')) : change;
        mkdirSync(dirname(file), { recursive: true });
        if (text === null) rmSync(file);
        else writeFileSync(file, text);
    }
    return root;
}
