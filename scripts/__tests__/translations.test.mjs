// Every custom label must be translated into each language Salesforce fully supports, keeping its
// placeholders, or agents in that language see English mixed in, or a message without its value.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import project from '../project.cjs';

// The languages Salesforce fully supports, besides English (Metadata API Translations type).
const LANGUAGES = [
    'zh_CN',
    'zh_TW',
    'da',
    'nl_NL',
    'fi',
    'fr',
    'de',
    'it',
    'ja',
    'ko',
    'no',
    'pt_BR',
    'ru',
    'es',
    'es_MX',
    'sv',
    'th'
];

// Labels whose translation may equal the English, because the text is a Glance name.
const SAME_AS_ENGLISH = [
    'GlanceStu_CardTitle', // "Glance", the product name
    'GlanceStu_LoginKeyLink' // "Login Key", the name of Glance's page
];

const MAX_LENGTH = 1000; // a custom label value's limit, which a translation shares

const placeholders = (value) => (value.match(/\{\d+\}/g) ?? []).sort().join(' ');

/**
 * @param {Map<string, string>} english label name to English value
 * @param {Map<string, {name: string, label: string}[]>} translations language to its entries
 * @returns {string[]} one line per problem; none when the translations are complete
 */
function translationProblems(english, translations) {
    const problems = [];
    for (const name of SAME_AS_ENGLISH) {
        if (!english.has(name)) {
            problems.push(`${name} is listed in this test but is no longer a custom label: remove it from the list`);
        }
    }
    for (const language of LANGUAGES) {
        if (!translations.has(language)) {
            problems.push(`${language}: no translation file`);
        }
    }
    for (const [language, entries] of translations) {
        if (!LANGUAGES.includes(language)) {
            problems.push(`${language}: not a language Salesforce fully supports`);
        }
        const byName = new Map();
        for (const { name, label } of entries) {
            if (byName.has(name)) {
                problems.push(`${language}: ${name} is translated twice`);
            }
            byName.set(name, label);
            if (!english.has(name)) {
                problems.push(`${language}: ${name} is not a custom label, so a deploy would fail`);
            }
        }
        for (const [name, value] of english) {
            const label = byName.get(name)?.trim();
            if (label === undefined) {
                problems.push(`${language}: ${name} has no translation`);
            } else if (label === '') {
                problems.push(`${language}: ${name} is empty`);
            } else if (placeholders(label) !== placeholders(value)) {
                problems.push(
                    `${language}: ${name} has placeholders [${placeholders(label)}], English [${placeholders(value)}]`
                );
            } else if (label.toLowerCase() === value.trim().toLowerCase() && !SAME_AS_ENGLISH.includes(name)) {
                problems.push(`${language}: ${name} is still the English "${value}"`);
            } else if (label.length > MAX_LENGTH) {
                problems.push(`${language}: ${name} is ${label.length} characters, over ${MAX_LENGTH}`);
            }
        }
    }
    return problems;
}

describe('translationProblems on small broken inputs', () => {
    // A tiny label set: the real skip and allow lists must name labels in it.
    const english = new Map([
        ['GlanceStu_Greeting', 'Hello {0}'],
        ['GlanceStu_CardTitle', 'Glance'],
        ['GlanceStu_LoginKeyLink', 'Login key']
    ]);
    const complete = (greeting = 'Hallo {0}') => [
        { name: 'GlanceStu_Greeting', label: greeting },
        { name: 'GlanceStu_CardTitle', label: 'Glance' },
        { name: 'GlanceStu_LoginKeyLink', label: 'Login Key' }
    ];
    /** Every language complete, then `language` given `entries`. */
    const withLanguage = (language, entries) =>
        new Map([...LANGUAGES.map((code) => [code, complete()]), [language, entries]]);

    test('complete translations have no problems', () => {
        assert.deepEqual(translationProblems(english, withLanguage('de', complete())), []);
    });

    test('a missing language file', () => {
        const translations = withLanguage('de', complete());
        translations.delete('th');
        assert.deepEqual(translationProblems(english, translations), ['th: no translation file']);
    });

    test('a missing translation', () => {
        const entries = complete().filter(({ name }) => name !== 'GlanceStu_Greeting');
        assert.deepEqual(translationProblems(english, withLanguage('fr', entries)), [
            'fr: GlanceStu_Greeting has no translation'
        ]);
    });

    test('an empty translation', () => {
        assert.deepEqual(translationProblems(english, withLanguage('ja', complete('  '))), [
            'ja: GlanceStu_Greeting is empty'
        ]);
    });

    test('a lost placeholder and an added one', () => {
        assert.deepEqual(translationProblems(english, withLanguage('de', complete('Hallo'))), [
            'de: GlanceStu_Greeting has placeholders [], English [{0}]'
        ]);
        assert.deepEqual(translationProblems(english, withLanguage('de', complete('Hallo {0} {1}'))), [
            'de: GlanceStu_Greeting has placeholders [{0} {1}], English [{0}]'
        ]);
    });

    test('a sentence left in English, in any letter case', () => {
        assert.deepEqual(translationProblems(english, withLanguage('sv', complete('hello {0}'))), [
            'sv: GlanceStu_Greeting is still the English "Hello {0}"'
        ]);
    });

    test('a translation over the length limit', () => {
        assert.deepEqual(translationProblems(english, withLanguage('fi', complete(`{0}${'a'.repeat(1000)}`))), [
            'fi: GlanceStu_Greeting is 1003 characters, over 1000'
        ]);
    });

    test('a label that does not exist and one translated twice', () => {
        const entries = [
            ...complete(),
            { name: 'GlanceStu_Gone', label: 'Weg' },
            { name: 'GlanceStu_CardTitle', label: 'Glance' }
        ];
        assert.deepEqual(translationProblems(english, withLanguage('no', entries)), [
            'no: GlanceStu_Gone is not a custom label, so a deploy would fail',
            'no: GlanceStu_CardTitle is translated twice'
        ]);
    });

    test('a language Salesforce does not fully support', () => {
        assert.deepEqual(translationProblems(english, withLanguage('en_GB', complete())), [
            'en_GB: not a language Salesforce fully supports'
        ]);
    });

    test('a listed label that no longer exists', () => {
        const fewer = new Map([...english].filter(([name]) => name !== 'GlanceStu_LoginKeyLink'));
        const entries = complete().filter(({ name }) => name !== 'GlanceStu_LoginKeyLink');
        assert.deepEqual(translationProblems(fewer, new Map(LANGUAGES.map((code) => [code, entries]))), [
            'GlanceStu_LoginKeyLink is listed in this test but is no longer a custom label: remove it from the list'
        ]);
    });
});

test('every custom label is translated into every fully supported language', () => {
    const english = project.readCustomLabels();
    const translations = project.readTranslations();
    assert.ok(english.size > 0, 'no custom labels read');
    assert.deepEqual(translationProblems(english, translations), []);
    assert.equal(translations.size, LANGUAGES.length);
});
