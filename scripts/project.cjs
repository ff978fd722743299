// The project's layout and metadata, read one way by every script, the Jest set-up, the preview
// and the end-to-end tests. CommonJS, so the Jest set-up can require it.
const { existsSync, readdirSync, readFileSync } = require('node:fs');
const { basename, join, relative } = require('node:path');
const { pathToFileURL } = require('node:url');
const { XMLParser } = require('fast-xml-parser');

const projectRoot = join(__dirname, '..');
const isTest = (path) => /(^|\/)__tests__(\/|$)/.test(path);
/** Compiled JavaScript beside its TypeScript source: npm run build writes it, and nothing else should. */
const isBuildOutput = (path) => path.endsWith('.js') && existsSync(path.replace(/\.js$/, '.ts'));
/** Where the label translations live, a package directory of their own (docs/translations.md). */
const TRANSLATIONS_DIR = 'force-app-translations/main/default/translations';
const LAUNCHER_META = 'force-app/main/default/lwc/glanceStuLauncher/glanceStuLauncher.js-meta.xml';

/** True in the script node was started with (`node scripts/x.mjs`), false where it is imported; on every system. */
const isMain = (importMetaUrl) => Boolean(process.argv[1]) && importMetaUrl === pathToFileURL(process.argv[1]).href;

/** Every file below `dir`, sorted. */
function walk(dir) {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name))
        .sort();
}

/** Every non-test file under the package directories of sfdx-project.json. */
function sourceFiles(root = projectRoot) {
    const { packageDirectories = [] } = JSON.parse(readFileSync(join(root, 'sfdx-project.json'), 'utf8'));
    return packageDirectories
        .flatMap(({ path }) => walk(join(root, path)))
        .filter((path) => !isTest(relative(root, path)));
}

/** LWC bundle folders: the folders directly inside an `lwc` folder (files directly in lwc/ are not bundles). */
function lwcBundles(root = projectRoot) {
    const bundles = sourceFiles(root).map((path) => path.match(/^(.*\/lwc\/[^/]+)\/./)?.[1]);
    return [...new Set(bundles.filter(Boolean))].sort();
}

// Every element is a list, so one-or-many needs no special case; attributes are plain keys.
const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    ignoreDeclaration: true,
    htmlEntities: true,
    parseTagValue: false,
    isArray: (name, path, isLeaf, isAttribute) => !isAttribute
});

/** A metadata file's root element, e.g. the LightningComponentBundle of a .js-meta.xml. */
const readXml = (file) => Object.values(parser.parse(readFileSync(file, 'utf8')))[0]?.[0] ?? {};

/** The elements at a path of tag names below `node`: all(bundle, 'targets', 'target'). */
function all(node, ...tags) {
    return tags.reduce((nodes, tag) => nodes.flatMap((each) => each?.[tag] ?? []), [node]);
}

/** The target names of a targetConfig's comma-separated targets attribute. */
const targetsOf = (config) => config?.targets?.match(/[^,\s]+/g) ?? [];

/** @returns {Map<string, string>} custom label API name to value */
function readCustomLabels(file = join(projectRoot, 'force-app/main/default/labels/CustomLabels.labels-meta.xml')) {
    const labels = all(readXml(file), 'labels').map((label) => [label.fullName?.[0], label.value?.[0]]);
    return new Map(labels.filter(([name, value]) => name && value !== undefined));
}

/** @returns {Map<string, {name: string, label: string}[]>} each translation file's language (`pt_BR`) to its entries */
function readTranslations(root = projectRoot) {
    const files = walk(join(root, TRANSLATIONS_DIR)).filter((file) => file.endsWith('.translation-meta.xml'));
    const entry = ({ name, label }) => ({ name: name?.[0] ?? '', label: label?.[0] ?? '' });
    const entries = (file) => all(readXml(file), 'customLabels').map(entry);
    return new Map(files.map((file) => [basename(file, '.translation-meta.xml'), entries(file)]));
}

/** The design properties of a bundle's targetConfig for `target`, as js-meta.xml declares them. */
function designProperties(target = 'lightning__RecordPage', file = join(projectRoot, LAUNCHER_META)) {
    const config = all(readXml(file), 'targetConfigs', 'targetConfig').find((each) => targetsOf(each).includes(target));
    return all(config, 'property');
}

/** A custom object's (or custom setting's) fields: API name, label, type and help text. */
function customFields(object, root = projectRoot) {
    return walk(join(root, 'force-app/main/default/objects', object, 'fields')).map((file) => {
        const field = readXml(file);
        const [name, label, type, help] = ['fullName', 'label', 'type', 'inlineHelpText'].map((tag) => field[tag]?.[0]);
        return { name, label, type, description: help ?? '' };
    });
}

module.exports = {
    projectRoot,
    isMain,
    isTest,
    isBuildOutput,
    walk,
    sourceFiles,
    lwcBundles,
    readXml,
    all,
    targetsOf,
    readCustomLabels,
    readTranslations,
    TRANSLATIONS_DIR,
    designProperties,
    customFields
};
