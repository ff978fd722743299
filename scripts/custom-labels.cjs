// Kept for tests that still require it by this path; the reader lives in project.cjs.
module.exports = require('./project.cjs');
