// Bundles the local preview: the project's compiled components (the .js that `npm run build`
// writes beside each .ts), the real base components and the LWC engine, compiled by the LWC
// compiler. Platform-only modules resolve to the implementations in preview/platform, which are
// never deployed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import nodeResolve from '@rollup/plugin-node-resolve';
import { bundleFolders, projectRoot } from './lwc-sources.mjs';

const require = createRequire(import.meta.url);
const { readCustomLabels } = require('./custom-labels.cjs');

export const previewDir = join(projectRoot, 'preview');
export const previewDist = join(projectRoot, 'preview-dist');
const platformDir = join(previewDir, 'platform');

// The engine must match the LWC 9 compiler of @lwc/rollup-plugin. The project's top-level @lwc
// packages are older (Jest pins them), so take the ones the lwc package depends on.
function lwcDependency(name) {
    const lwcDir = dirname(fileURLToPath(import.meta.resolve('lwc')));
    const candidates = [join(lwcDir, 'node_modules', name), join(projectRoot, 'node_modules', name)];
    const dir = candidates.find((candidate) => existsSync(join(candidate, 'package.json')));
    const { module, version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    if (!version.startsWith('9.')) {
        throw new Error(`${name} ${version} does not match the LWC 9 compiler`);
    }
    return join(dir, module);
}

const engineModules = [
    { name: 'lwc', path: lwcDependency('@lwc/engine-dom') },
    { name: '@lwc/synthetic-shadow', path: lwcDependency('@lwc/synthetic-shadow') },
    { name: 'wire-service', path: lwcDependency('@lwc/wire-service') }
];

/** The quick-action bundles the preview can run, when the project has them. */
const QUICK_ACTIONS = { joinAction: 'glanceJoinAction', sessionAction: 'glanceSessionAction' };

const QUICK_ACTIONS_MODULE = 'preview:quick-actions';
const ICON_LIBRARY = /^lightning\/iconSvgTemplates(Action|Custom|Doctype|Standard|Utility)(Rtl)?$/;
const ICON_NAME = /\b(action|custom|doctype|standard|utility):([A-Za-z]\w*)/g;
const SCOPED_PREFIX = '@salesforce/';
const VIRTUAL = '\0preview-virtual:';

/** Each project bundle as `c/<name>`, pointing at its compiled JavaScript. */
function projectModules() {
    return bundleFolders()
        .map((folder) => ({ name: `c/${basename(folder)}`, path: join(folder, `${basename(folder)}.js`) }))
        .filter((module) => existsSync(module.path));
}

function platformModules() {
    return [
        { name: 'lightning/uiRecordApi', path: join(platformDir, 'lightning', 'uiRecordApi.js') },
        { name: 'lightning/actions', path: join(platformDir, 'lightning', 'actions.js') }
    ];
}

function walkFiles(dir, keep) {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
            return entry.name === 'node_modules' || entry.name.startsWith('iconSvgTemplates')
                ? []
                : walkFiles(path, keep);
        }
        return keep(path) ? [path] : [];
    });
}

/** Every `category:name` icon the base components, the project and the preview name in their sources. */
function namedIcons() {
    const lightningSrc = join(dirname(require.resolve('lightning-base-components/package.json')), 'src', 'lightning');
    const sources = [lightningSrc, join(projectRoot, 'force-app'), previewDir].flatMap((dir) =>
        walkFiles(dir, (path) => /\.(html|js|ts)$/.test(path))
    );
    const icons = new Set();
    for (const source of sources) {
        for (const [, category, name] of readFileSync(source, 'utf8').matchAll(ICON_NAME)) {
            icons.add(`${category}:${name}`);
        }
    }
    return icons;
}

/**
 * lightning-primitive-icon imports one template module per icon category, each inlining over a
 * thousand SVG templates; compiling them all quadruples the build time. The preview's libraries
 * hold the base components' own templates for the icons any source names, which covers what
 * the page shows.
 */
function iconLibrarySource(specifier, icons) {
    const [, category, rtl] = ICON_LIBRARY.exec(specifier);
    const folder = join(
        dirname(require.resolve('lightning-base-components/package.json')),
        'src',
        'lightning',
        `iconSvgTemplates${category}${rtl ?? ''}`,
        'buildTemplates',
        category.toLowerCase()
    );
    const entries = [...icons]
        .map((icon) => icon.split(':'))
        .filter(
            ([iconCategory, name]) =>
                iconCategory === category.toLowerCase() && existsSync(join(folder, `${name}.html`))
        );
    const imports = entries.map(
        ([, name], index) => `import icon${index} from ${JSON.stringify(join(folder, `${name}.html`))};`
    );
    const keys = entries.map(([iconCategory, name], index) => `${iconCategory}_${name}: icon${index}`);
    return `${imports.join('\n')}\nexport default { ${keys.join(', ')} };`;
}

function moduleSource(code) {
    return { code, moduleSideEffects: false };
}

/**
 * `@salesforce/*` scoped modules, generated as the platform resolves them at deploy time: labels
 * from the project's CustomLabels file (an unknown label fails the build, as a deploy would),
 * schema references as field IDs, the running user and permissions from the preview's data.
 */
function scopedModules(labels) {
    const dataModule = JSON.stringify(join(platformDir, 'ui-api-server.js'));
    const scenarioModule = JSON.stringify(join(platformDir, 'scenario.js'));
    const generators = {
        label(name) {
            const match = /^c\.(\w+)$/.exec(name);
            if (!match) {
                return null;
            }
            if (!labels.has(match[1])) {
                throw new Error(`@salesforce/label/${name}: no such custom label in CustomLabels.labels-meta.xml`);
            }
            return `export default ${JSON.stringify(labels.get(match[1]))};`;
        },
        schema(name) {
            const [objectApiName, ...path] = name.split('.');
            const field = path.length ? { objectApiName, fieldApiName: path.join('.') } : { objectApiName };
            return `export default ${JSON.stringify(field)};`;
        },
        user(name) {
            return name === 'Id' ? `export { RUNNING_USER_ID as default } from ${dataModule};` : null;
        },
        userPermission(name) {
            return `import { hasUserPermission } from ${scenarioModule};\nexport default hasUserPermission(${JSON.stringify(name)});`;
        }
    };
    let icons;
    return {
        name: 'preview-scoped-modules',
        resolveId(source) {
            if (source === QUICK_ACTIONS_MODULE || ICON_LIBRARY.test(source)) {
                return `${VIRTUAL}${source}`;
            }
            if (!source.startsWith(SCOPED_PREFIX)) {
                return null;
            }
            const [kind, name] = source.slice(SCOPED_PREFIX.length).split('/', 2);
            // Anything else under @salesforce/ (the base components' own labels, gates and i18n)
            // is left to the base components' module map.
            return generators[kind]?.(name) ? `${VIRTUAL}${source}` : null;
        },
        load(id) {
            if (!id.startsWith(VIRTUAL)) {
                return null;
            }
            const source = id.slice(VIRTUAL.length);
            if (source === QUICK_ACTIONS_MODULE) {
                return moduleSource(quickActionsSource());
            }
            if (ICON_LIBRARY.test(source)) {
                icons ??= namedIcons();
                return moduleSource(iconLibrarySource(source, icons));
            }
            const [kind, name] = source.slice(SCOPED_PREFIX.length).split('/', 2);
            return moduleSource(generators[kind](name));
        }
    };
}

/** Constructors of the quick-action components, or null for those not in the project yet. */
function quickActionsSource() {
    const available = new Set(projectModules().map((module) => module.name));
    return Object.entries(QUICK_ACTIONS)
        .map(([exportName, bundle]) =>
            available.has(`c/${bundle}`)
                ? `export { default as ${exportName} } from 'c/${bundle}';`
                : `export const ${exportName} = null;`
        )
        .join('\n');
}

/** Which quick actions the preview build includes. */
export function includedQuickActions() {
    const available = new Set(projectModules().map((module) => module.name));
    return Object.values(QUICK_ACTIONS).filter((bundle) => available.has(`c/${bundle}`));
}

/**
 * What the bundle is made from: sources, not the compiled .js that every `npm run build`
 * rewrites. Sizes and modification times are enough to notice an edit.
 */
function inputFingerprint(nodeEnv) {
    const isCompiledLwc = (path) => /\/lwc\/.*\.js$/.test(path) && !path.includes('/__tests__/');
    const files = [
        ...walkFiles(join(projectRoot, 'force-app'), (path) => !path.includes('/__tests__/') && !isCompiledLwc(path)),
        ...walkFiles(previewDir, () => true),
        fileURLToPath(import.meta.url),
        join(projectRoot, 'package-lock.json')
    ].sort();
    const hash = createHash('sha256').update(`${nodeEnv}\n`);
    for (const file of files) {
        const { size, mtimeMs } = statSync(file);
        hash.update(`${file}\0${size}\0${mtimeMs}\n`);
    }
    return hash.digest('hex');
}

/**
 * Bundles preview/main.js into preview-dist/, with the page and its stylesheet beside it. Skips
 * the bundling when nothing it is made from changed since the last one (unless `force`).
 * @param {{ nodeEnv?: string, outDir?: string, force?: boolean }} options
 * @returns {Promise<{ outDir: string, skipped: boolean, warnings: string[], quickActions: string[] }>}
 */
export async function buildPreview({ nodeEnv = 'development', outDir = previewDist, force = false } = {}) {
    const infoFile = join(outDir, 'build-info.json');
    const fingerprint = inputFingerprint(nodeEnv);
    const quickActions = includedQuickActions();
    if (!force && existsSync(join(outDir, 'main.js')) && existsSync(infoFile)) {
        const info = JSON.parse(readFileSync(infoFile, 'utf8'));
        if (info.fingerprint === fingerprint) {
            return { outDir, skipped: true, warnings: [], quickActions };
        }
    }
    const warnings = [];
    const bundle = await rollup({
        input: join(previewDir, 'main.js'),
        plugins: [
            replace({
                preventAssignment: true,
                values: {
                    'process.env.NODE_ENV': JSON.stringify(nodeEnv),
                    'import.meta.env.SSR': 'false'
                }
            }),
            scopedModules(readCustomLabels()),
            lwc({
                rootDir: previewDir,
                // The engine is compiled already; transforming it again only costs time.
                exclude: engineModules.map((module) => `${dirname(module.path)}/**`),
                modules: [
                    ...platformModules(),
                    ...projectModules(),
                    { dir: join(previewDir, 'modules') },
                    { npm: 'lightning-base-components' },
                    ...engineModules
                ],
                defaultModules: []
            }),
            nodeResolve()
        ],
        onwarn(warning) {
            // The base components' own compiler warnings are not this project's to fix.
            if (!/lightning-base-components/.test(warning.loc?.file ?? warning.id ?? '')) {
                warnings.push(warning.message);
            }
        }
    });
    try {
        await bundle.write({ file: join(outDir, 'main.js'), format: 'esm', inlineDynamicImports: true });
    } finally {
        await bundle.close();
    }
    mkdirSync(outDir, { recursive: true });
    for (const file of ['index.html', 'preview.css']) {
        writeFileSync(join(outDir, file), readFileSync(join(previewDir, file)));
    }
    writeFileSync(infoFile, `${JSON.stringify({ fingerprint, nodeEnv, quickActions }, null, 2)}\n`);
    return { outDir, skipped: false, warnings, quickActions };
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const started = Date.now();
    const { warnings, quickActions, skipped } = await buildPreview({
        nodeEnv: process.env.NODE_ENV || 'development',
        force: process.argv.includes('--force')
    });
    for (const warning of warnings) {
        console.warn(`preview-build: ${warning}`);
    }
    const what = skipped ? 'up to date' : `bundled in ${Date.now() - started} ms`;
    console.log(`preview-build: ${what}; quick actions: ${quickActions.join(', ') || 'none yet'}`);
}
