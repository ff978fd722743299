// ESLint config npm run scan adds to Code Analyzer's base config, which puts the LWC rules on .js
// only: the TypeScript sources get them too, read with the TypeScript parser. (eslint.config.js
// ignores the compiled .js, which the scan must cover.)
import lwcConfig from '@salesforce/eslint-config-lwc';
// The engine's own dependency: the platform rules it applies to .js.
import lwcPlatform from '@lwc/eslint-plugin-lwc-platform';
import tseslint from 'typescript-eslint';

const lwcTypeScript = ['**/lwc/**/*.ts'];
const unusedCatch = { caughtErrorsIgnorePattern: '^ignored$' };
const recommended = [...lwcConfig.configs.recommended, ...lwcPlatform.configs.recommended];

export default [
    ...recommended.map((config) => ({ ...config, files: lwcTypeScript })),
    {
        files: lwcTypeScript,
        languageOptions: { parser: tseslint.parser, sourceType: 'module' },
        rules: {
            // Code Analyzer turns these two off for .js too: the first breaks without a Jest config
            // beside the file, the second reports false positives.
            'jest/no-deprecated-functions': 'off',
            '@lwc/lwc-platform/valid-offline-wire': 'off'
        }
    },
    // The TypeScript compiler checks what these core rules check, and they misread type-only names.
    { ...tseslint.configs.eslintRecommended, files: lwcTypeScript },
    // So does no-unused-vars, which counts a function type's parameter names as unused variables;
    // tsconfig's noUnusedLocals and noUnusedParameters cover the sources, and the compiled .js keeps the rule.
    { files: lwcTypeScript, rules: { 'no-unused-vars': 'off' } },
    // eslint.config.js's one name for a caught error a handler does not use (PMD cannot read `catch {`).
    { files: ['**/lwc/**/*.js'], rules: { 'no-unused-vars': ['error', unusedCatch] } },
    { files: lwcTypeScript, rules: { '@typescript-eslint/no-unused-vars': ['error', unusedCatch] } },
    // The Join quick action must open within about a second of the click or browsers block the tab,
    // so it bounds its wait for the user record with a timer; the session panel bounds its wait for
    // the Task (sessionLog's settleWithin) the same way. The platform forbids inline disables, so
    // the exceptions live here and in eslint.config.js.
    {
        files: ['**/lwc/glanceJoinAction/glanceJoinAction.{ts,js}', '**/lwc/glanceStu/sessionLog.{ts,js}'],
        rules: { '@lwc/lwc/no-async-operation': 'off' }
    }
];
