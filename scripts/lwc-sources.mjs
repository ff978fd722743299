// Where the project's LWC sources and their build output live; shared by every script.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export const projectRoot = new URL('..', import.meta.url).pathname;
export const packageRoot = join(projectRoot, 'force-app');

/** Every file below `dir` (none if it does not exist). */
export function walk(dir) {
    if (!existsSync(dir)) {
        return [];
    }
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name);
        return entry.isDirectory() ? walk(path) : [path];
    });
}

const isInLwcFolder = (path) => /(^|\/)lwc\//.test(relative(projectRoot, path));
const isTest = (path) => path.includes('/__tests__/');

/** TypeScript component sources: everything the build compiles. */
export function typeScriptSources() {
    return walk(packageRoot).filter(
        (path) => isInLwcFolder(path) && !isTest(path) && path.endsWith('.ts') && !path.endsWith('.d.ts')
    );
}

/** JavaScript beside the sources: all of it is build output. */
export function compiledOutputs() {
    return walk(packageRoot).filter((path) => isInLwcFolder(path) && !isTest(path) && path.endsWith('.js'));
}

/** LWC bundle folders (those with a .js-meta.xml). */
export function bundleFolders() {
    return walk(packageRoot)
        .filter((path) => isInLwcFolder(path) && path.endsWith('.js-meta.xml'))
        .map((path) => path.slice(0, path.lastIndexOf('/')));
}
