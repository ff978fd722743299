// npm run scan: Salesforce Code Analyzer (eslint, retire-js, regex and PMD engines, Recommended rules
// and the AppExchange security review's selection) over the package directories' sources and build
// output. Any violation outside tests, or any file an engine could not analyse, fails the scan.
// Writes SARIF and HTML reports to reports/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { CodeAnalyzer, CodeAnalyzerConfig, EventType, LogLevel, OutputFormat } from '@salesforce/code-analyzer-core';
import { ForceIgnore } from '@salesforce/source-deploy-retrieve';
import * as eslintEngine from '@salesforce/code-analyzer-eslint-engine';
import * as pmdEngine from '@salesforce/code-analyzer-pmd-engine';
import * as regexEngine from '@salesforce/code-analyzer-regex-engine';
import * as retireJsEngine from '@salesforce/code-analyzer-retirejs-engine';
import project from './project.cjs';

const ESLINT_CONFIG = new URL('./scan-eslint.config.mjs', import.meta.url).pathname;
// The rules Salesforce's AppExchange security review asks a Code Analyzer run for. Only the PMD
// engine tags rules AppExchange (for Apex, Visualforce, XML metadata and LWC JavaScript).
export const SECURITY_REVIEW = ['AppExchange', 'Recommended:Security'];
/** What a machine without Java is told: PMD runs on Java 11 or later, found as the engine looks for it. */
export const JAVA_MISSING =
    'the PMD engine needs Java 11 or later: JAVA_HOME, JRE_HOME, JDK_HOME or `java` on the PATH. Install one, ' +
    'e.g. `sudo apt-get install -y default-jre-headless` (Debian, Ubuntu), `brew install openjdk` (macOS) ' +
    'or `winget install EclipseAdoptium.Temurin.21.JRE` (Windows)';
const SCANNED = ['.ts', '.js', '.html', '.css', '.xml'];

/**
 * Runs the Recommended rules and the security review's over root's package directories: TypeScript
 * sources, their compiled .js, templates, styles and metadata; tests are left out. Throws
 * JAVA_MISSING (and the engine's reason) when PMD cannot start.
 * @param {{ onLog?: Function, javaCommand?: string }} options javaCommand: the java PMD runs, found
 * as Code Analyzer finds it (JAVA_HOME, JRE_HOME, JDK_HOME, then the PATH) when not given
 */
export async function scan(root, { onLog = () => {}, javaCommand } = {}) {
    // No React here: its rules would only add noise. retire-js reads the vulnerability data its
    // package ships, so nothing is downloaded; regex needs no configuration.
    const eslint = { eslint_config_file: ESLINT_CONFIG, disable_react_base_config: true };
    // CPD, the PMD plugin's copy-paste detector, is no security rule and would compare the build
    // output with itself.
    const engines = { eslint, pmd: { java_command: javaCommand ?? null }, cpd: { disable_engine: true } };
    // Ignoring tests also drops them from any folder an engine expands on its own.
    const config = { ignores: { files: ['**/__tests__/**'] }, engines };
    const analyzer = new CodeAnalyzer(CodeAnalyzerConfig.fromObject(config, root));
    const engineErrors = [];
    const listen = (event, source) => {
        // A file an engine cannot parse is only logged, never reported as a violation: count it.
        if (event.logLevel === LogLevel.Error) engineErrors.push(`${source}: ${event.message}`);
        onLog({ source, logLevel: event.logLevel, message: event.message });
    };
    analyzer.onEvent(EventType.LogEvent, (event) => listen(event, 'code-analyzer'));
    analyzer.onEvent(EventType.EngineLogEvent, (event) => listen(event, event.engineName));
    for (const engine of [eslintEngine, retireJsEngine, regexEngine, pmdEngine]) {
        await analyzer.addEnginePlugin(engine.createEnginePlugin());
    }
    // An engine that cannot start is only logged; without PMD the review would pass unread. The
    // error gives Code Analyzer's reason, less its advice to disable the engine.
    if (!analyzer.getEngineNames().includes('pmd')) {
        throw new Error([JAVA_MISSING, ...engineErrors.map((error) => error.split('\n\n')[0])].join('\n'));
    }
    const files = project.sourceFiles(root).filter((path) => SCANNED.includes(extname(path)));
    const workspace = await analyzer.createWorkspace(files);
    // One run of both selections; the security review's part is then read from its results.
    const selection = await analyzer.selectRules(['Recommended', ...SECURITY_REVIEW], { workspace });
    const review = await analyzer.selectRules(SECURITY_REVIEW, { workspace });
    const rulesPerEngine = (rules) =>
        Object.fromEntries(rules.getEngineNames().map((engine) => [engine, rules.getRulesFor(engine).length]));
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
        engineCounts: rulesPerEngine(review),
        selectorCounts,
        files: shipped,
        violations: violations.filter(
            (violation) =>
                reviewRules.has(ruleKey(violation.getRule())) &&
                shipped.includes(violation.getPrimaryLocation().getFile())
        )
    };
    const engineCounts = rulesPerEngine(selection);
    return { files, ruleCount: selection.getCount(), engineCounts, violations, engineErrors, results, securityReview };
}

if (project.isMain(import.meta.url)) {
    const root = project.projectRoot;
    const onLog = ({ logLevel, source, message }) =>
        logLevel <= LogLevel.Warn &&
        console.error(`scan: ${LogLevel[logLevel].toLowerCase()} from ${source}: ${message}`);
    const outcome = await scan(root, { onLog }).catch((error) => {
        console.error(`scan: failed: ${error.message}`);
        process.exit(1);
    });
    const { files, ruleCount, engineCounts, violations, engineErrors, results, securityReview } = outcome;
    mkdirSync(join(root, 'reports'), { recursive: true });
    writeFileSync(join(root, 'reports/code-analyzer.sarif'), results.toFormattedOutput(OutputFormat.SARIF));
    writeFileSync(join(root, 'reports/code-analyzer.html'), results.toFormattedOutput(OutputFormat.HTML));
    for (const violation of violations) {
        const [at, rule] = [violation.getPrimaryLocation(), violation.getRule()];
        const where = `${relative(root, at.getFile() ?? '')}:${at.getStartLine()}:${at.getStartColumn()}`;
        console.log(`  ${where} ${rule.getEngineName()}/${rule.getName()}: ${violation.getMessage()}`);
    }
    const list = (counts) =>
        Object.entries(counts)
            .map(([name, count]) => `${name} ${count}`)
            .join(', ');
    console.log(
        `scan: security review (${list(securityReview.selectorCounts)}): ${securityReview.ruleCount} rules ` +
            `(${list(securityReview.engineCounts)}) over the ${securityReview.files.length} files that ship: ` +
            `${securityReview.violations.length} violation(s)`
    );
    console.log(
        `scan: ${files.length} files (tests left out), ${ruleCount} rules (${list(engineCounts)}): ` +
            `${violations.length} violation(s), ` +
            `${engineErrors.length} engine error(s), ${process.uptime().toFixed(1)} s; reports in reports/`
    );
    if (violations.length || engineErrors.length) {
        console.error('scan: failed: fix every violation and engine error above (details in the reports)');
        process.exit(1);
    }
}
