// Bundles the local preview: the project's compiled components (the .js that `npm run build`
// writes beside each .ts), the real base components and the LWC engine, compiled by the LWC
// compiler. Platform-only modules resolve to the implementations in preview/platform, which are
// never deployed.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
const requireFromLwc = createRequire(import.meta.resolve('lwc'));
function engineModule(name, specifier = name) {
    const manifest = requireFromLwc.resolve(`${name}/package.json`);
    const { module, version } = requireFromLwc(manifest);
    if (!version.startsWith('9.')) {
        throw new Error(`${name} ${version} does not match the LWC 9 compiler`);
    }
    return { name: specifier, path: join(dirname(manifest), module) };
}

const LAUNCHER_TARGETS = ['lightning__RecordPage', 'lightning__UtilityBar', 'lightning__FlowScreen'];
const CONVERSATION_META = join(
    projectRoot,
    'force-app-channels/main/default/lwc/glanceConversation/glanceConversation.js-meta.xml'
);
const exportDefault = (value) => `export default ${JSON.stringify(value)};`;
const fromPlatform = (file) => JSON.stringify(join(platformDir, file));

/**
 * Modules the platform provides, generated as a deploy resolves them: labels from CustomLabels and
 * its translations (an unknown label fails the build, as a deploy would), schema references as
 * field IDs, message channels as tokens, the user and permissions from the preview's data; for the
 * panel, the launcher's and the conversation card's design properties, Glance Settings' fields and
 * the languages. The base components' icon libraries are
 * left empty (icons come from the SLDS sprites): compiling them would quadruple the build time.
 */
function platformModules(labels, translations) {
    const generators = {
        'preview:launcher-properties': () =>
            exportDefault(
                Object.fromEntries(LAUNCHER_TARGETS.map((target) => [target, project.designProperties(target)]))
            ),
        'preview:conversation-properties': () =>
            exportDefault(project.designProperties('lightning__RecordPage', CONVERSATION_META)),
        'preview:glance-settings-fields': () => exportDefault(project.customFields('Glance_Settings__c')),
        'preview:languages': () => exportDefault([...translations.keys()]),
        'lightning/iconSvgTemplates': () => exportDefault({}),
        // The label in the page's language (`?lang=ja`) from the translation files, else English.
        '@salesforce/label/c.': (name) => {
            if (!labels.has(name)) {
                throw new Error(`@salesforce/label/c.${name}: no such custom label in CustomLabels.labels-meta.xml`);
            }
            const translated = [...translations].map(([language, entries]) => [
                language,
                entries.find((entry) => entry.name === name)?.label
            ]);
            return (
                `import { scenario } from ${fromPlatform('scenario.js')};\n` +
                `export default ${JSON.stringify(Object.fromEntries(translated))}[scenario.language] ?? ${JSON.stringify(labels.get(name))};`
            );
        },
        // A channel is an opaque token: publisher and subscribers share it by importing the same module.
        '@salesforce/messageChannel/': (name) => `export default Object.freeze({ channel: ${JSON.stringify(name)} });`,
        '@salesforce/schema/': (name) => {
            const [objectApiName, ...path] = name.split('.');
            return exportDefault(path.length ? { objectApiName, fieldApiName: path.join('.') } : { objectApiName });
        },
        // The user's Salesforce time zone; the preview's user is in the browser's.
        '@salesforce/i18n/timeZone': () => 'export default Intl.DateTimeFormat().resolvedOptions().timeZone;',
        '@salesforce/user/Id': () => `export { RUNNING_USER_ID as default } from ${fromPlatform('ui-api-server.js')};`,
        '@salesforce/userPermission/': (name) =>
            `import { hasUserPermission } from ${fromPlatform('scenario.js')};\n` +
            `export default hasUserPermission(${JSON.stringify(name)});`,
        '@salesforce/customPermission/': (name) =>
            `import { hasCustomPermission } from ${fromPlatform('scenario.js')};\n` +
            `export default hasCustomPermission(${JSON.stringify(name)});`
    };
    // Anything else under @salesforce/ (the base components' own labels and gates) is theirs.
    const generatorFor = (source) => Object.keys(generators).find((prefix) => source.startsWith(prefix));
    return {
        name: 'preview-platform-modules',
        resolveId: (source) => (generatorFor(source) ? `${VIRTUAL}${source}` : null),
        load(id) {
            if (!id.startsWith(VIRTUAL)) return null;
            const source = id.slice(VIRTUAL.length);
            const prefix = generatorFor(source);
            return { code: generators[prefix](source.slice(prefix.length)), moduleSideEffects: false };
        }
    };
}

/** What the bundle is made from; sizes and modification times are enough to notice an edit. */
function inputFingerprint(nodeEnv) {
    const files = [
        // Every package directory: the channels' conversation card is on the preview's pages too.
        ...project.sourceFiles().filter((path) => !project.isBuildOutput(path)),
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
    const upToDate = existsSync(fingerprintFile) && readFileSync(fingerprintFile, 'utf8') === fingerprint;
    if (upToDate) return { skipped: true, warnings: [] };
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
                    // preview/platform/lightning/<name>.js stands in for lightning/<name>.
                    ...readdirSync(join(platformDir, 'lightning')).map((file) => ({
                        name: `lightning/${basename(file, '.js')}`,
                        path: join(platformDir, 'lightning', file)
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
    ['index.html', 'preview.css'].forEach((file) => cpSync(join(previewDir, file), join(outDir, file)));
    writeFileSync(fingerprintFile, fingerprint);
    return { skipped: false, warnings };
}

if (project.isMain(import.meta.url)) {
    console.log(`preview: ${(await buildPreview()).skipped ? 'bundle up to date' : 'bundled'}`);
}
