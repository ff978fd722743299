// Compiles each LWC TypeScript source to the .js beside it, the only form the platform accepts.
// Every .js in an lwc folder is build output, so stale ones are removed first: a deleted or
// renamed .ts can never leave a deployable .js behind.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import ts from 'typescript';
import { compiledOutputs, projectRoot, typeScriptSources } from './lwc-sources.mjs';

// ESNext with native class fields keeps @api/@wire decorators as the LWC compiler expects them.
const compilerOptions = {
    target: ts.ScriptTarget.ESNext,
    module: ts.ModuleKind.ESNext,
    isolatedModules: true,
    experimentalDecorators: false
};

export function build() {
    for (const stale of compiledOutputs()) {
        rmSync(stale);
    }
    const sources = typeScriptSources();
    for (const source of sources) {
        const { outputText, diagnostics } = ts.transpileModule(readFileSync(source, 'utf8'), {
            compilerOptions,
            fileName: source,
            reportDiagnostics: true
        });
        if (diagnostics?.length) {
            const text = ts.formatDiagnostics(diagnostics, {
                getCanonicalFileName: (name) => name,
                getCurrentDirectory: () => projectRoot,
                getNewLine: () => '\n'
            });
            throw new Error(`Cannot compile ${relative(projectRoot, source)}:\n${text}`);
        }
        writeFileSync(source.replace(/\.ts$/, '.js'), outputText);
    }
    return sources.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const count = build();
    console.log(`build: compiled ${count} TypeScript source(s) to JavaScript`);
}
