// Compiles LWC bundles with Salesforce's platform compiler and linter, offline, so the build
// output is checked the way a deploy would check it.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compile } from '@lwc/sfdc-lwc-compiler';
import { lintBundle } from '@lwc/sfdc-lwc-compiler/dist/linting/index.js';

// Diagnostic levels of the platform compiler: 0 fatal, 1 error, 2 warning, 3 log.
const LEVEL_NAMES = ['fatal', 'error', 'warning', 'log'];
const WARNING = 2;
const DEPLOYED_FILE = /\.(js|html|css|svg)$/;

function bundleFiles(folder) {
    const names = readdirSync(folder).filter((name) => DEPLOYED_FILE.test(name));
    return Object.fromEntries(names.map((name) => [name, readFileSync(join(folder, name), 'utf8')]));
}

function describeDiagnostic(diagnostic) {
    const level = LEVEL_NAMES[diagnostic.level] ?? `level ${diagnostic.level}`;
    const where = diagnostic.filename ? `${diagnostic.filename}: ` : '';
    return `${level}: ${where}${diagnostic.message}`;
}

/** Compiles and lints one bundle; returns its problems (warnings and worse) and production size. */
export async function compileBundle(folder) {
    const name = basename(folder);
    const bundle = { name, namespace: 'c', type: 'platform', files: bundleFiles(folder) };
    const [report, lint] = await Promise.all([
        compile({ bundle, outputConfigs: [{ minify: true, env: { NODE_ENV: 'production' } }] }),
        lintBundle(bundle)
    ]);
    const diagnostics = [
        ...(report.diagnostics ?? []),
        ...(report.results ?? []).flatMap((result) => result.diagnostics ?? []),
        ...(lint.diagnostics ?? [])
    ];
    // The compiler and the linter can both report one problem: list it once.
    const problems = [
        ...new Set(diagnostics.filter((diagnostic) => diagnostic.level <= WARNING).map(describeDiagnostic))
    ];
    if (!report.success && problems.length === 0) {
        problems.push('fatal: the platform compiler reported failure without a diagnostic');
    }
    const code = report.results?.[0]?.code ?? '';
    return {
        name,
        problems,
        rawBytes: Buffer.byteLength(code),
        gzipBytes: code ? gzipSync(code).length : 0
    };
}
