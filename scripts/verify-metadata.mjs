// npm run verify:metadata: checks the project's metadata offline (see metadata-checks.mjs). Run
// after npm run build, so the conversion sees the compiled JavaScript a deploy would ship.
import { CHECKS } from './metadata-checks.mjs';
import project from './project.cjs';

let failed = 0;
for (const check of CHECKS) {
    const started = Date.now();
    const problems = await check.run(project.projectRoot);
    console.log(`${problems.length ? 'FAIL' : 'ok'} ${check.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    problems.forEach((problem) => console.error(`  ${problem}`));
    failed += problems.length ? 1 : 0;
}
if (failed) {
    console.error(`verify:metadata: ${failed} of ${CHECKS.length} check(s) failed`);
    process.exit(1);
}
