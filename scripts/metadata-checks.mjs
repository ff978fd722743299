// npm run verify:metadata: checks of a Salesforce DX project's metadata that a deploy would
// otherwise find late, or that no deploy finds at all, offline. Each check takes a project root
// and returns its problems as strings that name the file; none means the check passed. Run after
// npm run build, so the conversion sees the compiled JavaScript a deploy would ship.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import ts from 'typescript';
import project from './project.cjs';

const { all, lwcBundles, readCustomLabels, readXml, sourceFiles } = project;
const require = createRequire(import.meta.url);
const toolsBin = join(project.projectRoot, 'node_modules/.bin');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** Lightning page and app targets the platform accepts for an LWC bundle. */
const KNOWN_TARGETS = new Set(
    [
        'analytics__Dashboard lightning__AppPage lightning__Dashboard lightning__FlowAction lightning__FlowScreen',
        'lightning__GlobalAction lightning__HomePage lightning__Inbox lightning__RecordAction lightning__RecordPage',
        'lightning__Tab lightning__UrlAddressable lightning__UtilityBar lightning__VoiceExtension',
        'lightning__EnablementProgram lightningCommunity__Default lightningCommunity__Page',
        'lightningCommunity__Page_Layout lightningCommunity__Theme_Layout lightningStatic__Email'
    ].flatMap((line) => line.split(' '))
);
// Embedded Service targets keep growing (ChatHeader, ChatMessage, PreChat, ...).
const isKnownTarget = (target) => KNOWN_TARGETS.has(target) || /^lightningSnapin__\w+$/.test(target);
/** Design property types; Flow screens also take sObject, Apex and generic types. */
const PROPERTY_TYPES = ['String', 'Integer', 'Boolean', 'Color', 'Date', 'DateTime'];
const isPropertyType = (type) =>
    PROPERTY_TYPES.includes(type) || /^(@salesforce\/schema\/\w+|apex:\/\/[\w.]+|\{[A-Za-z]\w*(\[\])?\})$/.test(type);
/** Only these targets may limit a targetConfig to some objects with <objects>. */
const OBJECT_TARGETS = ['lightning__RecordPage', 'lightning__RecordAction'];
const FLOW_SCREEN = 'lightning__FlowScreen';
/**
 * Standard objects every org has. A quick action on another object the project does not define
 * fails the whole deploy in orgs without it (MessagingSession needs Messaging, VoiceCall needs
 * Service Cloud Voice).
 */
const OBJECTS_IN_EVERY_ORG = 'Account Asset Campaign Case Contact Contract Event Lead Opportunity Task User'.split(' ');
const LABEL_REFERENCE = /(?:@salesforce\/label\/c\.|\$Label\.(?:c\.)?)([A-Za-z]\w*)/g;
const withoutComments = (text) => text.replace(/<!--[\s\S]*?-->/g, '');
const metaFile = (bundle) => join(bundle, `${basename(bundle)}.js-meta.xml`);
const targetsOf = (config) =>
    (config.targets ?? '')
        .split(',')
        .map((target) => target.trim())
        .filter(Boolean);

/** Converts the project as a deploy would; the output must hold compiled JavaScript and no TypeScript. */
export function checkSourceConvert(root) {
    const outputDir = join(mkdtempSync(join(tmpdir(), 'verify-metadata-')), 'mdapi');
    try {
        const result = spawnSync(join(toolsBin, 'sf'), ['project', 'convert', 'source', '-d', outputDir, '--json'], {
            cwd: root,
            encoding: 'utf8',
            // The CLI runs its plugins by name; offline, nothing may phone home.
            env: {
                ...process.env,
                PATH: `${toolsBin}:${process.env.PATH}`,
                SF_DISABLE_TELEMETRY: 'true',
                SF_SKIP_NEW_VERSION_CHECK: 'true',
                SF_AUTOUPDATE_DISABLE: 'true'
            }
        });
        // With --json the CLI answers in JSON on stdout, failures too.
        const output = JSON.parse(result.stdout || '{}');
        if (result.status !== 0 || output.status !== 0) {
            return [`sf project convert source failed: ${output.message ?? result.stderr.trim()}`];
        }
        return lwcBundles(root).flatMap((bundle) => {
            const name = basename(bundle);
            const converted = join(outputDir, 'lwc', name);
            const files = existsSync(converted) ? readdirSync(converted, { recursive: true }) : [];
            const where = relative(root, bundle);
            return [
                files.some((file) => file.endsWith('.ts')) &&
                    `${where}: TypeScript reached the converted output; check .forceignore`,
                existsSync(join(bundle, `${name}.ts`)) &&
                    !files.includes(`${name}.js`) &&
                    `${where}: the converted bundle has no ${name}.js; run npm run build first`
            ].filter(Boolean);
        });
    } finally {
        rmSync(join(outputDir, '..'), { recursive: true, force: true });
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
    const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
    const validate = ajv.compile(readJson(require.resolve('@salesforce/schemas/sfdx-project.schema.json')));
    return validate(projectJson)
        ? []
        : validate.errors.map((error) => {
              const detail = error.params?.additionalProperty ?? error.params?.missingProperty ?? '';
              return `sfdx-project.json: ${error.instancePath || '(top level)'} ${error.message} ${detail}`.trim();
          });
}

/** The literal an @api property starts with, as js-meta.xml would write it, or undefined. */
function literalText(node) {
    const text = node?.getText() ?? '';
    if (/^(['"`]).*\1$/s.test(text) && !text.includes('${')) {
        return text.slice(1, -1);
    }
    return /^(-?[\d.]+|true|false)$/.test(text) ? text : undefined;
}

/**
 * The @api members of a component module.
 * @returns {Map<string, { kind: 'property' | 'accessor' | 'method', hasInitializer: boolean, initializer?: string }>}
 */
export function apiMembers(source, fileName = 'component.ts') {
    const members = new Map();
    const visit = (node) => {
        for (const member of ts.isClassLike(node) ? node.members : []) {
            const isApi = (ts.canHaveDecorators(member) ? (ts.getDecorators(member) ?? []) : []).some(
                ({ expression }) =>
                    (ts.isCallExpression(expression) ? expression.expression : expression).getText() === 'api'
            );
            if (isApi && member.name && ts.isIdentifier(member.name)) {
                const property = ts.isPropertyDeclaration(member);
                const kind = property ? 'property' : ts.isAccessor(member) ? 'accessor' : 'method';
                const hasInitializer = property && member.initializer !== undefined;
                members.set(member.name.text, { kind, hasInitializer, initializer: literalText(member.initializer) });
            }
        }
        ts.forEachChild(node, visit);
    };
    visit(ts.createSourceFile(fileName, source, ts.ScriptTarget.ESNext, true));
    return members;
}

function propertyProblems(property, member, where) {
    const { name, type, datasource, default: fallback } = property;
    const problems = [];
    const say = (problem) => problems.push(`${where}: property "${name}" ${problem}`);
    if (!isPropertyType(type)) {
        say(
            `has unknown type "${type}" (use ${PROPERTY_TYPES.join(', ')}, or for Flow screens a schema, apex or generic type)`
        );
    }
    if (datasource !== undefined && type !== 'String') {
        say('has a datasource, which works only with type String');
    } else if (datasource !== undefined && !datasource.startsWith('apex://')) {
        const values = datasource.split(',').map((value) => value.trim());
        if (!values.includes(fallback)) {
            say(
                `${fallback === undefined ? 'has no default' : `default "${fallback}" is not`} one of ${values.join(', ')}`
            );
        }
    }
    if (type === 'Boolean' && fallback !== undefined && !['true', 'false'].includes(fallback)) {
        say(`has Boolean default "${fallback}"; use "true" or "false"`);
    }
    if (type === 'Boolean' && member?.hasInitializer && member.initializer !== 'false') {
        say(
            `is a Boolean @api initialised to ${member.initializer ?? 'a computed value'}, not false (compile error LWC1099)`
        );
    }
    if (member?.kind === 'method') {
        say('names an @api method, not a property');
    } else if (fallback !== undefined && member?.initializer !== undefined && member.initializer !== fallback) {
        say(`default "${fallback}" differs from the component's initial value "${member.initializer}"`);
    }
    return problems;
}

/** What a targetConfig's targets do not support: <objects> off record targets; App Builder-only attributes in flows. */
function targetConfigProblems(config, where) {
    const targets = targetsOf(config);
    const others = targets.filter((target) => !OBJECT_TARGETS.includes(target));
    const problems =
        all(config, 'objects').length && others.length
            ? [`${where}: the targetConfig for ${targets} limits <objects>, which ${others} does not support`]
            : [];
    const inFlow = targets.includes(FLOW_SCREEN);
    for (const { name, role, datasource, ...attributes } of all(config, 'property')) {
        const say = (problem) => problems.push(`${where}: property "${name}" ${problem}`);
        if (!inFlow && role !== undefined) {
            say(`has role, which only a ${FLOW_SCREEN} targetConfig supports`);
        } else if (inFlow && role !== undefined && !['inputOnly', 'outputOnly'].includes(role)) {
            say(`has role "${role}"; use inputOnly or outputOnly`);
        }
        for (const attribute of inFlow ? ['min', 'max', 'placeholder'] : []) {
            if (attributes[attribute] !== undefined) {
                say(`has ${attribute}, which ${FLOW_SCREEN} does not support`);
            }
        }
        if (inFlow && datasource !== undefined && !datasource.startsWith('apex://')) {
            say(`has a datasource list, which ${FLOW_SCREEN} does not offer as a picklist; validate in the component`);
        }
    }
    return problems;
}

/** Targets, targetConfigs and design properties of every LWC configuration file, against the component. */
export function checkLwcMeta(root) {
    return lwcBundles(root).flatMap((bundle) => {
        const name = basename(bundle);
        if (!existsSync(metaFile(bundle))) {
            return [`${relative(root, bundle)}: LWC bundle has no ${name}.js-meta.xml`];
        }
        const where = relative(root, metaFile(bundle));
        const meta = readXml(metaFile(bundle));
        const declared = all(meta, 'targets', 'target');
        const module = [`${name}.ts`, `${name}.js`].map((file) => join(bundle, file)).find(existsSync);
        const members = module ? apiMembers(readFileSync(module, 'utf8'), module) : new Map();
        const problems = declared
            .filter((target) => !isKnownTarget(target))
            .map((target) => `${where}: unknown target "${target}" (a new platform target? add it to KNOWN_TARGETS)`);
        for (const config of all(meta, 'targetConfigs', 'targetConfig')) {
            for (const target of targetsOf(config).filter((each) => !declared.includes(each))) {
                problems.push(`${where}: targetConfig names "${target}", which is not declared in <targets>`);
            }
            problems.push(...targetConfigProblems(config, where));
            for (const property of all(config, 'property')) {
                const member = members.get(property.name);
                if (!member) {
                    const file = module ? relative(root, module) : `the bundle (no ${name}.ts or ${name}.js)`;
                    problems.push(`${where}: property "${property.name}" has no matching @api member in ${file}`);
                }
                problems.push(...propertyProblems(property, member, where));
            }
        }
        return problems;
    });
}

/** Quick actions that name an LWC: the bundle exists and is a record action of the same kind. */
export function checkQuickActions(root) {
    const bundles = new Map(lwcBundles(root).map((bundle) => [basename(bundle), bundle]));
    const files = sourceFiles(root);
    const definedObjects = files.map((file) => file.match(/\/objects\/(\w+)\//)?.[1]).filter(Boolean);
    return files
        .filter((path) => path.endsWith('.quickAction-meta.xml'))
        .flatMap((file) => {
            const action = readXml(file);
            const [component] = all(action, 'lightningWebComponent');
            const where = relative(root, file);
            // Global actions have no object prefix.
            const object = basename(file).split('.').length > 2 ? basename(file).split('.')[0] : null;
            if (object && !OBJECTS_IN_EVERY_ORG.includes(object) && !definedObjects.includes(object)) {
                return [
                    `${where}: ${object} is not an object every org has, so this quick action fails the deploy there`
                ];
            }
            if (!component) {
                return [];
            }
            if (!bundles.has(component)) {
                return [`${where}: lightningWebComponent "${component}" is not an LWC bundle in this project`];
            }
            const meta = readXml(metaFile(bundles.get(component)));
            if (!all(meta, 'targets', 'target').includes('lightning__RecordAction')) {
                return [`${where}: ${component} does not declare the lightning__RecordAction target`];
            }
            const config = all(meta, 'targetConfigs', 'targetConfig').find((each) =>
                targetsOf(each).includes('lightning__RecordAction')
            );
            // The platform's default action type is a screen action.
            const actionType = all(config, 'actionType')[0] ?? 'ScreenAction';
            const subtype = all(action, 'actionSubtype')[0] ?? 'ScreenAction';
            return actionType === subtype
                ? []
                : [`${where}: actionSubtype ${subtype} does not match ${component}'s actionType ${actionType}`];
        });
}

/** Every label import in components and every $Label reference in other metadata names a defined label. */
export function checkLabels(root) {
    const files = sourceFiles(root);
    const labelFiles = files.filter((path) => path.endsWith('.labels-meta.xml'));
    const defined = new Set(labelFiles.flatMap((file) => [...readCustomLabels(file).keys()]));
    // Compiled .js repeats its .ts: report the source only.
    const isBuildOutput = (file) => file.endsWith('.js') && existsSync(file.replace(/\.js$/, '.ts'));
    return files
        .filter((file) => /\.(ts|js|html|cmp|app|page|component|xml)$/.test(file))
        .filter((file) => !labelFiles.includes(file) && !isBuildOutput(file))
        .flatMap((file) =>
            [...withoutComments(readFileSync(file, 'utf8')).matchAll(LABEL_REFERENCE)]
                .filter(([, label]) => !defined.has(label))
                .map(([reference]) => `${relative(root, file)}: ${reference} is not defined in any CustomLabels file`)
        );
}

/** Every apiVersion in metadata, and every LWC bundle's, equals sourceApiVersion. */
export function checkApiVersions(root) {
    const expected = readJson(join(root, 'sfdx-project.json')).sourceApiVersion;
    if (!expected) {
        return ['sfdx-project.json: no sourceApiVersion to compare metadata apiVersion with'];
    }
    return sourceFiles(root)
        .filter((path) => path.endsWith('-meta.xml'))
        .flatMap((file) => {
            const versions = all(readXml(file), 'apiVersion');
            const where = relative(root, file);
            if (versions.length === 0 && file.endsWith('.js-meta.xml')) {
                return [`${where}: no apiVersion; set ${expected} (sourceApiVersion)`];
            }
            return versions
                .filter((version) => Number(version) !== Number(expected))
                .map((version) => `${where}: apiVersion ${version} differs from sourceApiVersion ${expected}`);
        });
}

/** Every LWC bundle is importable as c/<name> in TypeScript, which cannot map c/* by pattern. */
export function checkTsconfigPaths(root) {
    const { config, error } = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
    if (error) {
        return [`tsconfig.json: ${ts.flattenDiagnosticMessageText(error.messageText, '\n')}`];
    }
    const paths = config.compilerOptions?.paths ?? {};
    const bundles = lwcBundles(root);
    const problems = bundles.map((bundle) => {
        const name = basename(bundle);
        const mapped = paths[`c/${name}`];
        if (!mapped) {
            const target = `./${relative(root, bundle)}/${name}.ts`;
            return `tsconfig.json: compilerOptions.paths has no "c/${name}"; add "c/${name}": ["${target}"]`;
        }
        return mapped.some((target) => existsSync(join(root, target)))
            ? null
            : `tsconfig.json: "c/${name}" maps to ${mapped.join(', ')}, which does not exist`;
    });
    const names = new Set(bundles.map((bundle) => `c/${basename(bundle)}`));
    for (const key of Object.keys(paths).filter((key) => key.startsWith('c/') && !names.has(key))) {
        problems.push(`tsconfig.json: "${key}" names no LWC bundle in this project`);
    }
    return problems.filter(Boolean);
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

if (import.meta.url === `file://${process.argv[1]}`) {
    let failed = 0;
    for (const check of CHECKS) {
        const started = Date.now();
        const problems = await check.run(project.projectRoot);
        console.log(
            `${problems.length ? 'FAIL' : 'ok'} ${check.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`
        );
        problems.forEach((problem) => console.error(`  ${problem}`));
        failed += problems.length ? 1 : 0;
    }
    if (failed) {
        console.error(`verify:metadata: ${failed} of ${CHECKS.length} check(s) failed`);
        process.exit(1);
    }
}
