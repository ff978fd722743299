import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tempDir, writeFiles } from './project-copy.mjs';

const SCRIPT = fileURLToPath(new URL('../slds-lint.mjs', import.meta.url));
const TEMPLATE = '<template>\n    <div class="slds-box slds-text-heading_small">Glance</div>\n</template>\n';

/** Runs the gate on `lwc/` of a folder holding `files`. */
function sldsLintOf(t, files) {
    const root = writeFiles(tempDir(t, 'slds-lint-'), files);
    const { status, stdout, stderr } = spawnSync(process.execPath, [SCRIPT, 'lwc'], { cwd: root, encoding: 'utf8' });
    return { status, output: stdout + stderr };
}

test('the SLDS gate passes components the linter finds nothing in', (t) => {
    const { status, output } = sldsLintOf(t, {
        'lwc/card/card.html': TEMPLATE,
        'lwc/card/card.css': '.box {\n    padding: var(--slds-g-spacing-3, 0.75rem);\n}\n'
    });
    assert.equal(status, 0, output);
    assert.match(output, /2 files in lwc, no SLDS linter error or warning/);
});

test('the SLDS gate fails on a warning alone, naming the file, line and rule', (t) => {
    const { status, output } = sldsLintOf(t, {
        'lwc/card/card.html': TEMPLATE,
        'lwc/card/card.css': '.box {\n    padding: 12px;\n}\n'
    });
    assert.equal(status, 1, output);
    assert.match(output, /lwc\/card\/card\.css:2:\d+ {2}warning {2}.*12px.*\(slds\/no-hardcoded-values-slds2\)/);
    assert.doesNotMatch(output, / error /);
    assert.match(output, /1 problem\(s\) in lwc; warnings fail this gate too/);
});

test('the SLDS gate fails on an error', (t) => {
    const { status, output } = sldsLintOf(t, {
        'lwc/card/card.html': '<template>\n    <h2 class="slds-text-heading--large">Glance</h2>\n</template>\n'
    });
    assert.equal(status, 1, output);
    assert.match(
        output,
        /lwc\/card\/card\.html:2:\d+ {2}error {2}.*slds-text-heading_large.*\(slds\/enforce-bem-usage\)/
    );
});

test('the SLDS gate fails when the folder has nothing to lint, as a mistyped path would', (t) => {
    const { status, output } = sldsLintOf(t, { 'lwc/card/card.ts': 'export {};\n' });
    assert.equal(status, 1, output);
    assert.match(output, /no \.html or \.css file in lwc/);
});
