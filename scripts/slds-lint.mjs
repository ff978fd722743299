// Part of npm run lint: Salesforce's SLDS linter (SLDS 2 readiness of the components' .html and
// .css). Its own command exits 1 only on errors, and most of what it reports (a hard-coded value
// where a styling hook exists) are warnings, so this gate fails on either. Usage:
// node scripts/slds-lint.mjs [folder], the folder inside the current directory (the linter's rule).
import { relative, resolve } from 'node:path';
import { lint } from '@salesforce-ux/slds-linter/executor';
import project from './project.cjs';

const LWC_DIR = 'force-app/main/default/lwc';

/** A linter message as one line: style rules wrap theirs in JSON with suggestions and append the rule's name. */
function messageText(message, rule) {
    const text = message.trim().endsWith(rule) ? message.trim().slice(0, -rule.length) : message;
    let parsed;
    try {
        parsed = JSON.parse(text);
    } catch {
        parsed = null;
    }
    return (typeof parsed?.message === 'string' ? parsed.message : text).replace(/\s+/g, ' ').trim();
}

/**
 * Every error and warning in the linter's results, one line each: `file:line:column  level
 * message  (rule)`, the file relative to `root`.
 * @param {import('@salesforce-ux/slds-linter/executor').LintResult[]} results
 */
function sldsProblems(results, root) {
    return results.flatMap(({ filePath, errors, warnings }) =>
        [...errors.map((entry) => ['error', entry]), ...warnings.map((entry) => ['warning', entry])].map(
            ([level, { line, column, message, ruleId }]) => {
                const rule = `(${ruleId.replace('@salesforce-ux/', '')})`;
                const text = messageText(message, rule);
                return `${relative(root, filePath)}:${line}:${column}  ${level}  ${text.endsWith(rule) ? text : `${text}  ${rule}`}`;
            }
        )
    );
}

if (project.isMain(import.meta.url)) {
    const [directory = LWC_DIR] = process.argv.slice(2);
    // One result per file linted, with or without problems. The linter throws on a folder outside
    // the current directory.
    const results = await lint({ directory: resolve(directory) }).catch((error) => {
        console.error(`slds-lint: ${error.message}`);
        process.exit(1);
    });
    const problems = sldsProblems(results, process.cwd());
    problems.forEach((problem) => console.error(problem));
    if (!results.length) {
        console.error(`slds-lint: no .html or .css file in ${directory}`);
        process.exit(1);
    }
    if (problems.length) {
        console.error(`slds-lint: ${problems.length} problem(s) in ${directory}; warnings fail this gate too`);
        process.exit(1);
    }
    console.log(`slds-lint: ${results.length} files in ${directory}, no SLDS linter error or warning`);
}
