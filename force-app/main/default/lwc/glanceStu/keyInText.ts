/*
 * The Glance session key a customer's message or spoken utterance holds: the one rule for chat and
 * voice. Pure text in, a verdict out; nothing here knows where the text came from.
 *
 * How the text is read:
 * - A digit is any Unicode decimal digit (ASCII, fullwidth from a Japanese or Chinese keyboard,
 *   Arabic-Indic, Thai…), read as its ASCII value: "４８２１" and "๔๘๒๑" are 4821.
 * - A number is a maximal run of digit groups joined by exactly one separator each: a horizontal
 *   space (not a line break), a dash (- ‐ ‑ ‒ – — − －) or a dot (. ．). So "48 21", "4-8-2-1"
 *   and "4.8.2.1" are one number, 4821, the same key whatever the separators. A closing bracket,
 *   alone or before one separator, also joins, as after an area code: "(415) 555-0100" is one
 *   number. Two spaces, a comma, a word or a line break between digits end the number: "4821 and
 *   5567", "4821, 5567" and "4821" above "5567" are two numbers; "4821 5567" is one, 48215567.
 *   Because a number is maximal, its digits are judged together: no key ever comes from part of a
 *   longer run of digits.
 * - A number stands alone when what touches it on each side is the start or end of the text,
 *   whitespace, or a boundary character whose other side is not a digit. Boundary characters are
 *   sentence punctuation, quotes and brackets (, ; : ! ? … ( ) [ ] " ' “ ” « » 「 」 。 、 and their
 *   fullwidth forms), a dot after the number (the sentence's full stop: "4821." but not ".4821"),
 *   emoji, and the letters of scripts that do not put spaces between words or around numbers (Han,
 *   Hiragana, Katakana, Hangul, Thai, Lao, Khmer, Myanmar, Bopomofo), so "コードは4821です" and
 *   "4821입니다" hold 4821. Everything else blocks: other letters ("abc123", "ORD4821"), dashes
 *   and dots before the number ("ORD-48213", ".4821"), symbols (/ + # $ € % @ & * _ = …), marks
 *   and other number forms (²). The digit check catches thousands separators, decimals, times and
 *   ratios: "1,299", "1.299,00", "10:4821" hold no key.
 * - A key is a number that stands alone and has 4 to 9 digits, compacted to its ASCII digits. A
 *   message with two or more different keys is `several`; the same key twice ("48 21, so 4821")
 *   is that key.
 *
 * Readings this rule gives on purpose (the agent sees what was heard and clicks View; nothing opens
 * by itself): a local phone number ("555-0100") or a year ("in 2019") standing alone is a key, as is
 * a date or time written with dots or dashes ("12.03.2026", "10.30"); "10:30", "12/03/2026",
 * "+1 415 555 0100" and "(415) 555-0100" are not ("+" and "/" block; 10 or more digits is too long).
 */

/** What a text holds: one session key (ASCII digits only), none, or more than one candidate. */
export type KeyInText =
    { readonly kind: 'key'; readonly key: string } | { readonly kind: 'none' } | { readonly kind: 'several' };

const KEY_MIN_DIGITS = 4;
const KEY_MAX_DIGITS = 9;

const DIGIT = /^\p{Nd}$/u;
const WHITESPACE = /^\s$/u;
// Joins digit groups into one number: one space that is not a line break, one dash or one dot.
const SEPARATOR = /^[\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\-\u2010-\u2014\u2212\uff0d.\uff0e]$/u;
// Stands for a boundary on either side of a number when no digit is on its other side.
const BOUNDARY =
    /^(?:[,;:!?¡¿…()[\]{}"'“”‘’„‚«»‹›「」『』（）【】〔〕。、，：；！？]|\p{Extended_Pictographic}|[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}\p{scx=Bopomofo}])$/u;
// A full stop ends a sentence after a number; before one it starts a decimal (".4821").
const FULL_STOP = /^[.\uff0e]$/u;

function isDigit(char: string | undefined): boolean {
    return char !== undefined && DIGIT.test(char);
}

/**
 * A decimal digit's value. Unicode encodes every decimal digit in runs of ten, 0 to 9 (some runs
 * adjacent, as the mathematical digits), so the digit's distance from its run's first digit, modulo
 * ten, is its value.
 */
function digitValue(char: string): number {
    const codePoint = char.codePointAt(0) as number;
    if (codePoint <= 0x39) {
        return codePoint - 0x30;
    }
    let first = codePoint;
    while (isDigit(String.fromCodePoint(first - 1))) {
        first -= 1;
    }
    return (codePoint - first) % 10;
}

function isBoundary(next: string | undefined, beyond: string | undefined, fullStopCounts: boolean): boolean {
    if (next === undefined || WHITESPACE.test(next)) {
        return true;
    }
    const punctuation = BOUNDARY.test(next) || (fullStopCounts && FULL_STOP.test(next));
    return punctuation && !isDigit(beyond);
}

/** Every different key the text holds, in the order they appear, each as ASCII digits. */
export function sessionKeyCandidates(text: string): string[] {
    const chars = Array.from(typeof text === 'string' ? text : '');
    const keys: string[] = [];
    let index = 0;
    while (index < chars.length) {
        if (!isDigit(chars[index])) {
            index += 1;
            continue;
        }
        const start = index;
        let digits = '';
        for (;;) {
            while (isDigit(chars[index])) {
                digits += String(digitValue(chars[index] as string));
                index += 1;
            }
            // A phone number's area code closes with a bracket: "(415) 555-0100" is one number.
            let next = chars[index] === ')' ? index + 1 : index;
            next = SEPARATOR.test(chars[next] ?? '') ? next + 1 : next;
            if (next === index || !isDigit(chars[next])) {
                break;
            }
            index = next;
        }
        const standsAlone =
            isBoundary(chars[start - 1], chars[start - 2], false) && isBoundary(chars[index], chars[index + 1], true);
        if (
            standsAlone &&
            digits.length >= KEY_MIN_DIGITS &&
            digits.length <= KEY_MAX_DIGITS &&
            !keys.includes(digits)
        ) {
            keys.push(digits);
        }
    }
    return keys;
}

/** The session key a customer's message or utterance holds, or that it holds none or several. */
export function keyInText(text: string): KeyInText {
    const keys = sessionKeyCandidates(text);
    if (keys.length === 0) {
        return { kind: 'none' };
    }
    return keys.length === 1 ? { kind: 'key', key: keys[0] as string } : { kind: 'several' };
}
