// npm run scan: Salesforce Code Analyzer (eslint, retire-js and regex engines, Recommended rules)
// over force-app's sources and build output. Any violation outside tests, or any file an engine
// could not analyse, fails the scan. Writes SARIF and HTML reports to reports/.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { CodeAnalyzer, CodeAnalyzerConfig, EventType, LogLevel, OutputFormat } from '@salesforce/code-analyzer-core';
import * as eslintEngine from '@salesforce/code-analyzer-eslint-engine';
import * as regexEngine from '@salesforce/code-analyzer-regex-engine';
import * as retireJsEngine from '@salesforce/code-analyzer-retirejs-engine';

const ESLINT_CONFIG = new URL('./scan-eslint.config.mjs', import.meta.url).pathname;
/** What the scan reads: TypeScript sources, their compiled .js, templates, styles and metadata. */
export const SCANNED_EXTENSIONS = ['.ts', '.js', '.html', '.css', '.xml'];
const TESTS = /(^|\/)__tests__\//;

function walk(dir) {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name);
        return entry.isDirectory() ? walk(path) : [path];
    });
}

/** The files under force-app the scan covers; tests are left out of the workspace. */
export function filesToScan(root) {
    return walk(join(root, 'force-app')).filter(
        (path) => SCANNED_EXTENSIONS.includes(extname(path)) && !TESTS.test(relative(root, path))
    );
}

function analyzerConfig(root) {
    return CodeAnalyzerConfig.fromObject(
        {
            // Also drops tests from any folder an engine expands on its own.
            ignores: { files: ['**/__tests__/**'] },
            engines: {
                eslint: {
                    eslint_config_file: ESLINT_CONFIG,
                    // No React here: its rules would only add noise to the rule count.
                    disable_react_base_config: true
                }
                // retire-js reads the vulnerability repository its package ships, so nothing is
                // downloaded; regex needs no configuration.
            }
        },
        root
    );
}

/**
 * Runs the Recommended rules of the three engines over root's force-app.
 * @returns rule counts, the violations outside and inside tests, the engines' errors and the results
 */
export async function scan(root, { onLog = () => {} } = {}) {
    const analyzer = new CodeAnalyzer(analyzerConfig(root));
    const engineErrors = [];
    const listen = (event, source) => {
        // A file an engine cannot parse is only logged, never reported as a violation: count it.
        if (event.logLevel === LogLevel.Error) {
            engineErrors.push(`${source}: ${event.message}`);
        }
        onLog({ source, logLevel: event.logLevel, message: event.message });
    };
    analyzer.onEvent(EventType.LogEvent, (event) => listen(event, 'code-analyzer'));
    analyzer.onEvent(EventType.EngineLogEvent, (event) => listen(event, event.engineName));
    await analyzer.addEnginePlugin(eslintEngine.createEnginePlugin());
    await analyzer.addEnginePlugin(retireJsEngine.createEnginePlugin());
    await analyzer.addEnginePlugin(regexEngine.createEnginePlugin());

    const files = filesToScan(root);
    const workspace = await analyzer.createWorkspace(files);
    const selection = await analyzer.selectRules(['Recommended'], { workspace });
    const results = await analyzer.run(selection, { workspace });

    const isInTests = (violation) => TESTS.test(violation.getPrimaryLocation().getFile() ?? '');
    const violations = results.getViolations();
    return {
        files,
        ruleCount: selection.getCount(),
        rulesByEngine: Object.fromEntries(
            selection.getEngineNames().map((engine) => [engine, selection.getRulesFor(engine).length])
        ),
        violations: violations.filter((violation) => !isInTests(violation)),
        testViolations: violations.filter(isInTests),
        engineErrors,
        results
    };
}

export function describeViolation(root, violation) {
    const location = violation.getPrimaryLocation();
    const file = location.getFile();
    const where = file
        ? `${relative(root, file)}:${location.getStartLine()}:${location.getStartColumn()}`
        : '(no file)';
    const rule = violation.getRule();
    return `${where} ${rule.getEngineName()}/${rule.getName()}: ${violation.getMessage()}`;
}

function countByExtension(files) {
    const counts = {};
    for (const file of files) {
        counts[extname(file)] = (counts[extname(file)] ?? 0) + 1;
    }
    return Object.entries(counts)
        .map(([extension, count]) => `${count} ${extension}`)
        .join(', ');
}

async function main() {
    const root = new URL('..', import.meta.url).pathname;
    const started = Date.now();
    const outcome = await scan(root, {
        onLog: (event) => {
            if (event.logLevel <= LogLevel.Warn) {
                console.error(`scan: ${LogLevel[event.logLevel].toLowerCase()} from ${event.source}: ${event.message}`);
            }
        }
    });
    const reports = join(root, 'reports');
    mkdirSync(reports, { recursive: true });
    writeFileSync(join(reports, 'code-analyzer.sarif'), outcome.results.toFormattedOutput(OutputFormat.SARIF));
    writeFileSync(join(reports, 'code-analyzer.html'), outcome.results.toFormattedOutput(OutputFormat.HTML));

    const engines = Object.entries(outcome.rulesByEngine)
        .map(([engine, count]) => `${engine} ${count}`)
        .join(', ');
    console.log(`scan: ${outcome.files.length} files (${countByExtension(outcome.files)}), tests excluded`);
    console.log(`scan: ${outcome.ruleCount} rules ran (${engines})`);
    for (const violation of outcome.violations) {
        console.log(`  ${describeViolation(root, violation)}`);
    }
    console.log(
        `scan: ${outcome.violations.length} violation(s) outside tests, ${outcome.testViolations.length} in tests ` +
            `(ignored), ${outcome.engineErrors.length} engine error(s), ${((Date.now() - started) / 1000).toFixed(1)} s`
    );
    console.log('scan: reports/code-analyzer.sarif, reports/code-analyzer.html');
    if (outcome.violations.length || outcome.engineErrors.length) {
        console.error('scan: failed: fix every violation and engine error above (details in the reports)');
        process.exit(1);
    }
}

if (import.meta.url === `file://${process.argv[1]}`) {
    await main();
}
