import fc from 'fast-check';
import { keyInText, normalizeSessionKey, sessionKeyCandidates } from 'c/glanceStu';

const RUNS = { numRuns: 1000 };

// Any Unicode, weighted towards what sits next to numbers in a chat: separators, punctuation,
// symbols that block, letters of scripts without spaces, emoji and line breaks.
const nearNumbers = fc.constantFrom(
    ' ',
    '  ',
    '\n',
    '\t',
    '\u00a0',
    '\u202f',
    '\u3000',
    '-',
    '\u2013',
    '\u2212',
    '.',
    ',',
    ':',
    ';',
    '!',
    '?',
    '(',
    ')',
    '"',
    '“',
    '「',
    '。',
    '+',
    '/',
    '#',
    '$',
    '%',
    '@',
    '_',
    '²',
    'a',
    'Z',
    'é',
    'я',
    'は',
    '码',
    '입',
    'ค',
    '👍',
    '\ufe0f',
    '\u20e3'
);
const anyCodePoint = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });
const anyText = fc.string({ unit: fc.oneof(nearNumbers, anyCodePoint), maxLength: 40 });
const withoutDigits = (text: string): string => text.replace(/\p{Nd}/gu, '');
const digitFreeText = anyText.map(withoutDigits);

const SEPARATORS = [
    ' ',
    '\t',
    '\u00a0',
    '\u202f',
    '\u3000',
    '-',
    '\u2010',
    '\u2013',
    '\u2014',
    '\u2212',
    '\uff0d',
    '.',
    '\uff0e'
];
const separator = fc.constantFrom(...SEPARATORS);
// Zero of several scripts' digit runs: ASCII, Arabic-Indic, extended Arabic-Indic, Devanagari, Thai,
// fullwidth, mathematical bold.
const ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0xe50, 0xff10, 0x1d7ce];

/** Splits the digits into groups and joins them with the given separators, cycling. */
function split(digits: string, cuts: number[], separators: string[]): string {
    const positions = [...new Set(cuts.map((cut) => cut % digits.length))]
        .filter((cut) => cut > 0)
        .sort((a, b) => a - b);
    let text = '';
    let from = 0;
    positions.forEach((position, index) => {
        text += digits.slice(from, position) + separators[index % separators.length];
        from = position;
    });
    return text + digits.slice(from);
}

const keyDigits = fc.stringMatching(/^[0-9]{4,9}$/);
const splitKey = fc
    .tuple(
        keyDigits,
        fc.array(fc.nat({ max: 8 }), { maxLength: 8 }),
        fc.array(separator, { minLength: 1, maxLength: 8 })
    )
    .map(([digits, cuts, separators]) => ({ digits, text: split(digits, cuts, separators) }));
// A key as the customer might wrap it; each wrapper stands alone on both sides.
const wrapper = fc.constantFrom<[string, string]>(
    ['', ''],
    ['', '.'],
    ['', '!'],
    ['(', ')'],
    ['“', '”'],
    ['「', '」'],
    ['', ','],
    ['', '?!'],
    ['', '👍'],
    ['', '...']
);

describe('keyInText properties', () => {
    it('never finds a key in digits that belong to a run of ten or more, whatever surrounds the run', () => {
        const longRun = fc
            .tuple(
                fc.stringMatching(/^[0-9]{10,30}$/),
                fc.array(fc.nat({ max: 29 }), { maxLength: 10 }),
                fc.array(separator, { minLength: 1 })
            )
            .map(([digits, cuts, separators]) => split(digits, cuts, separators));
        fc.assert(
            fc.property(digitFreeText, longRun, digitFreeText, (before, run, after) => {
                expect(keyInText(`${before}${run}${after}`)).toEqual({ kind: 'none' });
            }),
            RUNS
        );
    });

    it('adds nothing from a long run to what the text around it holds', () => {
        const longRun = fc.stringMatching(/^[0-9]{10,30}$/);
        fc.assert(
            fc.property(anyText, longRun, anyText, (before, run, after) => {
                const around = new Set([...sessionKeyCandidates(before), ...sessionKeyCandidates(after)]);
                expect(new Set(sessionKeyCandidates(`${before}\n${run}\n${after}`))).toEqual(around);
            }),
            RUNS
        );
    });

    it('finds the same key whatever the separators between its digits', () => {
        fc.assert(
            fc.property(splitKey, ({ digits, text }) => {
                expect(keyInText(text)).toEqual({ kind: 'key', key: digits });
                expect(keyInText(`it says ${text}.`)).toEqual(keyInText(`it says ${digits}.`));
            }),
            RUNS
        );
    });

    it('finds the same key whatever the script of its digits', () => {
        const scripts = fc.array(fc.constantFrom(...ZEROS), { minLength: 9, maxLength: 9 });
        fc.assert(
            fc.property(keyDigits, scripts, (digits, zeros) => {
                const text = Array.from(digits, (digit, index) =>
                    String.fromCodePoint((zeros[index] as number) + Number(digit))
                ).join('');
                expect(keyInText(text)).toEqual({ kind: 'key', key: digits });
            }),
            RUNS
        );
    });

    it('finds nothing in text without digits', () => {
        fc.assert(
            fc.property(digitFreeText, (text) => {
                expect(keyInText(text)).toEqual({ kind: 'none' });
            }),
            RUNS
        );
    });

    it('finds a key surrounded by arbitrary words', () => {
        fc.assert(
            fc.property(
                digitFreeText,
                splitKey,
                wrapper,
                digitFreeText,
                (before, { digits, text }, [open, close], after) => {
                    expect(keyInText(`${before} ${open}${text}${close} ${after}`)).toEqual({
                        kind: 'key',
                        key: digits
                    });
                }
            ),
            RUNS
        );
    });

    it('finds no key attached to a letter of a spaced script, a symbol, or a dash or dot before it', () => {
        const blocker = fc.constantFrom(
            'a',
            'Z',
            'é',
            'я',
            'ω',
            'ש',
            '/',
            '+',
            '#',
            '$',
            '€',
            '%',
            '@',
            '&',
            '*',
            '_',
            '=',
            '²',
            '\u0301'
        );
        const leftOnly = fc.constantFrom('-', '\u2013', '.');
        const attached = fc.oneof(
            fc.tuple(blocker, fc.constant('')),
            fc.tuple(leftOnly, fc.constant('')),
            fc.tuple(fc.constant(''), blocker)
        );
        fc.assert(
            fc.property(digitFreeText, splitKey, attached, digitFreeText, (before, { text }, [left, right], after) => {
                expect(keyInText(`${before} ${left}${text}${right} ${after}`)).toEqual({ kind: 'none' });
            }),
            RUNS
        );
    });

    it('finds several keys where two different keys stand apart', () => {
        fc.assert(
            fc.property(
                digitFreeText,
                splitKey,
                digitFreeText,
                splitKey,
                digitFreeText,
                (before, first, between, second, after) => {
                    fc.pre(first.digits !== second.digits);
                    expect(keyInText(`${before} ${first.text} ${between} ${second.text} ${after}`)).toEqual({
                        kind: 'several'
                    });
                }
            ),
            RUNS
        );
    });

    it('gives only keys of 4 to 9 ASCII digits that the link builder accepts unchanged', () => {
        const digitRich = fc.string({
            unit: fc.oneof(fc.constantFrom('0', '4', '8', '9', '٣', '４'), nearNumbers, anyCodePoint),
            maxLength: 60
        });
        fc.assert(
            fc.property(digitRich, (text) => {
                const result = keyInText(text);
                const candidates = sessionKeyCandidates(text);
                expect(result.kind).toBe(
                    candidates.length === 0 ? 'none' : candidates.length === 1 ? 'key' : 'several'
                );
                for (const candidate of candidates) {
                    expect(candidate).toMatch(/^[0-9]{4,9}$/);
                    expect(normalizeSessionKey(candidate)).toBe(candidate);
                }
            }),
            RUNS
        );
    });
});
