// Adds toBeAccessible() to every test, as in lwc-recipes.
const { registerSa11yMatcher } = require('@sa11y/jest');

registerSa11yMatcher();
