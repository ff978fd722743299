// npm run verify:metadata: checks the project's metadata offline (see metadata-checks.mjs). Run
// after npm run build, so the conversion sees the compiled JavaScript a deploy would ship.
import { CHECKS } from './metadata-checks.mjs';

const root = new URL('..', import.meta.url).pathname;
let failed = 0;
for (const check of CHECKS) {
    const started = Date.now();
    const problems = await check.run(root);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`${problems.length ? 'FAIL' : 'ok'} ${check.name} (${seconds} s)`);
    for (const problem of problems) {
        console.error(`  ${problem}`);
    }
    failed += problems.length ? 1 : 0;
}
if (failed) {
    console.error(`verify:metadata: ${failed} of ${CHECKS.length} check(s) failed`);
    process.exit(1);
}
