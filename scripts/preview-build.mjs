// Bundles the local preview: the project's compiled components (the .js that `npm run build`
// writes beside each .ts), the real base components and the LWC engine, compiled by the LWC
// compiler. Platform-only modules resolve to the implementations in preview/platform, which are
// never deployed.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import nodeResolve from '@rollup/plugin-node-resolve';
import project from './project.cjs';

const { projectRoot, walk } = project;
export const previewDir = join(projectRoot, 'preview');
export const previewDist = join(projectRoot, 'preview-dist');
const platformDir = join(previewDir, 'platform');
const VIRTUAL = '\0preview:';

// The engine must match the LWC 9 compiler of @lwc/rollup-plugin. The project's top-level @lwc
// packages are older (Jest pins them), so take the ones the lwc package depends on.
function engineModule(name, specifier = name) {
    const lwcDir = dirname(fileURLToPath(import.meta.resolve('lwc')));
    const dir = [join(lwcDir, 'node_modules', name), join(projectRoot, 'node_modules', name)].find((candidate) =>
        existsSync(join(candidate, 'package.json'))
    );
    const { module, version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    if (!version.startsWith('9.')) {
        throw new Error(`${name} ${version} does not match the LWC 9 compiler`);
    }
    return { name: specifier, path: join(dir, module) };
}

const LAUNCHER_TARGETS = ['lightning__RecordPage', 'lightning__UtilityBar', 'lightning__FlowScreen'];

/**
 * Modules the platform provides, generated as it resolves them at deploy time: labels from the
 * project's CustomLabels file and its translations (an unknown label fails the build, as a deploy would), schema
 * references as field IDs, the running user and permissions from the preview's data. The
 * launcher's design properties come from its js-meta.xml, and Glance Settings' fields from their
 * metadata, for the panel. The base
 * components' icon libraries are left empty, so icons come from the SLDS sprites: compiling
 * their thousands of templates would quadruple the build time.
 */
function platformModules(labels, translations) {
    const generators = {
        'preview:launcher-properties': () => {
            const byTarget = LAUNCHER_TARGETS.map((target) => [target, project.designProperties(target)]);
            return `export default ${JSON.stringify(Object.fromEntries(byTarget))};`;
        },
        'preview:glance-settings-fields': () =>
            `export default ${JSON.stringify(project.customFields('Glance_Settings__c'))};`,
        'lightning/iconSvgTemplates': () => 'export default {};',
        // The label in the page's language (`?lang=ja`) from the translation files, else English.
        '@salesforce/label/c.': (name) => {
            if (!labels.has(name)) {
                throw new Error(`@salesforce/label/c.${name}: no such custom label in CustomLabels.labels-meta.xml`);
            }
            const translated = [...translations].flatMap(([language, entries]) =>
                entries.filter((entry) => entry.name === name).map((entry) => [language, entry.label])
            );
            return (
                `import { scenario } from ${JSON.stringify(join(platformDir, 'scenario.js'))};\n` +
                `export default ${JSON.stringify(Object.fromEntries(translated))}[scenario.language] ?? ${JSON.stringify(labels.get(name))};`
            );
        },
        'preview:languages': () => `export default ${JSON.stringify([...translations.keys()])};`,
        '@salesforce/schema/': (name) => {
            const [objectApiName, ...path] = name.split('.');
            const field = path.length ? { objectApiName, fieldApiName: path.join('.') } : { objectApiName };
            return `export default ${JSON.stringify(field)};`;
        },
        // The user's Salesforce time zone; the preview's user is in the browser's.
        '@salesforce/i18n/timeZone': () => 'export default Intl.DateTimeFormat().resolvedOptions().timeZone;',
        '@salesforce/user/Id': () =>
            `export { RUNNING_USER_ID as default } from ${JSON.stringify(join(platformDir, 'ui-api-server.js'))};`,
        '@salesforce/userPermission/': (name) =>
            `import { hasUserPermission } from ${JSON.stringify(join(platformDir, 'scenario.js'))};\n` +
            `export default hasUserPermission(${JSON.stringify(name)});`
    };
    // Anything else under @salesforce/ (the base components' own labels and gates) is theirs.
    const generatorFor = (source) => Object.keys(generators).find((prefix) => source.startsWith(prefix));
    return {
        name: 'preview-platform-modules',
        resolveId: (source) => (generatorFor(source) ? `${VIRTUAL}${source}` : null),
        load(id) {
            if (!id.startsWith(VIRTUAL)) {
                return null;
            }
            const source = id.slice(VIRTUAL.length);
            const prefix = generatorFor(source);
            return { code: generators[prefix](source.slice(prefix.length)), moduleSideEffects: false };
        }
    };
}

/** What the bundle is made from; sizes and modification times are enough to notice an edit. */
function inputFingerprint(nodeEnv) {
    const isBuildOutput = (path) => /\/lwc\/.*\.js$/.test(path) && !path.includes('/__tests__/');
    const files = [
        ...walk(join(projectRoot, 'force-app')).filter((path) => !isBuildOutput(path)),
        ...walk(join(projectRoot, 'force-app-translations')),
        ...walk(previewDir),
        fileURLToPath(import.meta.url),
        join(projectRoot, 'package-lock.json')
    ];
    const hash = createHash('sha256').update(nodeEnv);
    files.forEach((file) => hash.update(`${file}\0${statSync(file).size}\0${statSync(file).mtimeMs}\n`));
    return hash.digest('hex');
}

/**
 * Bundles preview/main.js into outDir with the page and its stylesheet, unless nothing it is
 * made from changed since the last time.
 * @returns {Promise<{ skipped: boolean, warnings: string[] }>}
 */
export async function buildPreview({ nodeEnv = 'development', outDir = previewDist } = {}) {
    const fingerprintFile = join(outDir, 'fingerprint.txt');
    const fingerprint = inputFingerprint(nodeEnv);
    if (existsSync(fingerprintFile) && readFileSync(fingerprintFile, 'utf8') === fingerprint) {
        return { skipped: true, warnings: [] };
    }
    const warnings = [];
    const engine = [
        engineModule('@lwc/engine-dom', 'lwc'),
        engineModule('@lwc/synthetic-shadow'),
        engineModule('@lwc/wire-service', 'wire-service')
    ];
    const bundles = project
        .lwcBundles()
        .map((folder) => ({ name: `c/${basename(folder)}`, path: join(folder, `${basename(folder)}.js`) }));
    const bundle = await rollup({
        input: join(previewDir, 'main.js'),
        plugins: [
            replace({
                preventAssignment: true,
                values: { 'process.env.NODE_ENV': JSON.stringify(nodeEnv), 'import.meta.env.SSR': 'false' }
            }),
            platformModules(project.readCustomLabels(), project.readTranslations()),
            lwc({
                rootDir: previewDir,
                // The engine is compiled already; transforming it again only costs time.
                exclude: engine.map((module) => `${dirname(module.path)}/**`),
                modules: [
                    { name: 'lightning/uiRecordApi', path: join(platformDir, 'lightning/uiRecordApi.js') },
                    { name: 'lightning/actions', path: join(platformDir, 'lightning/actions.js') },
                    ...['navigation', 'platformShowToastEvent', 'platformUtilityBarApi'].map((name) => ({
                        name: `lightning/${name}`,
                        path: join(platformDir, `lightning/${name}.js`)
                    })),
                    ...bundles,
                    { dir: join(previewDir, 'modules') },
                    { npm: 'lightning-base-components' },
                    ...engine
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
    for (const file of ['index.html', 'preview.css']) {
        cpSync(join(previewDir, file), join(outDir, file));
    }
    writeFileSync(fingerprintFile, fingerprint);
    return { skipped: false, warnings };
}

if (import.meta.url === `file://${process.argv[1]}`) {
    console.log(`preview: ${(await buildPreview()).skipped ? 'bundle up to date' : 'bundled'}`);
}
