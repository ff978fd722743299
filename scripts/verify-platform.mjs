// npm run verify:platform: every bundle's build output must compile and lint cleanly with the
// platform compiler (no error, no warning). Prints each bundle's production size.
import { existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { bundleFolders } from './lwc-sources.mjs';
import { compileBundle } from './platform-compile.mjs';

let failed = 0;
for (const folder of bundleFolders()) {
    const name = basename(folder);
    if (existsSync(join(folder, `${name}.ts`)) && !existsSync(join(folder, `${name}.js`))) {
        console.error(`verify:platform: ${name} has no compiled ${name}.js: run npm run build`);
        failed += 1;
        continue;
    }
    const result = await compileBundle(folder);
    const status = result.problems.length ? 'FAIL' : 'ok';
    console.log(`${status} ${name} ${result.rawBytes} bytes minified, ${result.gzipBytes} bytes gzipped`);
    for (const problem of result.problems) {
        console.error(`  ${problem}`);
    }
    failed += result.problems.length ? 1 : 0;
}
if (failed) {
    console.error(`verify:platform: ${failed} bundle(s) failed the platform compiler or linter`);
    process.exit(1);
}
