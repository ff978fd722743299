// Components under test get the real label text from CustomLabels.labels-meta.xml, so tests assert
// what agents and admins read. A label missing from the file stays as its name ("c.Name").
const { readCustomLabels } = require('./scripts/project.cjs');

for (const [name, mockLabelValue] of readCustomLabels()) {
    jest.mock(`@salesforce/label/c.${name}`, () => ({ __esModule: true, default: mockLabelValue }), { virtual: true });
}
