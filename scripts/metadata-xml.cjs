// Just enough XML reading for Salesforce metadata files. Tolerant of how the XML formatter writes
// long lines (`<value\n>text</value\n>`) and of `>` inside quoted attribute values, which a naive
// `[^>]*` match would cut short. CommonJS, so the Jest set-up can require it and scripts import it.
const ATTRIBUTES = String.raw`((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)`;
const ENTITIES = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

function decodeXml(text) {
    return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[\da-f]+);/gi, (whole, name) => {
        if (name[0] !== '#') {
            return ENTITIES[name.toLowerCase()];
        }
        const hex = name[1] === 'x' || name[1] === 'X';
        return String.fromCodePoint(parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
    });
}

/** The document without comments, so commented-out elements are not read. */
function stripComments(xml) {
    return xml.replace(/<!--[\s\S]*?-->/g, '');
}

function parseAttributes(text) {
    const attributes = {};
    for (const [, name, double, single] of text.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        attributes[name] = decodeXml(double ?? single);
    }
    return attributes;
}

/**
 * Every `<tag>` element, outermost first; nested elements of the same name are not supported
 * (metadata never nests them).
 * @returns {{ attributes: Record<string, string>, body: string }[]} body is raw XML, '' if empty
 */
function elements(xml, tag) {
    const pattern = new RegExp(String.raw`<${tag}${ATTRIBUTES}\s*(?:\/>|>([\s\S]*?)<\/${tag}\s*>)`, 'g');
    return [...stripComments(xml).matchAll(pattern)].map(([, attributes, body]) => ({
        attributes: parseAttributes(attributes),
        body: body ?? ''
    }));
}

/** The decoded, trimmed text of each `<tag>` element. */
function texts(xml, tag) {
    return elements(xml, tag).map((element) => decodeXml(element.body).trim());
}

/** The text of the first `<tag>` element, or undefined. */
function text(xml, tag) {
    return texts(xml, tag)[0];
}

module.exports = { decodeXml, stripComments, elements, texts, text };
