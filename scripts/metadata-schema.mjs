// Every metadata file against the Metadata API's own definitions: element names, nesting and
// enumerated values. The definitions are @salesforce/types' TypeScript types generated from
// Salesforce's Metadata API WSDL. The package records no WSDL version: 1.9.0 came out on 12 October
// 2026 with the Winter '27 release, API version 68.0, as each of its releases follows one of
// Salesforce's. They become JSON Schema at check time, so they cannot go stale beside the package.
// .js-meta.xml files are left to checkLwcMeta: the WSDL types their targetConfigs as an opaque string.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import Ajv from 'ajv';
import { XMLParser } from 'fast-xml-parser';
import { createGenerator } from 'ts-json-schema-generator';
import ts from 'typescript';
import project from './project.cjs';

const TYPES = fileURLToPath(import.meta.resolve('@salesforce/types/metadata')).replace(/\.js$/, '.d.ts');
/** Not a package directory (it never ships), but deployed by npm run test:org. */
const ORG_TEST = 'org-test';
// Every element a list, so that the schema alone decides what is one and what is many.
const parser = new XMLParser({
    ignoreAttributes: true,
    ignoreDeclaration: true,
    parseTagValue: false,
    isArray: () => true
});
const ajv = new Ajv({ allErrors: true, coerceTypes: true });

let generator;
const validators = new Map();
/** The validator of one metadata type (a file's root element), or null for no such type; made once. */
function validatorOf(type) {
    // The types need no library: without one (nor @types), the program takes a tenth of the time.
    const tsProgram = generator ? undefined : ts.createProgram([TYPES], { noLib: true, types: [] });
    generator ??= createGenerator({ tsProgram, skipTypeCheck: true, topRef: false, jsDoc: 'none' });
    if (!validators.has(type)) {
        const schema = (() => {
            try {
                return generator.createSchema(type);
            } catch {
                return null;
            }
        })();
        validators.set(type, schema && { schema, validate: ajv.compile(withOptionalLists(schema)) });
    }
    return validators.get(type);
}

/**
 * The WSDL's lists are minOccurs="0", but the generated types make them required; source format also
 * leaves out what it decomposes into other files (an object's fields).
 */
function withOptionalLists(schema) {
    for (const each of [schema, ...Object.values(schema.definitions ?? {})]) {
        if (each.required) each.required = each.required.filter((name) => each.properties[name]?.type !== 'array');
    }
    return schema;
}

/** Parsed XML (every element a list) shaped as the schema says: a list only where it is one. */
function shaped(nodes, schema, definitions) {
    const resolve = (each) => (each?.$ref ? definitions[each.$ref.split('/').pop()] : each);
    const one = (node, each) =>
        typeof node !== 'object'
            ? node
            : Object.fromEntries(
                  Object.entries(node).map(([name, children]) => [
                      name,
                      shaped(children, resolve(each)?.properties?.[name], definitions)
                  ])
              );
    const list = resolve(schema);
    if (list?.type === 'array') return nodes.map((node) => one(node, list.items));
    return nodes.length === 1 ? one(nodes[0], list) : nodes;
}

/** Every metadata file of the package directories and org-test/, but LWC configuration files. */
export function metadataFiles(root) {
    const orgTest = join(root, ORG_TEST);
    return [...project.sourceFiles(root), ...(existsSync(orgTest) ? project.walk(orgTest) : [])].filter(
        (file) => file.endsWith('-meta.xml') && !file.endsWith('.js-meta.xml')
    );
}

/** A JSON pointer into the document as an XML path: /labels/2/value is labels[3]/value. */
const xmlPath = (type, pointer) =>
    [type, ...pointer.split('/').slice(1)]
        .join('/')
        .replace(/\/(\d+)(?=\/|$)/g, (_, index) => `[${Number(index) + 1}]`);

/** One file's problems against the definition of its root element's type. */
function fileProblems(root, file) {
    const [[type, nodes] = []] = Object.entries(parser.parse(readFileSync(file, 'utf8')));
    const where = relative(root, file);
    const validator = type && validatorOf(type);
    if (!validator) return [`${where}: <${type}> is not a Metadata API type`];
    const document = shaped(nodes, validator.schema, validator.schema.definitions);
    if (validator.validate(document)) return [];
    return validator.validate.errors.map(({ instancePath, keyword, message, params }) => {
        const path = xmlPath(type, instancePath);
        if (keyword === 'additionalProperties')
            return `${where}: ${path} has no element <${params.additionalProperty}>`;
        const values = params.allowedValues ?? [];
        const allowed =
            keyword === 'enum' ? `: ${values.slice(0, 12).join(', ')}${values.length > 12 ? ', …' : ''}` : '';
        return `${where}: ${path} ${message}${allowed}`;
    });
}

/** Every metadata file against the Metadata API's definition of its type. */
export function checkMetadataSchema(root) {
    return metadataFiles(root).flatMap((file) => fileProblems(root, file));
}
