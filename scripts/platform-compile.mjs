// npm run verify:platform: every bundle's build output must compile and lint cleanly with
// Salesforce's platform compiler and linter, offline (no error, no warning), as a deploy checks
// it. Prints each bundle's production size.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compile } from '@lwc/sfdc-lwc-compiler';
import { lintBundle } from '@lwc/sfdc-lwc-compiler/dist/linting/index.js';
import project from './project.cjs';

// Diagnostic levels of the platform compiler: 0 fatal, 1 error, 2 warning, 3 log.
const LEVEL_NAMES = ['fatal', 'error', 'warning', 'log'];
const WARNING = 2;
const DEPLOYED_FILE = /\.(js|html|css|svg)$/;

const describeDiagnostic = ({ level, filename, message }) =>
    `${LEVEL_NAMES[level] ?? `level ${level}`}: ${filename ? `${filename}: ` : ''}${message}`;

/** Compiles and lints one bundle; returns its problems (warnings and worse) and production size. */
export async function compileBundle(folder) {
    const name = basename(folder);
    const names = readdirSync(folder).filter((file) => DEPLOYED_FILE.test(file));
    const files = Object.fromEntries(names.map((file) => [file, readFileSync(join(folder, file), 'utf8')]));
    const bundle = { name, namespace: 'c', type: 'platform', files };
    const [report, lint] = await Promise.all([
        // compilerConfigs, not outputConfigs: the compiler ignores an unknown key and would not minify.
        compile({ bundle, compilerConfigs: [{ outputConfig: { minify: true, env: { NODE_ENV: 'production' } } }] }),
        lintBundle(bundle)
    ]);
    const diagnostics = [report, ...(report.results ?? []), lint].flatMap((each) => each.diagnostics ?? []);
    // The compiler and the linter can both report one problem: list it once.
    const problems = [...new Set(diagnostics.filter(({ level }) => level <= WARNING).map(describeDiagnostic))];
    if (!report.success && !problems.length)
        problems.push('fatal: the platform compiler reported failure without a diagnostic');
    const code = report.results?.[0]?.code ?? '';
    return { name, problems, rawBytes: Buffer.byteLength(code), gzipBytes: code ? gzipSync(code).length : 0 };
}

if (project.isMain(import.meta.url)) {
    let failed = 0;
    for (const folder of project.lwcBundles()) {
        const name = basename(folder);
        const { problems, rawBytes, gzipBytes } = existsSync(join(folder, `${name}.js`))
            ? await compileBundle(folder)
            : { problems: [`${name} has no compiled ${name}.js: run npm run build`] };
        console.log(`${problems.length ? 'FAIL' : 'ok'} ${name} ${rawBytes} bytes minified, ${gzipBytes} gzipped`);
        problems.forEach((problem) => console.error(`  ${problem}`));
        failed += problems.length ? 1 : 0;
    }
    if (failed) {
        console.error(`verify:platform: ${failed} bundle(s) failed the platform compiler or linter`);
        process.exit(1);
    }
}
