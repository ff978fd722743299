// npm run test:org: the one test that runs in a real org. With --target-dev-hub it creates a scratch
// org (deleted at the end, even on failure, unless --keep); with --target-org it uses that org. It
// deploys force-app through npm run deploy (so the build runs first), assigns Glance_STU_User, deploys
// the test-only Case page of org-test/ (no package directory, so it never ships), then Case's View
// override that makes it the org default, and drives that page in Chromium, logged in through
// sf org open, to the same expectations as the end-to-end tests (e2e/expectations.mjs). Glance's
// hosts are unknown to the browser: nothing reaches glance.net.
// Prints one line per check. In an existing org it removes the records it created, but the test page
// stays the org's default Case page.
import { spawnSync } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import project from './project.cjs';

export const USAGE = 'npm run test:org -- --target-dev-hub HUB [--keep]   or   npm run test:org -- --target-org ALIAS';
const TEST_PAGE = [
    ['test Case page', 'org-test/main/default/flexipages'],
    ["Case's View override to it", 'org-test/main/default/objects']
];
const SESSION_KEY = '4821';
const GROUP_ID = '12345';
/** How long the Task the card creates after View may take to be readable. */
const TASK_POLLS = { attempts: 15, intervalMs: 2000 };

/** @returns {{ hub?: string, org?: string, keep: boolean }} or throws with the usage */
export function parseOptions(argv) {
    const { values } = parseArgs({
        args: argv,
        options: { 'target-dev-hub': { type: 'string' }, 'target-org': { type: 'string' }, keep: { type: 'boolean' } },
        strict: true
    });
    const [hub, org] = [values['target-dev-hub'], values['target-org']];
    if (Boolean(hub) === Boolean(org))
        throw new Error(`give exactly one of --target-dev-hub and --target-org: ${USAGE}`);
    if (org && values.keep) throw new Error('--keep applies to a scratch org this test creates, not to --target-org');
    return { hub, org, keep: Boolean(values.keep) };
}

/** Runs commands in `root` with its node_modules/.bin first on PATH, as npm run would. */
function commands(root) {
    const env = { ...process.env, PATH: `${join(root, 'node_modules/.bin')}${delimiter}${process.env.PATH}` };
    // A deploy's JSON lists every component: more than spawnSync's default 1 MB buffer.
    const run = (command, args) => spawnSync(command, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 2 ** 26 });
    return {
        /** `sf args --json`: its result, or throws with sf's own message. */
        sf(...args) {
            const { status, stdout, stderr } = run('sf', [...args, '--json']);
            let output;
            try {
                output = JSON.parse(stdout);
            } catch {
                output = { message: (stderr || stdout).trim() };
            }
            if (status !== 0) {
                // A failed deploy says only "Deploy failed."; the reasons are in its component failures.
                const failures = [output.result?.details?.componentFailures ?? []].flat();
                const reasons = failures.map(
                    (failure) => `\n  ${failure.fileName ?? failure.fullName}: ${failure.problem}`
                );
                const message = `${output.message ?? stderr.trim()}${reasons.join('')}`;
                const error = new Error(`sf ${args.join(' ')} failed: ${message}`);
                throw Object.assign(error, { result: output.result });
            }
            return output.result;
        },
        /** npm run deploy -- args: the project's own deploy (build, platform check, then sf). */
        deploy(...args) {
            const { status, stdout, stderr } = run('npm', ['run', '--silent', 'deploy', '--', ...args]);
            if (status !== 0) throw new Error(`npm run deploy failed:\n${`${stdout}\n${stderr}`.trim()}`);
        }
    };
}

const quoted = (value) => `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * Runs the org test. `openCard(url)` opens the front-door URL in a browser and resolves to the card
 * on the page it lands on (see test-org-browser.mjs, the default); tests pass a stand-in.
 * @returns {Promise<boolean>} whether every check passed, clean-up included
 */
export async function runOrgTest(
    argv,
    { root = project.projectRoot, openCard, log = console.log, taskPolls = TASK_POLLS } = {}
) {
    const options = parseOptions(argv);
    const { sf, deploy } = commands(root);
    openCard ??= (await import('./test-org-browser.mjs')).openCardInChromium;
    const tally = { passed: 0, failed: 0 };
    /** Runs one check and prints its line; a failed check stops the run unless `goOn`. */
    const check = async (name, step, goOn = false) => {
        try {
            // A step may return a word for its line (a name, an ID); sf's results are not for printing.
            const detail = await step();
            log(`ok   ${name}${typeof detail === 'string' ? `: ${detail}` : ''}`);
            tally.passed += 1;
        } catch (error) {
            log(`FAIL ${name}: ${error.message}`);
            tally.failed += 1;
            if (!goOn) throw error;
        }
    };
    const created = { org: null, records: [] };
    let target = options.org;
    try {
        await steps();
    } catch {
        // Already printed by its check; clean up all the same.
    }
    if (created.org && options.keep) {
        log(`kept scratch org ${created.org}: sf org delete scratch --target-org ${created.org} --no-prompt`);
    } else if (created.org) {
        const args = ['--target-org', created.org, '--no-prompt'];
        await check(`scratch org ${created.org} deleted`, () => sf('org', 'delete', 'scratch', ...args), true);
    } else {
        for (const { sobject, id } of created.records) {
            const args = ['--sobject', sobject, '--record-id', id, '--target-org', target];
            await check(`${sobject} ${id} deleted`, () => sf('data', 'delete', 'record', ...args), true);
        }
    }
    log(`test:org: ${tally.passed} passed, ${tally.failed} failed${target ? ` on ${target}` : ''}`);
    return tally.failed === 0;

    async function steps() {
        if (options.hub) {
            await check('scratch org created', () => {
                const args = ['--definition-file', 'config/project-scratch-def.json', '--target-dev-hub', options.hub];
                const org = sf(
                    'org',
                    'create',
                    'scratch',
                    ...args,
                    '--duration-days',
                    '1',
                    '--no-track-source',
                    '--wait',
                    '20'
                );
                created.org = target = org.username;
                return target;
            });
        }
        await check('force-app deployed (npm run deploy)', () => deploy('--target-org', target, '--wait', '30'));
        await check('Glance_STU_User assigned', () => assignPermissionSet(sf, target));
        // The page first: the override that makes it Case's default names it.
        for (const [what, folder] of TEST_PAGE) {
            await check(`${what} deployed (org-test)`, () => {
                sf('project', 'deploy', 'start', '--source-dir', folder, '--target-org', target, '--wait', '30');
            });
        }
        let org, user;
        await check('org ID and running user read', () => {
            org = sf('org', 'display', '--target-org', target);
            if (options.org) assertNoGlanceSettings(sf, target, org.id);
            const query = `SELECT Name, Email, Phone FROM User WHERE Username = ${quoted(org.username)}`;
            [user] = sf('data', 'query', '--query', query, '--target-org', target).records;
            return `${org.id}, ${user.Name}`;
        });
        const orgId15 = org.id.slice(0, 15);
        const record = (sobject, values) => {
            const { id } = sf(
                'data',
                'create',
                'record',
                '--sobject',
                sobject,
                '--values',
                values,
                '--target-org',
                target
            );
            created.records.unshift({ sobject, id });
            return id;
        };
        let caseId;
        await check('Case created', () => (caseId = record('Case', "Subject='Glance org test'")));
        /** The Case page in a new browser, so that the user's formula fields are read afresh. */
        const withCasePage = async (name, drive) => {
            let card;
            await check(name, async () => {
                const { url } = sf(
                    'org',
                    'open',
                    '--url-only',
                    '--path',
                    `/lightning/r/Case/${caseId}/view`,
                    '--target-org',
                    target
                );
                card = await openCard(url);
            });
            try {
                await drive(card);
            } finally {
                await card.close();
            }
        };

        await withCasePage('Case page opened with the card', (card) =>
            check(`Join carries idptoken=${orgId15} and the name ${user.Name}; a typed key gives View`, () =>
                card.assertJoinAndView({ sso: ['idptoken', orgId15], user, sessionKey: SESSION_KEY })
            )
        );
        await check(`Glance Settings org default created (idpid ${GROUP_ID}, Log Sessions on)`, () => {
            record(
                'Glance_Settings__c',
                `SetupOwnerId=${org.id} SSO_Type__c=idpid SSO_Value__c=${GROUP_ID} Log_Sessions__c=true`
            );
        });
        await withCasePage('Case page opened again', async (card) => {
            await check(`Join and View carry idpid=${GROUP_ID}`, () =>
                card.assertJoinAndView({ sso: ['idpid', GROUP_ID], user, sessionKey: SESSION_KEY })
            );
            await check('View opens a tab, and nothing reaches glance.net', () => card.followView());
            await check('View left a completed Task on the Case', async () => {
                const task = await loggedTask(sf, target, caseId, taskPolls);
                if (task) return task.Subject;
                throw new Error(`no Task on Case ${caseId}; the card says: ${(await card.logError()) || 'nothing'}`);
            });
        });
    }
}

/** Assigns the permission set; one the user already has (an existing org) counts as assigned. */
function assignPermissionSet(sf, target) {
    try {
        sf('org', 'assign', 'permset', '--name', 'Glance_STU_User', '--target-org', target);
    } catch (error) {
        const failures = error.result?.failures ?? [];
        if (!failures.length || !failures.every((failure) => /duplicate/i.test(failure.message))) throw error;
        return 'already assigned';
    }
}

/** An existing org's own Glance Settings org default would be overwritten by the test's: stop instead. */
function assertNoGlanceSettings(sf, target, orgId) {
    const query = `SELECT Id FROM Glance_Settings__c WHERE SetupOwnerId = ${quoted(orgId)}`;
    const [existing] = sf('data', 'query', '--query', query, '--target-org', target).records;
    if (existing) {
        throw new Error(`the org has a Glance Settings org default (${existing.Id}); use a scratch org or delete it`);
    }
}

/** The Task the card logged for View on the Case, once readable; null if none came. */
async function loggedTask(sf, target, caseId, polls) {
    const query =
        'SELECT Subject, Status, IsClosed FROM Task ' +
        `WHERE WhatId = ${quoted(caseId)} AND Subject LIKE ${quoted(`%${SESSION_KEY}%`)}`;
    const { label } = await import('../e2e/expectations.mjs');
    for (let attempt = 1; attempt <= polls.attempts; attempt += 1) {
        const [task] = sf('data', 'query', '--query', query, '--target-org', target).records;
        if (task) {
            const expected = label('GlanceStu_LogSubjectView', SESSION_KEY);
            if (task.Subject !== expected || !task.IsClosed) {
                throw new Error(`the Task is "${task.Subject}" (${task.Status}), not a closed "${expected}"`);
            }
            return task;
        }
        if (attempt < polls.attempts) await sleep(polls.intervalMs);
    }
    return null;
}

if (project.isMain(import.meta.url)) {
    // Ctrl+C reaches the sf command running too, which fails its check: the clean-up still runs.
    // A second Ctrl+C stops at once, clean-up or not.
    process.on('SIGINT', () => {
        if (process.exitCode === 130) process.exit(130);
        process.exitCode = 130;
        console.log('test:org: interrupted; cleaning up (Ctrl+C again to stop at once)');
    });
    let passed;
    try {
        passed = await runOrgTest(process.argv.slice(2));
    } catch (error) {
        // Only a wrong command line gets here: every other failure is a check's.
        console.error(`test:org: ${error.message}`);
        process.exit(2);
    }
    if (!passed) process.exitCode ||= 1;
}
