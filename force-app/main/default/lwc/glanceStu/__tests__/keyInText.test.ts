import { keyInText, normalizeSessionKey, sessionKeyCandidates, type KeyInText } from 'c/glanceStu';

const NONE: KeyInText = { kind: 'none' };
const SEVERAL: KeyInText = { kind: 'several' };
const key = (value: string): KeyInText => ({ kind: 'key', key: value });

describe('keyInText', () => {
    it.each([
        ['4821', '4821'],
        ['48 21', '4821'],
        ['4-8-2-1.', '4821'],
        ['4 8 2 1', '4821'],
        ['4.8.2.1', '4821'],
        ['it says 48 21', '4821'],
        ['my code is 4821!', '4821'],
        ['Code: 4821', '4821'],
        ['code:4821', '4821'],
        ['The code is (4821).', '4821'],
        ['“4821”', '4821'],
        ['«\u00a04821\u00a0»', '4821'],
        ['is it 4821?', '4821'],
        ['4821, I think', '4821'],
        ['4821...', '4821'],
        ['4821\u2026', '4821'],
        ['4821👍', '4821'],
        ['48\u202f21', '4821'],
        ['48\u00a021', '4821'],
        ['48\u201321', '4821'],
        ['48\u221221', '4821'],
        ['123456789', '123456789'],
        ['my key\n4821\nthanks', '4821'],
        ['48 21, so 4821', '4821'],
        ['call me on +1 415 555 0100, the code is 4821', '4821'],
        ['at 10:30 it showed 4821', '4821'],
        ['4821 5567', '48215567']
    ])('%j holds the key %s', (text, expected) => {
        expect(keyInText(text)).toEqual(key(expected));
    });

    it.each([
        ['fewer than four digits', '482'],
        ['a split key of three digits', '4 8 2'],
        ['ten digits', '4821556712'],
        ['a phone number with a country code', '+1 415 555 0100'],
        ['a phone number with dashes', '415-555-0100'],
        ['a phone number with dots', '415.555.0100'],
        ['a phone number with an area code in brackets', '(415) 555-0100'],
        ['a phone number with a country code and brackets', '+1 (415) 555-0100'],
        ['a London number', '+44 20 7946 0958'],
        ['a London number with a trunk zero in brackets', '+44 (0)20 7946 0958'],
        ['a Paris number', '+33 1 23 45 67 89'],
        ['a German mobile number', '+4915123456789'],
        ['a UK number without country code', '020 7946 0958'],
        ['an order number', 'ORD-12345678901'],
        ['a short order number after a dash', 'ORD-48213'],
        ['a reference after #', 'case #48213'],
        ['a word', 'abc123'],
        ['a word of digits then letters', '4821abc'],
        ['a Salesforce ID', '5003000000D8cuI'],
        ['a fifteen-digit ID run', '500300000012345'],
        ['a price in dollars', '$1,299.00'],
        ['a price without a symbol', 'it cost 1,299.00'],
        ['a euro price', '1.299,00 €'],
        ['a thousands separator', '4,821'],
        ['a percentage', '4821%'],
        ['a fraction', '4821/5567'],
        ['a date with slashes', '12/03/2026'],
        ['a time', '10:30'],
        ['a time with seconds', '10:30:15'],
        ['a decimal', '.4821'],
        ['a negative number', '-4821'],
        ['digits after a dash', '4821-'],
        ['an email address', '4821@example.com'],
        ['a URL path', 'example.com/4821'],
        ['a superscript', '4821²'],
        ['a keycap emoji sequence', '4\ufe0f\u20e38\ufe0f\u20e32\ufe0f\u20e31\ufe0f\u20e3'],
        ['a ratio', '1:4821'],
        ['two spaces inside', '48  21'],
        ['no digits', 'I cannot see any code'],
        ['nothing', '']
    ])('%s holds no key: %j', (_name, text) => {
        expect(keyInText(text)).toEqual(NONE);
    });

    it.each([
        ['4821 and 5567'],
        ['4821, 5567'],
        ['4821. 5567'],
        ['4821\n5567'],
        ['it says 48 21 or maybe 55 67'],
        ['my phone is 555-0100 and the code 4821']
    ])('%j holds several keys', (text) => {
        expect(keyInText(text)).toEqual(SEVERAL);
    });

    it('reads dates and times written with dots or dashes as keys, as its header says', () => {
        expect(keyInText('12.03.2026')).toEqual(key('12032026'));
        expect(keyInText('2026-03-12')).toEqual(key('20260312'));
        expect(keyInText('10.30')).toEqual(key('1030'));
        expect(keyInText('555-0100')).toEqual(key('5550100'));
    });

    it('reads digits of every script as their ASCII value', () => {
        expect(keyInText('４８２１')).toEqual(key('4821'));
        expect(keyInText('٤٨ ٢١')).toEqual(key('4821'));
        expect(keyInText('๔๘๒๑')).toEqual(key('4821'));
        expect(keyInText('𝟒𝟖𝟐𝟏')).toEqual(key('4821'));
        expect(keyInText('48٢١')).toEqual(key('4821'));
        // A digit of another script still lengthens the number: ten digits are not a key.
        expect(keyInText('482155671٣')).toEqual(NONE);
    });

    it('reads every decimal numbering system the platform formats numbers in', () => {
        const decimalSystems = Intl.supportedValuesOf('numberingSystem')
            .map((numberingSystem) => new Intl.NumberFormat('en', { numberingSystem, useGrouping: false }))
            .map((format) => [format.format(123456789), format.format(9870)])
            .filter((formatted) => formatted.every((text) => /^\p{Nd}+$/u.test(text)));
        expect(decimalSystems.length).toBeGreaterThan(20);
        for (const formatted of decimalSystems) {
            expect(formatted.map(keyInText)).toEqual([key('123456789'), key('9870')]);
        }
    });

    it('relies on Unicode encoding every decimal digit in runs of ten, zero first', () => {
        let runStart = -1;
        const runLengths: number[] = [];
        for (let codePoint = 0; codePoint <= 0x110000; codePoint += 1) {
            const digit = codePoint < 0x110000 && /\p{Nd}/u.test(String.fromCodePoint(codePoint));
            if (digit && runStart < 0) {
                runStart = codePoint;
            } else if (!digit && runStart >= 0) {
                runLengths.push(codePoint - runStart);
                runStart = -1;
            }
        }
        expect(runLengths.length).toBeGreaterThan(50);
        expect(runLengths.filter((length) => length % 10 !== 0)).toEqual([]);
    });

    it('finds a key next to the letters of scripts that write numbers without spaces', () => {
        expect(keyInText('コードは4821です。')).toEqual(key('4821'));
        expect(keyInText('验证码是4821')).toEqual(key('4821'));
        expect(keyInText('4821입니다')).toEqual(key('4821'));
        expect(keyInText('รหัสคือ4821ครับ')).toEqual(key('4821'));
        // Still no key where a digit lies beyond: "1万4821" is one number in Japanese.
        expect(keyInText('1万4821')).toEqual(NONE);
    });

    it('finds a key at the end of a very long message, and none in a very long number', () => {
        const words = 'I clicked the button and it shows a code, ';
        expect(keyInText(`${words.repeat(20_000)}4821.`)).toEqual(key('4821'));
        expect(keyInText('1'.repeat(100_000))).toEqual(NONE);
        expect(keyInText(`${'12 '.repeat(10_000)}34`)).toEqual(NONE);
    });

    it('reads a missing message as holding no key', () => {
        expect(keyInText(null as unknown as string)).toEqual(NONE);
        expect(keyInText(undefined as unknown as string)).toEqual(NONE);
    });

    it('lists each different key once, in order', () => {
        expect(sessionKeyCandidates('5567, then 48 21, then 4821, then 5567')).toEqual(['5567', '4821']);
        expect(sessionKeyCandidates('none here')).toEqual([]);
    });

    it('gives keys the link builder accepts unchanged', () => {
        for (const text of ['48 21', '4-8-2-1.', '４８２１', '123 456 789']) {
            const [found] = sessionKeyCandidates(text);
            expect(keyInText(text)).toEqual(key(found as string));
            expect(normalizeSessionKey(found as string)).toBe(found);
        }
    });
});
