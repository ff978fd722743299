// npm run verify:platform: every bundle's build output must compile and lint cleanly with the
// platform compiler (no error, no warning). Prints each bundle's production size.
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { compileBundle } from './platform-compile.mjs';
import project from './project.cjs';

let failed = 0;
for (const folder of project.lwcBundles()) {
    const name = basename(folder);
    const result = existsSync(join(folder, `${name}.js`))
        ? await compileBundle(folder)
        : { problems: [`${name} has no compiled ${name}.js: run npm run build`] };
    console.log(
        `${result.problems.length ? 'FAIL' : 'ok'} ${name} ${result.rawBytes} bytes minified, ${result.gzipBytes} gzipped`
    );
    result.problems.forEach((problem) => console.error(`  ${problem}`));
    failed += result.problems.length ? 1 : 0;
}
if (failed) {
    console.error(`verify:platform: ${failed} bundle(s) failed the platform compiler or linter`);
    process.exit(1);
}
