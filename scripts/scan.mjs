// npm run scan: Salesforce Code Analyzer (eslint, retire-js and regex engines, Recommended rules and
// the AppExchange security review's selection) over force-app's sources and build output. Any
// violation outside tests, or any file an engine could not analyse, fails the scan. Writes SARIF and
// HTML reports to reports/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { CodeAnalyzer, CodeAnalyzerConfig, EventType, LogLevel, OutputFormat } from '@salesforce/code-analyzer-core';
import { ForceIgnore } from '@salesforce/source-deploy-retrieve';
import * as eslintEngine from '@salesforce/code-analyzer-eslint-engine';
import * as regexEngine from '@salesforce/code-analyzer-regex-engine';
import * as retireJsEngine from '@salesforce/code-analyzer-retirejs-engine';
import project from './project.cjs';

const ESLINT_CONFIG = new URL('./scan-eslint.config.mjs', import.meta.url).pathname;
// The rules Salesforce's AppExchange security review asks a Code Analyzer run for. These engines tag
// no rule AppExchange (the PMD engine does, for Apex, Visualforce and XML, and needs Java).
export const SECURITY_REVIEW = ['AppExchange', 'Recommended:Security'];

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
    // One run of both selections; the security review's part is then read from its results.
    const selection = await analyzer.selectRules(['Recommended', ...SECURITY_REVIEW], { workspace });
    const review = await analyzer.selectRules(SECURITY_REVIEW, { workspace });
    const selectorCounts = {};
    for (const selector of SECURITY_REVIEW) {
        selectorCounts[selector] = (await analyzer.selectRules([selector], { workspace })).getCount();
    }
    const results = await analyzer.run(selection, { workspace });
    const violations = results.getViolations();
    // What ships is what .forceignore lets a deploy take: the compiled JavaScript, not the TypeScript.
    const forceIgnore = ForceIgnore.findAndCreate(root);
    const shipped = files.filter((file) => forceIgnore.accepts(file));
    const ruleKey = (rule) => `${rule.getEngineName()}/${rule.getName()}`;
    const reviewRules = new Set(review.getEngineNames().flatMap((engine) => review.getRulesFor(engine).map(ruleKey)));
    const securityReview = {
        ruleCount: review.getCount(),
        selectorCounts,
        files: shipped,
        violations: violations.filter(
            (violation) =>
                reviewRules.has(ruleKey(violation.getRule())) &&
                shipped.includes(violation.getPrimaryLocation().getFile())
        )
    };
    return { files, ruleCount: selection.getCount(), violations, engineErrors, results, securityReview };
}

if (project.isMain(import.meta.url)) {
    const root = project.projectRoot;
    const onLog = ({ logLevel, source, message }) =>
        logLevel <= LogLevel.Warn &&
        console.error(`scan: ${LogLevel[logLevel].toLowerCase()} from ${source}: ${message}`);
    const { files, ruleCount, violations, engineErrors, results, securityReview } = await scan(root, { onLog });
    mkdirSync(join(root, 'reports'), { recursive: true });
    writeFileSync(join(root, 'reports/code-analyzer.sarif'), results.toFormattedOutput(OutputFormat.SARIF));
    writeFileSync(join(root, 'reports/code-analyzer.html'), results.toFormattedOutput(OutputFormat.HTML));
    for (const violation of violations) {
        const [at, rule] = [violation.getPrimaryLocation(), violation.getRule()];
        const where = `${relative(root, at.getFile() ?? '')}:${at.getStartLine()}:${at.getStartColumn()}`;
        console.log(`  ${where} ${rule.getEngineName()}/${rule.getName()}: ${violation.getMessage()}`);
    }
    const counts = Object.entries(securityReview.selectorCounts).map(([selector, count]) => `${selector} ${count}`);
    console.log(
        `scan: security review (${counts.join(', ')}): ${securityReview.ruleCount} rules over the ` +
            `${securityReview.files.length} files that ship: ${securityReview.violations.length} violation(s)`
    );
    console.log(
        `scan: ${files.length} files (tests left out), ${ruleCount} rules: ${violations.length} violation(s), ` +
            `${engineErrors.length} engine error(s), ${process.uptime().toFixed(1)} s; reports in reports/`
    );
    if (violations.length || engineErrors.length) {
        console.error('scan: failed: fix every violation and engine error above (details in the reports)');
        process.exit(1);
    }
}
