// Reads the project's custom labels, so tests and the local preview show the real text.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { elements, text } = require('./metadata-xml.cjs');

const LABELS_FILE = join(__dirname, '..', 'force-app', 'main', 'default', 'labels', 'CustomLabels.labels-meta.xml');

/** @returns {Map<string, string>} label API name to value */
function readCustomLabels(file = LABELS_FILE) {
    const labels = new Map();
    for (const label of elements(readFileSync(file, 'utf8'), 'labels')) {
        const name = text(label.body, 'fullName');
        const value = text(label.body, 'value');
        if (name && value !== undefined) {
            labels.set(name, value);
        }
    }
    return labels;
}

module.exports = { LABELS_FILE, readCustomLabels };
