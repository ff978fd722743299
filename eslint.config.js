const lwcConfig = require('@salesforce/eslint-config-lwc');
const tseslint = require('typescript-eslint');
const jest = require('eslint-plugin-jest');
const globals = require('globals');

const lwcSources = ['force-app/**/lwc/**/*.ts', 'force-app-channels/**/lwc/**/*.ts'];
// The preview's own components (the benchmark's baseline card) are LWC in JavaScript.
const previewComponents = ['preview/modules/**/*.js'];
const tests = ['**/__tests__/**/*.ts', '**/__tests__/**/*.js', 'force-app/test/**/*.ts'];

module.exports = tseslint.config(
    {
        // Build output and tool state are not source.
        ignores: [
            'node_modules/**',
            'coverage/**',
            'reports/**',
            'test-results/**',
            'preview-dist/**',
            '.sf/**',
            '.sfdx/**',
            'force-app/**/lwc/**/*.js',
            'force-app-channels/**/lwc/**/*.js'
        ]
    },
    // Salesforce's recommended LWC rules, on the TypeScript sources.
    ...lwcConfig.configs.recommended.map((config) => ({ ...config, files: lwcSources })),
    ...lwcConfig.configs.recommended.map((config) => ({ ...config, files: previewComponents })),
    // TypeScript's own rules; its parser reads the decorators the LWC rules inspect.
    ...tseslint.configs.strict.map((config) => ({ ...config, files: ['**/*.ts'] })),
    {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser, sourceType: 'module' },
        // One name for a caught error a handler does not use (components must bind it, see below).
        rules: { '@typescript-eslint/no-unused-vars': ['error', { caughtErrorsIgnorePattern: '^ignored$' }] }
    },
    {
        // The security review's PMD reads the compiled components with a JavaScript parser (Rhino)
        // that stops on an optional catch binding, and an unread file fails the review.
        files: lwcSources,
        rules: {
            'no-restricted-syntax': [
                'error',
                {
                    selector: 'CatchClause[param=null]',
                    message:
                        'Bind the error, `catch (ignored)` when unused: the security review runs PMD, whose JavaScript parser cannot read `catch {`.'
                }
            ]
        }
    },
    {
        // The Join quick action must open within about a second of the click or browsers block the
        // tab, so it bounds its wait for the user record with a timer; the session panel bounds its
        // wait for the Task (sessionLog's settleWithin) the same way. The only timers in the product.
        files: ['force-app/**/lwc/glanceJoinAction/glanceJoinAction.ts', 'force-app/**/lwc/glanceStu/sessionLog.ts'],
        rules: { '@lwc/lwc/no-async-operation': 'off' }
    },
    {
        files: tests,
        ...jest.configs['flat/recommended'],
        languageOptions: {
            parser: tseslint.parser,
            globals: { ...globals.node, ...globals.jest }
        },
        rules: {
            ...jest.configs['flat/recommended'].rules,
            '@lwc/lwc/no-unexpected-wire-adapter-usages': 'off',
            // Tests wait for re-renders with a timer, as lwc-recipes does.
            '@lwc/lwc/no-async-operation': 'off',
            // Tests assert through small named helpers and through fast-check properties.
            'jest/expect-expect': ['warn', { assertFunctionNames: ['expect', 'expect*', 'fc.assert'] }]
        }
    },
    {
        files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
        ignores: ['force-app/**'],
        languageOptions: { globals: { ...globals.node } }
    },
    {
        files: ['**/*.js', '**/*.cjs'],
        ignores: ['force-app/**'],
        languageOptions: { sourceType: 'commonjs' }
    },
    {
        // The local preview runs in the browser as ES modules.
        files: ['preview/**/*.js'],
        languageOptions: { sourceType: 'module', globals: { ...globals.browser } }
    },
    {
        // End-to-end tests and the benchmark run code in the page as well as in Node.
        files: ['e2e/**/*.mjs', 'scripts/bench.mjs'],
        languageOptions: { globals: { ...globals.browser } }
    }
);
