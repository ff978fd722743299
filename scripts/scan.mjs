// npm run scan: Salesforce Code Analyzer (eslint, retire-js and regex engines, Recommended rules)
// over force-app's sources and build output. Any violation outside tests, or any file an engine
// could not analyse, fails the scan. Writes SARIF and HTML reports to reports/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { CodeAnalyzer, CodeAnalyzerConfig, EventType, LogLevel, OutputFormat } from '@salesforce/code-analyzer-core';
import * as eslintEngine from '@salesforce/code-analyzer-eslint-engine';
import * as regexEngine from '@salesforce/code-analyzer-regex-engine';
import * as retireJsEngine from '@salesforce/code-analyzer-retirejs-engine';
import project from './project.cjs';

const ESLINT_CONFIG = new URL('./scan-eslint.config.mjs', import.meta.url).pathname;

/**
 * Runs the Recommended rules over root's force-app: TypeScript sources, their compiled .js,
 * templates, styles and metadata; tests are left out.
 */
export async function scan(root, { onLog = () => {} } = {}) {
    // No React here: its rules would only add noise. retire-js reads the vulnerability data its
    // package ships, so nothing is downloaded; regex needs no configuration.
    const eslint = { eslint_config_file: ESLINT_CONFIG, disable_react_base_config: true };
    // Ignoring tests also drops them from any folder an engine expands on its own.
    const config = { ignores: { files: ['**/__tests__/**'] }, engines: { eslint } };
    const analyzer = new CodeAnalyzer(CodeAnalyzerConfig.fromObject(config, root));
    const engineErrors = [];
    const listen = (event, source) => {
        // A file an engine cannot parse is only logged, never reported as a violation: count it.
        if (event.logLevel === LogLevel.Error) engineErrors.push(`${source}: ${event.message}`);
        onLog({ source, logLevel: event.logLevel, message: event.message });
    };
    analyzer.onEvent(EventType.LogEvent, (event) => listen(event, 'code-analyzer'));
    analyzer.onEvent(EventType.EngineLogEvent, (event) => listen(event, event.engineName));
    for (const engine of [eslintEngine, retireJsEngine, regexEngine]) {
        await analyzer.addEnginePlugin(engine.createEnginePlugin());
    }
    const files = project
        .walk(join(root, 'force-app'))
        .filter((path) => ['.ts', '.js', '.html', '.css', '.xml'].includes(extname(path)) && !project.isTest(path));
    const workspace = await analyzer.createWorkspace(files);
    const selection = await analyzer.selectRules(['Recommended'], { workspace });
    const results = await analyzer.run(selection, { workspace });
    return { files, ruleCount: selection.getCount(), violations: results.getViolations(), engineErrors, results };
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const root = project.projectRoot;
    const onLog = ({ logLevel, source, message }) =>
        logLevel <= LogLevel.Warn &&
        console.error(`scan: ${LogLevel[logLevel].toLowerCase()} from ${source}: ${message}`);
    const { files, ruleCount, violations, engineErrors, results } = await scan(root, { onLog });
    mkdirSync(join(root, 'reports'), { recursive: true });
    writeFileSync(join(root, 'reports/code-analyzer.sarif'), results.toFormattedOutput(OutputFormat.SARIF));
    writeFileSync(join(root, 'reports/code-analyzer.html'), results.toFormattedOutput(OutputFormat.HTML));
    for (const violation of violations) {
        const [at, rule] = [violation.getPrimaryLocation(), violation.getRule()];
        const where = `${relative(root, at.getFile() ?? '')}:${at.getStartLine()}:${at.getStartColumn()}`;
        console.log(`  ${where} ${rule.getEngineName()}/${rule.getName()}: ${violation.getMessage()}`);
    }
    console.log(
        `scan: ${files.length} files (tests left out), ${ruleCount} rules: ${violations.length} violation(s), ` +
            `${engineErrors.length} engine error(s), ${process.uptime().toFixed(1)} s; reports in reports/`
    );
    if (violations.length || engineErrors.length) {
        console.error('scan: failed: fix every violation and engine error above (details in the reports)');
        process.exit(1);
    }
}
