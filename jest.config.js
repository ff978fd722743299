const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
    ...jestConfig,
    testRegex: '/__tests__/.*\\.test\\.(js|ts)$',
    modulePathIgnorePatterns: ['<rootDir>/.localdevserver', '<rootDir>/.sf', '<rootDir>/.sfdx'],
    moduleNameMapper: {
        '^lightning/actions$': '<rootDir>/force-app/test/jest-mocks/lightning/actions',
        '^lightning/platformUtilityBarApi$': '<rootDir>/force-app/test/jest-mocks/lightning/platformUtilityBarApi'
    },
    setupFilesAfterEnv: ['<rootDir>/jest-sa11y-setup.js', '<rootDir>/jest-labels-setup.js'],
    // Istanbul cannot map the TypeScript sources; V8 coverage can. Build output is not source.
    coverageProvider: 'v8',
    collectCoverageFrom: ['force-app/**/lwc/**/*.ts', '!**/__tests__/**', '!**/*.d.ts'],
    coverageReporters: ['text-summary', 'text', 'lcov'],
    coverageThreshold: {
        './force-app/main/default/lwc/glanceStu/serviceTargetUrls.ts': { lines: 95, branches: 95 },
        './force-app/main/default/lwc/glanceStu/linkSettings.ts': { lines: 95, branches: 95 },
        './force-app/main/default/lwc/glanceStuLinks/glanceStuLinks.ts': { lines: 95, branches: 95 },
        './force-app/main/default/lwc/glanceStuLauncher/glanceStuLauncher.ts': { lines: 95, branches: 95 }
    }
};
