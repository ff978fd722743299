// Checks of a Salesforce DX project's metadata that a deploy would otherwise find late, or that
// no deploy finds at all. Each check takes a project root and returns its problems as strings
// that name the file; an empty list means the check passed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, extname, join, relative } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import ts from 'typescript';
import { walk } from './lwc-sources.mjs';
import xml from './metadata-xml.cjs';
import customLabels from './custom-labels.cjs';

const { elements, stripComments, text, texts } = xml;

const require = createRequire(import.meta.url);
const toolsBin = new URL('../node_modules/.bin/', import.meta.url).pathname;

/** Lightning page and app targets the platform accepts for an LWC bundle. */
export const KNOWN_TARGETS = new Set([
    'analytics__Dashboard',
    'lightning__AppPage',
    'lightning__Dashboard',
    'lightning__FlowAction',
    'lightning__FlowScreen',
    'lightning__GlobalAction',
    'lightning__HomePage',
    'lightning__Inbox',
    'lightning__RecordAction',
    'lightning__RecordPage',
    'lightning__Tab',
    'lightning__UrlAddressable',
    'lightning__UtilityBar',
    'lightning__VoiceExtension',
    'lightning__EnablementProgram',
    'lightningCommunity__Default',
    'lightningCommunity__Page',
    'lightningCommunity__Page_Layout',
    'lightningCommunity__Theme_Layout',
    'lightningStatic__Email'
]);
// Embedded Service targets keep growing (ChatHeader, ChatMessage, Minimized, PreChat, ...).
const KNOWN_TARGET_PATTERNS = [/^lightningSnapin__\w+$/];

/** Design property types; Flow screens also take sObject and Apex types. */
const PROPERTY_TYPES = new Set(['String', 'Integer', 'Boolean', 'Color', 'Date', 'DateTime']);
const PROPERTY_TYPE_PATTERNS = [/^@salesforce\/schema\/\w+$/, /^apex:\/\/[\w.]+$/, /^\{[A-Za-z]\w*(\[\])?\}$/];

/** Targets whose targetConfig may limit the component to some objects with <objects>. */
const OBJECT_TARGETS = new Set(['lightning__RecordPage', 'lightning__RecordAction']);
const FLOW_SCREEN = 'lightning__FlowScreen';
const FLOW_ROLES = new Set(['inputOnly', 'outputOnly']);
/** Property attributes App Builder reads that Flow Builder does not support. */
const NOT_IN_FLOW_SCREENS = ['min', 'max', 'placeholder'];

/**
 * Standard objects every org has, whatever its edition's optional features. A quick action on any
 * other object that the project does not define itself (MessagingSession needs Messaging,
 * VoiceCall needs Service Cloud Voice) fails the whole deploy in orgs without that feature.
 */
const OBJECTS_IN_EVERY_ORG = new Set([
    'Account',
    'Asset',
    'Campaign',
    'Case',
    'Contact',
    'Contract',
    'Event',
    'Lead',
    'Opportunity',
    'Task',
    'User'
]);

const NAME = /[A-Za-z][A-Za-z0-9_]*/.source;
const LABEL_IMPORT = new RegExp(String.raw`['"]@salesforce\/label\/c\.(${NAME})['"]`, 'g');
const LABEL_REFERENCE = new RegExp(String.raw`\$Label\.(?:c\.)?(${NAME})`, 'g');
const TESTS = /(^|\/)__tests__(\/|$)/;

// ---------------------------------------------------------------------------------------------
// Project layout

function readJson(path) {
    return JSON.parse(readFileSync(path, 'utf8'));
}

/** Package directories from sfdx-project.json, as absolute paths. */
export function packageDirectories(root) {
    const project = readJson(join(root, 'sfdx-project.json'));
    return (project.packageDirectories ?? []).map((entry) => join(root, entry.path));
}

/** Every non-test file under the package directories. */
function sourceFiles(root) {
    return packageDirectories(root)
        .flatMap(walk)
        .filter((path) => !TESTS.test(relative(root, path)));
}

/** LWC bundle folders: the folders directly inside an `lwc` folder. */
export function lwcBundles(root) {
    const bundles = new Set();
    for (const path of sourceFiles(root)) {
        const parts = relative(root, path).split('/');
        const lwc = parts.lastIndexOf('lwc');
        // A file directly in lwc/ (jsconfig.json, .eslintrc) is not a bundle.
        if (lwc >= 0 && lwc < parts.length - 2) {
            bundles.add(join(root, ...parts.slice(0, lwc + 2)));
        }
    }
    return [...bundles].sort();
}

const rel = (root, path) => relative(root, path);

// ---------------------------------------------------------------------------------------------
// sf project convert source

/**
 * Converts the project to Metadata API format in a temporary folder, as a deploy or a package
 * version would, and checks the result holds compiled JavaScript and no TypeScript.
 */
export function checkSourceConvert(root) {
    const outputRoot = mkdtempSync(join(tmpdir(), 'verify-metadata-'));
    const outputDir = join(outputRoot, 'mdapi');
    try {
        const result = spawnSync(
            join(toolsBin, 'sf'),
            ['project', 'convert', 'source', '--output-dir', outputDir, '--json'],
            {
                cwd: root,
                encoding: 'utf8',
                env: {
                    ...process.env,
                    // The CLI runs its own plugins by name; offline, nothing may phone home.
                    PATH: `${toolsBin}:${process.env.PATH}`,
                    SF_DISABLE_TELEMETRY: 'true',
                    SF_SKIP_NEW_VERSION_CHECK: 'true',
                    SF_AUTOUPDATE_DISABLE: 'true',
                    SF_HIDE_RELEASE_NOTES: 'true'
                }
            }
        );
        let output;
        try {
            output = JSON.parse(result.stdout);
        } catch {
            output = undefined;
        }
        if (result.status !== 0 || output?.status !== 0) {
            const message = output?.message ?? (result.stderr || result.stdout || String(result.error)).trim();
            return [`sf project convert source failed: ${message}`];
        }
        return convertedBundleProblems(root, outputDir);
    } finally {
        rmSync(outputRoot, { recursive: true, force: true });
    }
}

function convertedBundleProblems(root, outputDir) {
    const problems = [];
    for (const bundle of lwcBundles(root)) {
        const name = basename(bundle);
        const converted = join(outputDir, 'lwc', name);
        const files = existsSync(converted) ? readdirSync(converted, { recursive: true }) : [];
        if (files.some((file) => String(file).endsWith('.ts'))) {
            problems.push(`${rel(root, bundle)}: TypeScript reached the converted output; check .forceignore`);
        }
        if (existsSync(join(bundle, `${name}.ts`)) && !files.includes(`${name}.js`)) {
            problems.push(`${rel(root, bundle)}: the converted bundle has no ${name}.js; run npm run build first`);
        }
    }
    return problems;
}

// ---------------------------------------------------------------------------------------------
// sfdx-project.json

export function checkProjectSchema(root) {
    const file = join(root, 'sfdx-project.json');
    let project;
    try {
        project = readJson(file);
    } catch (error) {
        return [`sfdx-project.json: not valid JSON: ${error.message}`];
    }
    const schema = readJson(require.resolve('@salesforce/schemas/sfdx-project.schema.json'));
    // The published schema uses a few keywords ajv's strict mode does not know.
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    if (validate(project)) {
        return [];
    }
    return validate.errors.map((error) => {
        const where = error.instancePath || '(top level)';
        const detail = error.params?.additionalProperty ?? error.params?.missingProperty;
        return `sfdx-project.json: ${where} ${error.message}${detail && !error.message.includes(detail) ? ` (${detail})` : ''}`;
    });
}

// ---------------------------------------------------------------------------------------------
// LWC configuration files against their components

/** Value of a literal initializer as the metadata writes it, or undefined if not a literal. */
function literalText(node) {
    if (!node) {
        return undefined;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isNumericLiteral(node)) {
        return node.text;
    }
    if (node.kind === ts.SyntaxKind.TrueKeyword) {
        return 'true';
    }
    if (node.kind === ts.SyntaxKind.FalseKeyword) {
        return 'false';
    }
    if (
        ts.isPrefixUnaryExpression(node) &&
        node.operator === ts.SyntaxKind.MinusToken &&
        ts.isNumericLiteral(node.operand)
    ) {
        return `-${node.operand.text}`;
    }
    if (ts.isAsExpression(node) || ts.isParenthesizedExpression(node) || ts.isSatisfiesExpression?.(node)) {
        return literalText(node.expression);
    }
    return undefined;
}

function isApiDecorated(member) {
    const decorators = ts.canHaveDecorators(member) ? (ts.getDecorators(member) ?? []) : [];
    return decorators.some((decorator) => {
        const expression = ts.isCallExpression(decorator.expression)
            ? decorator.expression.expression
            : decorator.expression;
        return ts.isIdentifier(expression) && expression.text === 'api';
    });
}

/**
 * The @api members of a component module, with how each is declared and its literal initial value.
 * @returns {Map<string, { kind: 'property' | 'accessor' | 'method', initializer?: string, hasInitializer: boolean }>}
 */
export function apiMembers(source, fileName = 'component.ts') {
    const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ESNext, true);
    const members = new Map();
    const visit = (node) => {
        if (ts.isClassDeclaration(node) || ts.isClassExpression(node)) {
            for (const member of node.members) {
                if (!isApiDecorated(member) || !member.name || !ts.isIdentifier(member.name)) {
                    continue;
                }
                const name = member.name.text;
                if (ts.isPropertyDeclaration(member)) {
                    members.set(name, {
                        kind: 'property',
                        hasInitializer: member.initializer !== undefined,
                        initializer: literalText(member.initializer)
                    });
                } else if (ts.isGetAccessor(member) || ts.isSetAccessor(member)) {
                    members.set(name, { kind: 'accessor', hasInitializer: false });
                } else {
                    members.set(name, { kind: 'method', hasInitializer: false });
                }
            }
        }
        ts.forEachChild(node, visit);
    };
    visit(file);
    return members;
}

/** The bundle's component module: its TypeScript source, or JavaScript for a JS-only bundle. */
function componentModule(bundle) {
    const name = basename(bundle);
    return [join(bundle, `${name}.ts`), join(bundle, `${name}.js`)].find((path) => existsSync(path));
}

const isKnownTarget = (target) =>
    KNOWN_TARGETS.has(target) || KNOWN_TARGET_PATTERNS.some((pattern) => pattern.test(target));
const isPropertyType = (type) =>
    PROPERTY_TYPES.has(type) || PROPERTY_TYPE_PATTERNS.some((pattern) => pattern.test(type));

function propertyProblems(property, member, where) {
    const { name, type, datasource } = property;
    const problems = [];
    const hasDefault = property.default !== undefined;
    const fallback = property.default;
    if (!type) {
        problems.push(`${where}: property "${name}" has no type`);
    } else if (!isPropertyType(type)) {
        problems.push(
            `${where}: property "${name}" has unknown type "${type}" (use ${[...PROPERTY_TYPES].join(', ')}, ` +
                'or for Flow screens an @salesforce/schema, apex:// or generic type)'
        );
    }
    if (datasource !== undefined && type !== 'String') {
        problems.push(`${where}: property "${name}" has a datasource, which works only with type String`);
    }
    if (type === 'Boolean') {
        if (hasDefault && fallback !== 'true' && fallback !== 'false') {
            problems.push(`${where}: Boolean property "${name}" has default "${fallback}"; use "true" or "false"`);
        }
        if (member?.hasInitializer && member.initializer !== 'false') {
            problems.push(
                `${where}: Boolean @api "${name}" must be initialised to false (compile error LWC1099), not ` +
                    `${member.initializer ?? 'a computed value'}; name the flag so that false is the default`
            );
        }
    }
    if (type === 'Integer') {
        for (const attribute of ['default', 'min', 'max']) {
            const value = property[attribute];
            if (value !== undefined && !/^-?\d+$/.test(value)) {
                problems.push(`${where}: Integer property "${name}" has ${attribute} "${value}", not an integer`);
            }
        }
        const [value, min, max] = ['default', 'min', 'max'].map((attribute) => Number(property[attribute]));
        if (
            hasDefault &&
            ((property.min !== undefined && value < min) || (property.max !== undefined && value > max))
        ) {
            problems.push(`${where}: Integer property "${name}" default ${fallback} is outside min/max`);
        }
    }
    if (type === 'Date' && hasDefault && !/^\d{4}-\d{2}-\d{2}$/.test(fallback)) {
        problems.push(`${where}: Date property "${name}" default "${fallback}" is not YYYY-MM-DD`);
    }
    if (type === 'DateTime' && hasDefault && Number.isNaN(Date.parse(fallback))) {
        problems.push(`${where}: DateTime property "${name}" default "${fallback}" is not a date and time`);
    }
    if (type === 'String' && datasource !== undefined && !datasource.startsWith('apex://')) {
        const values = datasource.split(',').map((value) => value.trim());
        if (!hasDefault) {
            problems.push(
                `${where}: String property "${name}" has a datasource but no default; set default to one of ${values.join(', ')}`
            );
        } else if (!values.includes(fallback)) {
            problems.push(
                `${where}: String property "${name}" default "${fallback}" is not one of its datasource values ${values.join(', ')}`
            );
        }
    }
    if (member?.kind === 'method') {
        problems.push(`${where}: property "${name}" names an @api method, not a property`);
    }
    if (hasDefault && member?.hasInitializer && member.initializer !== undefined && member.initializer !== fallback) {
        problems.push(
            `${where}: property "${name}" default "${fallback}" differs from the component's initial value "${member.initializer}"`
        );
    }
    return problems;
}

/** Targets, targetConfigs and design properties of every LWC configuration file. */
export function checkLwcMeta(root) {
    const problems = [];
    for (const bundle of lwcBundles(root)) {
        const name = basename(bundle);
        const metaFile = join(bundle, `${name}.js-meta.xml`);
        const where = rel(root, metaFile);
        if (!existsSync(metaFile)) {
            problems.push(`${rel(root, bundle)}: LWC bundle has no ${name}.js-meta.xml`);
            continue;
        }
        const xml = stripComments(readFileSync(metaFile, 'utf8'));
        const declared = elements(xml, 'targets').flatMap((targets) => texts(targets.body, 'target'));
        for (const target of declared) {
            if (!isKnownTarget(target)) {
                problems.push(
                    `${where}: unknown target "${target}" (if it is a new platform target, add it to KNOWN_TARGETS)`
                );
            }
        }
        const module = componentModule(bundle);
        const members = module ? apiMembers(readFileSync(module, 'utf8'), module) : new Map();
        for (const config of elements(xml, 'targetConfig')) {
            const configTargets = (config.attributes.targets ?? '')
                .split(',')
                .map((target) => target.trim())
                .filter(Boolean);
            if (configTargets.length === 0) {
                problems.push(`${where}: a targetConfig has no targets attribute`);
            }
            for (const target of configTargets) {
                if (!declared.includes(target)) {
                    problems.push(`${where}: targetConfig names "${target}", which is not declared in <targets>`);
                }
            }
            problems.push(...targetConfigProblems(config, configTargets, where));
            for (const { attributes: property } of elements(config.body, 'property')) {
                if (!property.name) {
                    problems.push(`${where}: a property has no name`);
                    continue;
                }
                const member = members.get(property.name);
                if (!member) {
                    problems.push(
                        `${where}: property "${property.name}" has no matching @api member in ` +
                            `${module ? rel(root, module) : `the bundle (no ${name}.ts or ${name}.js)`}`
                    );
                }
                problems.push(...propertyProblems(property, member, where));
            }
        }
    }
    return problems;
}

/**
 * What a targetConfig's targets do not support: <objects> outside record pages and actions, and
 * in flow screens the App Builder-only property attributes and datasource picklists.
 */
function targetConfigProblems(config, configTargets, where) {
    const problems = [];
    const named = configTargets.join(',');
    const withoutObjects = configTargets.filter((target) => !OBJECT_TARGETS.has(target));
    if (elements(config.body, 'objects').length > 0 && withoutObjects.length > 0) {
        problems.push(
            `${where}: the targetConfig for ${named} limits <objects>, which only ${[...OBJECT_TARGETS].join(' and ')} support; ` +
                `give ${withoutObjects.join(', ')} a targetConfig of its own`
        );
    }
    const inFlowScreen = configTargets.includes(FLOW_SCREEN);
    for (const { attributes: property } of elements(config.body, 'property')) {
        const name = property.name ?? '(no name)';
        if (!inFlowScreen) {
            if (property.role !== undefined) {
                problems.push(
                    `${where}: property "${name}" has role, which only a ${FLOW_SCREEN} targetConfig supports`
                );
            }
            continue;
        }
        if (property.role !== undefined && !FLOW_ROLES.has(property.role)) {
            problems.push(`${where}: property "${name}" has role "${property.role}"; use inputOnly or outputOnly`);
        }
        for (const attribute of NOT_IN_FLOW_SCREENS.filter((key) => property[key] !== undefined)) {
            problems.push(`${where}: property "${name}" has ${attribute}, which ${FLOW_SCREEN} does not support`);
        }
        if (property.datasource !== undefined && !property.datasource.startsWith('apex://')) {
            problems.push(
                `${where}: property "${name}" has a datasource list, which ${FLOW_SCREEN} does not offer as a ` +
                    'picklist; use a plain String and let the component report values it cannot use'
            );
        }
    }
    return problems;
}

/** Object folders the project defines (custom objects, or fields on standard ones). */
function projectObjects(root) {
    const objects = new Set();
    for (const path of sourceFiles(root)) {
        const parts = relative(root, path).split('/');
        const index = parts.lastIndexOf('objects');
        if (index >= 0 && index < parts.length - 2) {
            objects.add(parts[index + 1]);
        }
    }
    return objects;
}

/** A quick action on an object some orgs lack makes the whole deploy fail there. */
function quickActionObjectProblem(root, file, definedObjects) {
    const name = basename(file, '.quickAction-meta.xml');
    // Global actions have no object prefix.
    if (!name.includes('.')) {
        return null;
    }
    const object = name.slice(0, name.indexOf('.'));
    if (OBJECTS_IN_EVERY_ORG.has(object) || definedObjects.has(object)) {
        return null;
    }
    return (
        `${rel(root, file)}: ${object} is not an object every org has (it may need an optional feature), so this ` +
        'quick action fails the deploy in orgs without it; document creating the action in Setup instead'
    );
}

/** Quick actions that name an LWC: the bundle exists and is a record action of the same kind. */
export function checkQuickActions(root) {
    const problems = [];
    const bundles = new Map(lwcBundles(root).map((bundle) => [basename(bundle), bundle]));
    const definedObjects = projectObjects(root);
    for (const file of sourceFiles(root).filter((path) => path.endsWith('.quickAction-meta.xml'))) {
        const objectProblem = quickActionObjectProblem(root, file, definedObjects);
        if (objectProblem) {
            problems.push(objectProblem);
        }
        const xml = readFileSync(file, 'utf8');
        const component = text(xml, 'lightningWebComponent');
        if (!component) {
            continue;
        }
        const where = rel(root, file);
        const bundle = bundles.get(component);
        if (!bundle) {
            problems.push(`${where}: lightningWebComponent "${component}" is not an LWC bundle in this project`);
            continue;
        }
        const meta = join(bundle, `${component}.js-meta.xml`);
        const bundleXml = existsSync(meta) ? readFileSync(meta, 'utf8') : '';
        if (!texts(bundleXml, 'target').includes('lightning__RecordAction')) {
            problems.push(`${where}: ${component} does not declare the lightning__RecordAction target`);
            continue;
        }
        const recordAction = elements(bundleXml, 'targetConfig').find((config) =>
            (config.attributes.targets ?? '').split(',').some((target) => target.trim() === 'lightning__RecordAction')
        );
        // The platform's default action type is a screen action.
        const actionType = (recordAction && text(recordAction.body, 'actionType')) || 'ScreenAction';
        const subtype = text(xml, 'actionSubtype') || 'ScreenAction';
        if (actionType !== subtype) {
            problems.push(`${where}: actionSubtype ${subtype} does not match ${component}'s actionType ${actionType}`);
        }
    }
    return problems;
}

// ---------------------------------------------------------------------------------------------
// Custom labels

/** Label names defined in every CustomLabels file of the project. */
export function definedLabels(root) {
    const files = sourceFiles(root).filter((path) => path.endsWith('.labels-meta.xml'));
    return new Set(files.flatMap((file) => [...customLabels.readCustomLabels(file).keys()]));
}

/** Every label import in components and every $Label reference in other metadata names a defined label. */
export function checkLabels(root) {
    const defined = definedLabels(root);
    const problems = [];
    const missing = (file, reference, label) => {
        if (!defined.has(label)) {
            problems.push(`${rel(root, file)}: ${reference}${label} is not defined in any CustomLabels file`);
        }
    };
    for (const file of sourceFiles(root)) {
        const extension = extname(file);
        // Compiled .js repeats its .ts; report the source only.
        if (extension === '.js' && existsSync(file.replace(/\.js$/, '.ts'))) {
            continue;
        }
        if (
            file.endsWith('.labels-meta.xml') ||
            !['.ts', '.js', '.html', '.cmp', '.app', '.page', '.component', '.xml'].includes(extension)
        ) {
            continue;
        }
        const source = readFileSync(file, 'utf8');
        if (extension === '.ts' || extension === '.js') {
            for (const [, label] of source.matchAll(LABEL_IMPORT)) {
                missing(file, '@salesforce/label/c.', label);
            }
        }
        for (const [, label] of stripComments(source).matchAll(LABEL_REFERENCE)) {
            missing(file, '$Label.', label);
        }
    }
    return problems;
}

// ---------------------------------------------------------------------------------------------
// API versions

/** Every apiVersion in metadata, and every LWC bundle's, equals sourceApiVersion. */
export function checkApiVersions(root) {
    const project = readJson(join(root, 'sfdx-project.json'));
    const expected = project.sourceApiVersion;
    if (!expected) {
        return ['sfdx-project.json: no sourceApiVersion to compare metadata apiVersion with'];
    }
    const problems = [];
    for (const file of sourceFiles(root).filter((path) => path.endsWith('-meta.xml'))) {
        for (const version of texts(readFileSync(file, 'utf8'), 'apiVersion')) {
            if (Number(version) !== Number(expected)) {
                problems.push(`${rel(root, file)}: apiVersion ${version} differs from sourceApiVersion ${expected}`);
            }
        }
    }
    for (const bundle of lwcBundles(root)) {
        const meta = join(bundle, `${basename(bundle)}.js-meta.xml`);
        if (existsSync(meta) && texts(readFileSync(meta, 'utf8'), 'apiVersion').length === 0) {
            problems.push(`${rel(root, meta)}: no apiVersion; set ${expected} (sourceApiVersion)`);
        }
    }
    return problems;
}

// ---------------------------------------------------------------------------------------------
// tsconfig.json paths

/** Every LWC bundle is importable as c/<name> in TypeScript, which cannot map c/* by pattern. */
export function checkTsconfigPaths(root) {
    const file = join(root, 'tsconfig.json');
    if (!existsSync(file)) {
        return ['tsconfig.json: missing'];
    }
    const { config, error } = ts.readConfigFile(file, (path) => readFileSync(path, 'utf8'));
    if (error) {
        return [`tsconfig.json: ${ts.flattenDiagnosticMessageText(error.messageText, '\n')}`];
    }
    const paths = config.compilerOptions?.paths ?? {};
    const problems = [];
    const bundles = lwcBundles(root);
    for (const bundle of bundles) {
        const name = basename(bundle);
        const mapped = paths[`c/${name}`];
        if (!mapped) {
            problems.push(
                `tsconfig.json: compilerOptions.paths has no "c/${name}" for ${rel(root, bundle)}; add ` +
                    `"c/${name}": ["./${rel(root, bundle)}/${name}.ts"]`
            );
        } else if (!mapped.some((target) => existsSync(join(root, target)))) {
            problems.push(`tsconfig.json: "c/${name}" maps to ${mapped.join(', ')}, which does not exist`);
        }
    }
    const names = new Set(bundles.map((bundle) => basename(bundle)));
    for (const key of Object.keys(paths).filter((key) => key.startsWith('c/'))) {
        if (!names.has(key.slice(2))) {
            problems.push(`tsconfig.json: "${key}" names no LWC bundle in this project`);
        }
    }
    return problems;
}

/** All checks, in the order verify:metadata runs them. */
export const CHECKS = [
    { name: 'sf project convert source', run: checkSourceConvert },
    { name: 'sfdx-project.json schema', run: checkProjectSchema },
    { name: 'LWC configuration files', run: checkLwcMeta },
    { name: 'quick actions', run: checkQuickActions },
    { name: 'custom labels', run: checkLabels },
    { name: 'API versions', run: checkApiVersions },
    { name: 'tsconfig.json paths', run: checkTsconfigPaths }
];
