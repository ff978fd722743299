// Compiles each LWC TypeScript source to the .js beside it, the only form the platform accepts.
// Every .js in a bundle is build output, so one without its .ts is removed: a deleted or renamed
// .ts can never leave a deployable .js behind. Unchanged output is not rewritten, so a build
// never disturbs a check reading the output at the same time.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import ts from 'typescript';
import project from './project.cjs';

// ESNext with native class fields keeps @api/@wire decorators as the LWC compiler expects them.
const compilerOptions = { target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.ESNext, isolatedModules: true };

export function build(root = project.projectRoot) {
    const bundleFiles = project.lwcBundles(root).flatMap(project.walk);
    const files = bundleFiles.filter((path) => !project.isTest(path));
    const output = (source) => source.replace(/\.ts$/, '.js');
    const sources = files.filter((path) => path.endsWith('.ts') && !path.endsWith('.d.ts'));
    const outputs = sources.map(output);
    files.filter((path) => path.endsWith('.js') && !outputs.includes(path)).forEach((stale) => rmSync(stale));
    for (const source of sources) {
        const options = { compilerOptions, fileName: source, reportDiagnostics: true };
        const { outputText, diagnostics = [] } = ts.transpileModule(readFileSync(source, 'utf8'), options);
        if (diagnostics.length) {
            const text = diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n');
            rmSync(output(source), { force: true });
            throw new Error(`Cannot compile ${relative(root, source)}:\n${text}`);
        }
        const unchanged = existsSync(output(source)) && readFileSync(output(source), 'utf8') === outputText;
        if (!unchanged) writeFileSync(output(source), outputText);
    }
    return sources.length;
}

if (project.isMain(import.meta.url)) {
    console.log(`build: compiled ${build()} TypeScript source(s) to JavaScript`);
}
