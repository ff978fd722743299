// Every formula field parsed and type-checked offline against its declared <type>, with $Setup typed
// from the project's hierarchy custom settings and $Organization.Id an ID. Two parsers, as each
// catches what the other misses: sformula type-checks (unknown fields and functions, IF branches of
// different types, a result that is not the declared type); formulon checks each function's argument
// types as Salesforce does (TEXT() of a checkbox), which sformula accepts.
import { basename, dirname, relative } from 'node:path';
import { parse as formulon } from 'formulon';
import { parseSync } from 'sformula';
import project from './project.cjs';

const { all, readXml, sourceFiles } = project;
/** A field <type>: sformula's type, formulon's, and a sample value for formulon, which evaluates. */
const TEXT = ['string', 'text', 'a'];
const FIELD_TYPES = {
    Checkbox: ['boolean', 'checkbox', false],
    Number: ['number', 'number', 1],
    Currency: ['currency', 'number', 1],
    Percent: ['percent', 'number', 1],
    Date: ['date', 'date', new Date(0)],
    DateTime: ['datetime', 'datetime', new Date(0)]
};
const typeOf = (fieldType) => FIELD_TYPES[fieldType] ?? TEXT;
// An 18-character org ID: CASESAFEID needs a real one.
const ORGANIZATION = { Id: ['id', 'text', '00D000000000001AAA'] };

/** Every formula field: its file, formula, declared type and blank handling. */
const formulaFields = (root) =>
    sourceFiles(root)
        .filter((file) => file.endsWith('.field-meta.xml'))
        .map((file) => ({ file, field: readXml(file) }))
        .filter(({ field }) => all(field, 'formula').length > 0)
        .map(({ file, field }) => ({
            file: relative(root, file),
            formula: all(field, 'formula')[0],
            type: all(field, 'type')[0],
            blankAsZero: all(field, 'formulaTreatBlanksAs')[0] === 'BlankAsZero'
        }));

/** $Setup.Setting__c.Field__c for each field of each custom setting: name to [sformula, formulon, sample]. */
function globals(root) {
    const files = sourceFiles(root);
    const settings = files
        .filter((file) => file.endsWith('.object-meta.xml') && all(readXml(file), 'customSettingsType').length > 0)
        .map((file) => dirname(file));
    const fields = files.filter(
        (file) => settings.includes(dirname(dirname(file))) && file.endsWith('.field-meta.xml')
    );
    const setup = fields.map((file) => [
        `$Setup.${basename(dirname(dirname(file)))}.${basename(file, '.field-meta.xml')}`,
        typeOf(all(readXml(file), 'type')[0])
    ]);
    const organization = Object.entries(ORGANIZATION).map(([name, type]) => [`$Organization.${name}`, type]);
    return new Map([...setup, ...organization]);
}

/** sformula's input types: the dotted names as nested objects. */
function sformulaTypes(names) {
    const types = {};
    for (const [name, [type]] of names) {
        const path = name.split('.');
        const parent = path.slice(0, -1).reduce((node, key) => {
            node[key] ??= { type: 'object', properties: {} };
            return node[key].properties;
        }, types);
        parent[path.at(-1)] = { type };
    }
    return types;
}

/** Every formula field's problems, each naming its file. */
export function checkFormulas(root) {
    const names = globals(root);
    const inputTypes = sformulaTypes(names);
    const variables = Object.fromEntries(
        [...names].map(([name, [, dataType, value]]) => [name, { type: 'literal', dataType, value, options: {} }])
    );
    return formulaFields(root).flatMap(({ file, formula, type, blankAsZero }) => {
        const problem = (() => {
            try {
                parseSync(formula, { inputTypes, returnType: typeOf(type)[0], blankAsZero });
                const result = formulon(formula, variables);
                return result.type === 'error' ? result.message : null;
            } catch (error) {
                return error.message;
            }
        })();
        return problem ? [`${file}: <formula> ${formula}: ${problem}`] : [];
    });
}
