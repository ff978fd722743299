// Reads the project's custom labels, so tests and the local preview show the real text.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const LABELS_FILE = join(__dirname, '..', 'force-app', 'main', 'default', 'labels', 'CustomLabels.labels-meta.xml');

const XML_ENTITIES = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;': '&' };

function decodeXml(text) {
    return text.replace(/&(lt|gt|quot|apos|amp);/g, (entity) => XML_ENTITIES[entity]);
}

/** @returns {Map<string, string>} label API name to value */
function readCustomLabels(file = LABELS_FILE) {
    const labels = new Map();
    // Tags may carry whitespace before '>' (as the XML formatter writes long lines); text is exact.
    for (const [, block] of readFileSync(file, 'utf8').matchAll(/<labels\s*>([\s\S]*?)<\/labels\s*>/g)) {
        const name = /<fullName\s*>([^<]*)<\/fullName\s*>/.exec(block)?.[1];
        const value = /<value\s*>([^<]*)<\/value\s*>/.exec(block)?.[1];
        if (name && value !== undefined) {
            labels.set(name, decodeXml(value));
        }
    }
    return labels;
}

module.exports = { LABELS_FILE, readCustomLabels };
