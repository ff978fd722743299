// npm run verify:metadata: offline checks of the project's metadata that a deploy would find late,
// or no deploy finds at all. Each check takes a project root and returns its problems as strings
// that start with the file to fix. Run after npm run build: the conversion must see the compiled .js.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { ComponentSet, MetadataConverter, RegistryAccess } from '@salesforce/source-deploy-retrieve';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import ts from 'typescript';
import { checkFormulas } from './formula-check.mjs';
import { checkMetadataSchema } from './metadata-schema.mjs';
import project from './project.cjs';

export { checkFormulas, checkMetadataSchema };

const { all, lwcBundles, readCustomLabels, readXml, sourceFiles, targetsOf } = project;
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const PROJECT_SCHEMA = new URL(import.meta.resolve('@salesforce/schemas/sfdx-project.schema.json'));

/** Lightning page and app targets the platform accepts for an LWC bundle. */
const KNOWN_TARGETS = `analytics__Dashboard lightning__AppPage lightning__Dashboard lightning__FlowAction
    lightning__FlowScreen lightning__GlobalAction lightning__HomePage lightning__Inbox lightning__RecordAction
    lightning__RecordPage lightning__Tab lightning__UrlAddressable lightning__UtilityBar lightning__VoiceExtension
    lightning__EnablementProgram lightningCommunity__Default lightningCommunity__Page lightningCommunity__Page_Layout
    lightningCommunity__Theme_Layout lightningStatic__Email`.split(/\s+/);
// Embedded Service targets keep growing (ChatHeader, ChatMessage, PreChat, ...).
const isKnownTarget = (target) => KNOWN_TARGETS.includes(target) || /^lightningSnapin__\w+$/.test(target);
/** Design property types; Flow screens also take sObject, Apex and generic types. */
const PROPERTY_TYPES = ['String', 'Integer', 'Boolean', 'Color', 'Date', 'DateTime'];
const PROPERTY_TYPES_HINT = `use ${PROPERTY_TYPES.join(', ')}, or in flows a schema, apex or generic type`;
const isPropertyType = (type) =>
    PROPERTY_TYPES.includes(type) || /^(@salesforce\/schema\/\w+|apex:\/\/[\w.]+|\{[A-Za-z]\w*(\[\])?\})$/.test(type);
/** Only these targets may limit a targetConfig to some objects with <objects>. */
const RECORD_ACTION = 'lightning__RecordAction';
const OBJECT_TARGETS = ['lightning__RecordPage', RECORD_ACTION];
const FLOW_SCREEN = 'lightning__FlowScreen';
// A quick action on another standard object fails the whole deploy in orgs without it
// (MessagingSession needs Messaging, VoiceCall needs Service Cloud Voice): the package must not
// hold one; a package directory deployed on its own, where the feature is on, may.
const OBJECTS_IN_EVERY_ORG = 'Account Asset Campaign Case Contact Contract Event Lead Opportunity Task User'.split(' ');
const LABEL_REFERENCE = /(?:@salesforce\/label\/c\.|\$Label\.(?:c\.)?)([A-Za-z]\w*)/g;
// The languages Salesforce fully supports besides English (Metadata API Translations type).
const LANGUAGES = 'zh_CN zh_TW da nl_NL fi fr de it ja ko no pt_BR ru es es_MX sv th'.split(' ');
// Labels whose translation may equal the English because the text is a Glance name: "Glance", the
// product, and "Login Key", the name of Glance's page.
const SAME_AS_ENGLISH = ['GlanceStu_CardTitle', 'GlanceStu_LoginKeyLink'];
const placeholders = (value) => (value.match(/\{\d+\}/g) ?? []).sort().join(' ');
const withoutComments = (text) => text.replace(/<!--[\s\S]*?-->/g, '');
const metaFile = (bundle) => join(bundle, `${basename(bundle)}.js-meta.xml`);
/** Every custom label, name to English value, from every CustomLabels file. */
const definedLabels = (root) =>
    new Map(
        sourceFiles(root).flatMap((file) => (file.endsWith('.labels-meta.xml') ? [...readCustomLabels(file)] : []))
    );
/** The problems that apply (the others are false), each starting with the file to fix. */
const inFile = (root, file, problems) =>
    problems.filter(Boolean).map((problem) => `${relative(root, file)}: ${problem}`);

// Where Salesforce documents each length limit below, named once. A limit no Salesforce page states
// is marked UNDOCUMENTED with what it rests on instead.
const CUSTOM_LABELS_PAGE = 'Metadata API Developer Guide, "CustomLabels"';
const NAME_LENGTH_ARTICLE = 'Salesforce Help, Knowledge Article 000381913 (field names and labels: 40 characters)';
const FORMULA_PAGE = 'Apex Developer Guide, "Formula Evaluation in Apex" (the formula field character limit)';
const PERMISSION_SET_FIELDS = 'Salesforce Field Reference Guide, "PermissionSet"';
const PERMISSION_SET_PAGE = 'Metadata API Developer Guide, "PermissionSet"';
const CUSTOM_PERMISSION_PAGE = 'Metadata API Developer Guide, "CustomPermission"';
const CUSTOM_PERMISSION_OBJECT = 'Object Reference, "CustomPermission" (DeveloperName)';
const UNDOCUMENTED = 'UNDOCUMENTED: no Salesforce page found; the size Setup enforces';
const MASTER_LABEL_ERROR =
    'UNDOCUMENTED: no Salesforce page found; deploys fail "Value too long for field: MasterLabel maximum length is:80"';
/** A label's value and each of its translations share one limit. */
const LABEL_VALUE_LIMIT = { max: 1000, source: CUSTOM_LABELS_PAGE };
/** Stands for the component's API name, read from its file name (custom names without __c). */
const API_NAME = 'API name';

/**
 * Length limits a deploy enforces and the source conversion never checks, for every file of a
 * kind in every package directory: `entries` names a repeated element whose children are checked,
 * else the file's root element's are. Quick actions, picklist values and js-meta.xml texts are
 * left out: no Salesforce page states a limit for them.
 */
const LENGTH_LIMITS = [
    { suffix: '.labels-meta.xml', entries: 'labels', element: 'fullName', max: 80, source: UNDOCUMENTED },
    {
        suffix: '.labels-meta.xml',
        entries: 'labels',
        element: 'shortDescription',
        max: 80,
        source: MASTER_LABEL_ERROR
    },
    { suffix: '.labels-meta.xml', entries: 'labels', element: 'value', ...LABEL_VALUE_LIMIT },
    { suffix: '.labels-meta.xml', entries: 'labels', element: 'categories', max: 255, source: CUSTOM_LABELS_PAGE },
    { suffix: '.translation-meta.xml', entries: 'customLabels', element: 'label', ...LABEL_VALUE_LIMIT },
    { suffix: '.field-meta.xml', element: API_NAME, max: 40, source: NAME_LENGTH_ARTICLE },
    { suffix: '.field-meta.xml', element: 'label', max: 40, source: NAME_LENGTH_ARTICLE },
    { suffix: '.field-meta.xml', element: 'description', max: 1000, source: UNDOCUMENTED },
    { suffix: '.field-meta.xml', element: 'inlineHelpText', max: 510, source: UNDOCUMENTED },
    { suffix: '.field-meta.xml', element: 'formula', max: 3900, source: FORMULA_PAGE },
    // Custom objects and custom settings alike.
    { suffix: '.object-meta.xml', element: API_NAME, max: 40, source: NAME_LENGTH_ARTICLE },
    { suffix: '.object-meta.xml', element: 'label', max: 40, source: UNDOCUMENTED },
    { suffix: '.object-meta.xml', element: 'pluralLabel', max: 40, source: UNDOCUMENTED },
    { suffix: '.permissionset-meta.xml', element: API_NAME, max: 80, source: PERMISSION_SET_FIELDS },
    { suffix: '.permissionset-meta.xml', element: 'label', max: 80, source: PERMISSION_SET_FIELDS },
    { suffix: '.permissionset-meta.xml', element: 'description', max: 255, source: PERMISSION_SET_PAGE },
    { suffix: '.customPermission-meta.xml', element: API_NAME, max: 80, source: CUSTOM_PERMISSION_OBJECT },
    { suffix: '.customPermission-meta.xml', element: 'label', max: 80, source: CUSTOM_PERMISSION_PAGE },
    { suffix: '.customPermission-meta.xml', element: 'description', max: 255, source: CUSTOM_PERMISSION_PAGE },
    { suffix: '.customPermission-meta.xml', element: 'connectedApp', max: 80, source: CUSTOM_PERMISSION_PAGE }
];

/** A component's API name from its file name; a custom field or object's without __c, a standard one's not at all. */
function apiNameOf(file, suffix) {
    const name = basename(file, suffix);
    if (suffix === '.field-meta.xml' || suffix === '.object-meta.xml') {
        return name.endsWith('__c') ? name.slice(0, -'__c'.length) : undefined;
    }
    return name;
}

/** An element's text, also when the element carries attributes. */
const textOf = (element) => (typeof element === 'object' ? element?.['#text'] : element);

/** Every length limit of LENGTH_LIMITS, on every file of its kind. */
export function checkLengthLimits(root) {
    return sourceFiles(root).flatMap((file) => {
        const limits = LENGTH_LIMITS.filter(({ suffix }) => file.endsWith(suffix));
        if (limits.length === 0) return [];
        const xml = readXml(file);
        const problems = limits.flatMap(({ suffix, entries, element, max, source }) =>
            (entries ? all(xml, entries) : [xml]).map((entry) => {
                const text = element === API_NAME ? apiNameOf(file, suffix) : textOf(entry[element]?.[0]);
                if (text === undefined || text.length <= max) return null;
                const owner = entries ? `${textOf(entry.fullName?.[0] ?? entry.name?.[0])}: ` : '';
                const what = element === API_NAME ? `${API_NAME} ${text}` : `<${element}>`;
                return `${owner}${what} is ${text.length} characters, over the limit of ${max} (${source})`;
            })
        );
        return inFile(root, file, problems);
    });
}

/**
 * Converts every package directory to Metadata API format, as `sf project convert source` and a
 * deploy do, with the CLI's own library (in process: spawning the CLI costs seconds of start-up).
 * The output must hold compiled JavaScript and no TypeScript.
 */
export async function checkSourceConvert(root) {
    const outputDir = mkdtempSync(join(tmpdir(), 'verify-metadata-'));
    try {
        const registry = new RegistryAccess(undefined, root);
        const { packageDirectories } = readJson(join(root, 'sfdx-project.json'));
        try {
            const fsPaths = packageDirectories.map(({ path }) => join(root, path));
            const components = ComponentSet.fromSource({ fsPaths, registry });
            const output = { type: 'directory', outputDirectory: join(outputDir, 'mdapi'), genUniqueDir: false };
            await new MetadataConverter(registry).convert(components, 'metadata', output);
        } catch (error) {
            return [`Metadata API conversion failed: ${error.message}`];
        }
        return lwcBundles(root).flatMap((bundle) => {
            const name = basename(bundle);
            const converted = join(outputDir, 'mdapi/lwc', name);
            const files = existsSync(converted) ? readdirSync(converted, { recursive: true }) : [];
            return inFile(root, bundle, [
                files.some((file) => file.endsWith('.ts')) &&
                    'TypeScript reached the converted output; check .forceignore',
                existsSync(join(bundle, `${name}.ts`)) &&
                    !files.includes(`${name}.js`) &&
                    `the converted bundle has no ${name}.js; run npm run build first`
            ]);
        });
    } finally {
        rmSync(outputDir, { recursive: true, force: true });
    }
}

/** sfdx-project.json against Salesforce's published schema. */
export function checkProjectSchema(root) {
    let projectJson;
    try {
        projectJson = readJson(join(root, 'sfdx-project.json'));
    } catch (error) {
        return [`sfdx-project.json: not valid JSON: ${error.message}`];
    }
    // The published schema uses a few keywords ajv's strict mode does not know.
    const validate = addFormats(new Ajv({ allErrors: true, strict: false })).compile(readJson(PROJECT_SCHEMA));
    if (validate(projectJson)) return [];
    return validate.errors.map(({ instancePath, message, params }) => {
        const detail = params?.additionalProperty ?? params?.missingProperty ?? '';
        return `sfdx-project.json: ${instancePath || '(top level)'} ${message} ${detail}`.trim();
    });
}

/** The literal an @api property starts with, as js-meta.xml would write it, or undefined. */
function literalText(node) {
    const text = node?.getText() ?? '';
    if (/^(['"`]).*\1$/s.test(text) && !text.includes('${')) return text.slice(1, -1);
    return /^(-?[\d.]+|true|false)$/.test(text) ? text : undefined;
}

/** @returns {Map<string, { kind: 'property' | 'accessor' | 'method', initializer?: string }>} the @api members */
export function apiMembers(source, fileName = 'component.ts') {
    const members = new Map();
    const visit = (node) => {
        for (const member of ts.isClassLike(node) ? node.members : []) {
            const isApi = (ts.getDecorators(member) ?? []).some(
                ({ expression }) =>
                    (ts.isCallExpression(expression) ? expression.expression : expression).getText() === 'api'
            );
            if (isApi && member.name && ts.isIdentifier(member.name)) {
                const property = ts.isPropertyDeclaration(member);
                const kind = property ? 'property' : ts.isAccessor(member) ? 'accessor' : 'method';
                members.set(member.name.text, { kind, initializer: literalText(member.initializer) });
            }
        }
        ts.forEachChild(node, visit);
    };
    visit(ts.createSourceFile(fileName, source, ts.ScriptTarget.ESNext, true));
    return members;
}

/** A design property's problems: its type, datasource and flow support, and the @api member it configures. */
function propertyProblems({ type, datasource, default: fallback, role, ...attributes }, member, { inFlow, module }) {
    const values = datasource?.startsWith('apex://') ? null : datasource?.split(',').map((value) => value.trim());
    const initial = member?.initializer;
    return [
        !member && `has no matching @api member in ${module}`,
        member?.kind === 'method' && 'names an @api method, not a property',
        !isPropertyType(type) && `has unknown type "${type}" (${PROPERTY_TYPES_HINT})`,
        datasource !== undefined && type !== 'String' && 'has a datasource, which works only with type String',
        type === 'String' &&
            values &&
            !values.includes(fallback) &&
            `${fallback === undefined ? 'has no default' : `default "${fallback}" is not`} one of ${values.join(', ')}`,
        type === 'Boolean' &&
            !['true', 'false', undefined].includes(fallback) &&
            `has Boolean default "${fallback}"; use "true" or "false"`,
        fallback !== undefined &&
            initial !== undefined &&
            initial !== fallback &&
            `default "${fallback}" differs from the component's initial value "${initial}"`,
        // Flow Builder supports less than App Builder.
        !inFlow && role !== undefined && `has role, which only a ${FLOW_SCREEN} targetConfig supports`,
        inFlow &&
            role !== undefined &&
            !['inputOnly', 'outputOnly'].includes(role) &&
            `has role "${role}"; use inputOnly or outputOnly`,
        ...['min', 'max', 'placeholder']
            .filter((attribute) => inFlow && attribute in attributes)
            .map((attribute) => `has ${attribute}, which ${FLOW_SCREEN} does not support`),
        inFlow && values && `has a datasource list, which ${FLOW_SCREEN} has no picklist for; validate in the component`
    ];
}

/** Targets, targetConfigs and design properties of every LWC configuration file, against the component. */
export function checkLwcMeta(root) {
    return lwcBundles(root).flatMap((bundle) => {
        const name = basename(bundle);
        if (!existsSync(metaFile(bundle)))
            return inFile(root, metaFile(bundle), ['missing; every LWC bundle needs one']);
        const meta = readXml(metaFile(bundle));
        const declared = all(meta, 'targets', 'target');
        const module = [`${name}.ts`, `${name}.js`].map((file) => join(bundle, file)).find(existsSync);
        const members = module ? apiMembers(readFileSync(module, 'utf8'), module) : new Map();
        const moduleName = module ? relative(root, module) : `the bundle (no ${name}.ts or ${name}.js)`;
        const configProblems = (config) => {
            const targets = targetsOf(config);
            const others = targets.filter((target) => !OBJECT_TARGETS.includes(target));
            const inFlow = targets.includes(FLOW_SCREEN);
            return [
                ...targets
                    .filter((target) => !declared.includes(target))
                    .map((target) => `targetConfig names "${target}", which is not declared in <targets>`),
                all(config, 'objects').length > 0 &&
                    others.length > 0 &&
                    `the targetConfig for ${targets} limits <objects>, which ${others} does not support`,
                ...all(config, 'property').flatMap((property) =>
                    propertyProblems(property, members.get(property.name), { inFlow, module: moduleName })
                        .filter(Boolean)
                        .map((problem) => `property "${property.name}" ${problem}`)
                )
            ];
        };
        return inFile(root, metaFile(bundle), [
            ...declared
                .filter((target) => !isKnownTarget(target))
                .map((target) => `unknown target "${target}" (a new platform target? add it to KNOWN_TARGETS)`),
            ...all(meta, 'targetConfigs', 'targetConfig').flatMap(configProblems)
        ]);
    });
}

/**
 * Quick actions that name an LWC: the bundle exists and is a record action of the same kind; in a
 * packaged directory, only on objects every org has.
 */
export function checkQuickActions(root) {
    const bundles = new Map(lwcBundles(root).map((bundle) => [basename(bundle), bundle]));
    const files = sourceFiles(root);
    const definedObjects = files.map((file) => file.match(/\/objects\/(\w+)\//)?.[1]).filter(Boolean);
    const { packageDirectories } = readJson(join(root, 'sfdx-project.json'));
    const packaged = packageDirectories.filter((dir) => dir.package).map(({ path }) => `${join(root, path)}/`);
    const problem = (file) => {
        const action = readXml(file);
        const [component] = all(action, 'lightningWebComponent');
        // Object.Name.quickAction-meta.xml; global actions have no object prefix.
        const [object, ...rest] = basename(file).split('.');
        const optionalObject = !OBJECTS_IN_EVERY_ORG.includes(object) && !definedObjects.includes(object);
        if (rest.length > 2 && optionalObject && packaged.some((dir) => file.startsWith(dir))) {
            return `${object} is not an object every org has, so this quick action fails the deploy there`;
        }
        if (!component) return null;
        if (!bundles.has(component)) return `lightningWebComponent "${component}" is not an LWC bundle in this project`;
        const meta = readXml(metaFile(bundles.get(component)));
        if (!all(meta, 'targets', 'target').includes(RECORD_ACTION)) {
            return `${component} does not declare the ${RECORD_ACTION} target`;
        }
        const configs = all(meta, 'targetConfigs', 'targetConfig');
        const config = configs.find((each) => targetsOf(each).includes(RECORD_ACTION));
        // The platform's default action type is a screen action.
        const actionType = all(config, 'actionType')[0] ?? 'ScreenAction';
        const subtype = all(action, 'actionSubtype')[0] ?? 'ScreenAction';
        const mismatch = `actionSubtype ${subtype} does not match ${component}'s actionType ${actionType}`;
        return actionType === subtype ? null : mismatch;
    };
    return files
        .filter((path) => path.endsWith('.quickAction-meta.xml'))
        .flatMap((file) => inFile(root, file, [problem(file)]));
}

/** Every label import in components and every $Label reference in other metadata names a defined label. */
export function checkLabels(root) {
    const defined = definedLabels(root);
    // Compiled .js repeats its .ts: report the source only.
    return sourceFiles(root)
        .filter((file) => /\.(ts|js|html|cmp|app|page|component|xml)$/.test(file) && !project.isBuildOutput(file))
        .filter((file) => !file.endsWith('.labels-meta.xml'))
        .flatMap((file) =>
            [...withoutComments(readFileSync(file, 'utf8')).matchAll(LABEL_REFERENCE)]
                .filter(([, label]) => !defined.has(label))
                .map(([reference]) => `${relative(root, file)}: ${reference} is not defined in any CustomLabels file`)
        );
}

/**
 * Every custom label translated into every language Salesforce fully supports, keeping its
 * placeholders: otherwise agents in that language see English mixed in, or a message without its value.
 */
export function checkTranslations(root) {
    const english = definedLabels(root);
    const fileOf = (language) => `${project.TRANSLATIONS_DIR}/${language}.translation-meta.xml`;
    const problems = SAME_AS_ENGLISH.filter((name) => !english.has(name)).map(
        (name) => `scripts/metadata-checks.mjs: SAME_AS_ENGLISH names ${name}, which is no longer a custom label`
    );
    const translations = project.readTranslations(root);
    const missing = LANGUAGES.filter((language) => !translations.has(language));
    problems.push(...missing.map((language) => `${fileOf(language)}: no translation file`));
    for (const [language, entries] of translations) {
        const say = (problem) => problems.push(`${fileOf(language)}: ${problem}`);
        if (!LANGUAGES.includes(language)) say('not a language Salesforce fully supports');
        const translated = new Map();
        for (const { name, label } of entries) {
            if (translated.has(name)) say(`${name} is translated twice`);
            if (!english.has(name)) say(`${name} is not a custom label, so a deploy would fail`);
            translated.set(name, label.trim());
        }
        for (const [name, value] of english) {
            const label = translated.get(name);
            if (label === undefined) {
                say(`${name} has no translation`);
            } else if (label === '') {
                say(`${name} is empty`);
            } else if (placeholders(label) !== placeholders(value)) {
                say(`${name} has placeholders [${placeholders(label)}], English [${placeholders(value)}]`);
            } else if (label.toLowerCase() === value.trim().toLowerCase() && !SAME_AS_ENGLISH.includes(name)) {
                say(`${name} is still the English "${value}"`);
            }
        }
    }
    return problems;
}

/** Every apiVersion in metadata, and every LWC bundle's, equals sourceApiVersion. */
export function checkApiVersions(root) {
    const expected = readJson(join(root, 'sfdx-project.json')).sourceApiVersion;
    if (!expected) return ['sfdx-project.json: no sourceApiVersion to compare metadata apiVersion with'];
    return sourceFiles(root)
        .filter((path) => path.endsWith('-meta.xml'))
        .flatMap((file) => {
            const versions = all(readXml(file), 'apiVersion');
            const missing = versions.length === 0 && file.endsWith('.js-meta.xml');
            const differing = versions.filter((version) => Number(version) !== Number(expected));
            return inFile(root, file, [
                missing && `no apiVersion; set ${expected} (sourceApiVersion)`,
                ...differing.map((version) => `apiVersion ${version} differs from sourceApiVersion ${expected}`)
            ]);
        });
}

/** Every LWC bundle is importable as c/<name> in TypeScript, which cannot map c/* by pattern. */
export function checkTsconfigPaths(root) {
    const { config, error } = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
    if (error) return [`tsconfig.json: ${ts.flattenDiagnosticMessageText(error.messageText, '\n')}`];
    const paths = config.compilerOptions?.paths ?? {};
    const bundles = new Map(lwcBundles(root).map((bundle) => [`c/${basename(bundle)}`, bundle]));
    const problems = [...bundles].map(([key, bundle]) => {
        const target = `./${relative(root, bundle)}/${basename(bundle)}.ts`;
        if (!paths[key]) return `compilerOptions.paths has no "${key}"; add "${key}": ["${target}"]`;
        const exists = paths[key].some((each) => existsSync(join(root, each)));
        return exists ? null : `"${key}" maps to ${paths[key].join(', ')}, which does not exist`;
    });
    const unknown = Object.keys(paths).filter((key) => key.startsWith('c/') && !bundles.has(key));
    problems.push(...unknown.map((key) => `"${key}" names no LWC bundle in this project`));
    return problems.filter(Boolean).map((problem) => `tsconfig.json: ${problem}`);
}

/** All checks, in the order verify:metadata runs them. */
/**
 * Activity custom fields are defined once but secured twice: a permission set grants them as
 * `Task.X` and `Event.X` (Metadata API Developer Guide, "PermissionSet": field permissions of
 * Activity fields), so one that names only one of the two leaves the other without access.
 */
export function checkActivityFieldPermissions(root) {
    return sourceFiles(root)
        .filter((file) => file.endsWith('.permissionset-meta.xml'))
        .flatMap((file) => {
            const granted = all(readXml(file), 'fieldPermissions').map((entry) => all(entry, 'field')[0]);
            const activity = sourceFiles(root)
                .map((path) => path.match(/\/objects\/Activity\/fields\/(\w+)\.field-meta\.xml$/)?.[1])
                .filter(Boolean);
            const problems = activity.flatMap((field) => {
                const [task, event] = [`Task.${field}`, `Event.${field}`].map((name) => granted.includes(name));
                return task === event
                    ? []
                    : [`grants ${task ? 'Task' : 'Event'}.${field} but not ${task ? 'Event' : 'Task'}.${field}`];
            });
            return inFile(root, file, problems);
        });
}

export const CHECKS = [
    { name: 'Metadata API conversion, as a deploy does', run: checkSourceConvert },
    { name: 'sfdx-project.json schema', run: checkProjectSchema },
    { name: 'LWC configuration files', run: checkLwcMeta },
    { name: 'Metadata API definitions', run: checkMetadataSchema },
    { name: 'formulas', run: checkFormulas },
    { name: 'quick actions', run: checkQuickActions },
    { name: 'Activity field permissions', run: checkActivityFieldPermissions },
    { name: 'custom labels', run: checkLabels },
    { name: 'label translations', run: checkTranslations },
    { name: 'metadata length limits', run: checkLengthLimits },
    { name: 'API versions', run: checkApiVersions },
    { name: 'tsconfig.json paths', run: checkTsconfigPaths }
];

if (project.isMain(import.meta.url)) {
    let failed = 0;
    for (const { name, run } of CHECKS) {
        const started = Date.now();
        const problems = await run(project.projectRoot);
        console.log(`${problems.length ? 'FAIL' : 'ok'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
        problems.forEach((problem) => console.error(`  ${problem}`));
        failed += problems.length ? 1 : 0;
    }
    if (failed) {
        console.error(`verify:metadata: ${failed} of ${CHECKS.length} check(s) failed`);
        process.exit(1);
    }
}
