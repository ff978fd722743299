// npm run test:mutation: StrykerJS mutates the link-building modules and runs only their own Jest
// tests against each mutant (every suite per mutant would take far too long). Static mutants
// (module-level constants, run once at import) are left out for the same reason. Not part of npm test.
const GLANCE_STU = 'force-app/main/default/lwc/glanceStu';

export default {
    testRunner: 'jest',
    jest: {
        projectType: 'custom',
        // Loaded in the sandbox, so that its paths are the sandbox's; `config` narrows it.
        configFile: 'jest.config.js',
        config: { roots: [`<rootDir>/${GLANCE_STU}`] },
        enableFindRelatedTests: false
    },
    mutate: [`${GLANCE_STU}/serviceTargetUrls.ts`, `${GLANCE_STU}/linkSettings.ts`],
    coverageAnalysis: 'perTest',
    ignoreStatic: true,
    // No mutant here can loop: a slow run is a busy machine, not a kill, so allow it a minute.
    timeoutMS: 60_000,
    // Inside reports/, which git, ESLint and Prettier already leave alone.
    tempDirName: 'reports/stryker-tmp',
    reporters: ['progress', 'clear-text', 'html', 'json'],
    htmlReporter: { fileName: 'reports/mutation/index.html' },
    jsonReporter: { fileName: 'reports/mutation/mutation.json' }
};
