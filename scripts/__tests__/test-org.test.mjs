// npm run test:org cannot run here (there is no org), so its command chain is tested instead: which
// sf commands it runs, in which order, with which flags, and that it cleans up when a step fails. sf is
// a stub that records each call and answers with canned JSON; npm run deploy is the project's own,
// with verify:platform stubbed; the browser is a stand-in that records what it was asked to check.
import assert from 'node:assert/strict';
import { appendFileSync, chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import project from '../project.cjs';
import { parseOptions, runOrgTest } from '../test-org.mjs';
import { tempDir, writeFiles } from './project-copy.mjs';

const { scripts } = JSON.parse(readFileSync(join(project.projectRoot, 'package.json'), 'utf8'));
const USERNAME = 'test-3x7k@example.com';
const ORG_ID = '00D8d000000XyZaEAK';
const CASE_ID = '5008d00000AbCdEAAZ';
const SETTINGS_ID = 'a008d00000QrStUAAZ';
const USER = { Name: 'User User', Email: 'dev@example.com', Phone: null };
const FRONT_DOOR = 'https://example.my.salesforce.com/secur/frontdoor.jsp?otp=x';
const TASK = { Subject: 'Glance session 4821 viewed', Status: 'Completed', IsClosed: true };

// Keyed by the command's words, then the --sobject of a record, the object a query reads or a deploy's --source-dir.
const ANSWERS = {
    'org create scratch': { result: { username: USERNAME, orgId: ORG_ID } },
    'project deploy start': { result: { status: 'Succeeded' } },
    'org assign permset': { result: { successes: [{ name: USERNAME, value: 'Glance_STU_User' }], failures: [] } },
    'org display': { result: { id: ORG_ID, username: USERNAME } },
    'data query User': { result: { records: [USER] } },
    'data query Glance_Settings__c': { result: { records: [] } },
    'data query Task': { result: { records: [TASK] } },
    'data create record Case': { result: { id: CASE_ID } },
    'data create record Glance_Settings__c': { result: { id: SETTINGS_ID } },
    'org open': { result: { url: FRONT_DOOR, orgId: ORG_ID, username: USERNAME } },
    'org delete scratch': { result: { orgId: ORG_ID, username: USERNAME } },
    'data delete record': { result: { id: 'deleted' } }
};

// Records its arguments as one JSON line, then answers from answers.json beside calls.txt.
const SF_STUB = `#!/usr/bin/env node
const { appendFileSync, readFileSync } = require('node:fs');
const args = process.argv.slice(2);
appendFileSync(__dirname + '/../../calls.txt', JSON.stringify(['sf', ...args]) + '\\n');
const words = args.slice(0, args.findIndex((arg) => arg.startsWith('-'))).join(' ');
const flag = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const object = flag('--sobject') ?? / FROM (\\w+)/.exec(flag('--query') ?? '')?.[1] ?? flag('--source-dir');
const answers = JSON.parse(readFileSync(__dirname + '/../../answers.json', 'utf8'));
const answer = answers[words + ' ' + object] ?? answers[words] ?? { result: {} };
process.stdout.write(JSON.stringify({ status: answer.status ?? 0, ...answer }));
process.exit(answer.status ?? 0);
`;

/**
 * Runs test:org in a folder with the real deploy script, a verify:platform that exits
 * `verifyStatus`, the sf stub with `answers` over ANSWERS, and a browser stand-in; `card` overrides
 * its methods. Returns the calls in order, the lines printed and whether it passed.
 */
async function orgTest(t, argv, { answers = {}, verifyStatus = 0, card = {} } = {}) {
    const root = tempDir(t, 'test-org-');
    const stubbed = {
        deploy: scripts.deploy,
        'verify:platform': `echo '["verify:platform"]' >> calls.txt; exit ${verifyStatus}`
    };
    writeFiles(root, {
        'package.json': JSON.stringify({ scripts: stubbed }),
        'answers.json': JSON.stringify({ ...ANSWERS, ...answers }),
        'calls.txt': '',
        'node_modules/.bin/sf': SF_STUB
    });
    chmodSync(join(root, 'node_modules/.bin/sf'), 0o755);
    const record = (...call) => appendFileSync(join(root, 'calls.txt'), `${JSON.stringify(call)}\n`);
    const openCard = async (url) => {
        record('browser', 'open', url);
        const standIn = {
            assertJoinAndView: async (expected) => record('browser', 'assertJoinAndView', expected),
            followView: async () => record('browser', 'followView'),
            logError: async () => '',
            close: async () => record('browser', 'close')
        };
        for (const [name, step] of Object.entries(card)) {
            standIn[name] = async (...args) => {
                record('browser', name);
                return step(...args);
            };
        }
        return standIn;
    };
    const lines = [];
    const passed = await runOrgTest(argv, {
        root,
        openCard,
        log: (line) => lines.push(line),
        taskPolls: { attempts: 2, intervalMs: 1 }
    });
    const calls = readFileSync(join(root, 'calls.txt'), 'utf8')
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line));
    return { passed, lines, calls };
}

const on = (username) => ['--target-org', username];
const json = (...args) => ['sf', ...args, '--json'];
const casePath = ['--url-only', '--path', `/lightning/r/Case/${CASE_ID}/view`];
const userQuery = `SELECT Name, Email, Phone FROM User WHERE Username = '${USERNAME}'`;
const taskQuery = `SELECT Subject, Status, IsClosed FROM Task WHERE WhatId = '${CASE_ID}' AND Subject LIKE '%4821%'`;
const settingsValues = `SetupOwnerId=${ORG_ID} SSO_Type__c=idpid SSO_Value__c=12345 Log_Sessions__c=true`;
const SSO_TOKEN = ['idptoken', ORG_ID.slice(0, 15)];

/** The calls from the deploy to the Task read back, on `org`. */
const chainOn = (org, { existing = false } = {}) => [
    ['verify:platform'],
    ['sf', 'project', 'deploy', 'start', '--source-dir', 'force-app', ...on(org), '--wait', '30'],
    json('org', 'assign', 'permset', '--name', 'Glance_STU_User', ...on(org)),
    json('project', 'deploy', 'start', '--source-dir', 'org-test/main/default/flexipages', ...on(org), '--wait', '30'),
    json('project', 'deploy', 'start', '--source-dir', 'org-test/main/default/objects', ...on(org), '--wait', '30'),
    json('org', 'display', ...on(org)),
    ...(existing
        ? [
              json(
                  'data',
                  'query',
                  '--query',
                  `SELECT Id FROM Glance_Settings__c WHERE SetupOwnerId = '${ORG_ID}'`,
                  ...on(org)
              )
          ]
        : []),
    json('data', 'query', '--query', userQuery, ...on(org)),
    json('data', 'create', 'record', '--sobject', 'Case', '--values', "Subject='Glance org test'", ...on(org)),
    json('org', 'open', ...casePath, ...on(org)),
    ['browser', 'open', FRONT_DOOR],
    ['browser', 'assertJoinAndView', { sso: SSO_TOKEN, user: USER, sessionKey: '4821' }],
    ['browser', 'close'],
    json('data', 'create', 'record', '--sobject', 'Glance_Settings__c', '--values', settingsValues, ...on(org)),
    json('org', 'open', ...casePath, ...on(org)),
    ['browser', 'open', FRONT_DOOR],
    ['browser', 'assertJoinAndView', { sso: ['idpid', '12345'], user: USER, sessionKey: '4821' }],
    ['browser', 'followView'],
    json('data', 'query', '--query', taskQuery, ...on(org)),
    ['browser', 'close']
];
const createScratch = json(
    ...['org', 'create', 'scratch', '--definition-file', 'config/project-scratch-def.json'],
    ...['--target-dev-hub', 'hub', '--duration-days', '1', '--no-track-source', '--wait', '20']
);
const deleteScratch = json('org', 'delete', 'scratch', ...on(USERNAME), '--no-prompt');

test('with a Dev Hub: creates a scratch org, deploys through npm run deploy, checks the card and the Task, deletes the org', async (t) => {
    const run = await orgTest(t, ['--target-dev-hub', 'hub']);
    assert.deepEqual(run.calls, [createScratch, ...chainOn(USERNAME), deleteScratch]);
    assert.ok(run.passed, run.lines.join('\n'));
    assert.equal(run.lines.length, 16, 'one line per check and a summary');
    assert.ok(
        run.lines.slice(0, -1).every((line) => line.startsWith('ok   ')),
        run.lines.join('\n')
    );
    assert.ok(run.lines.includes(`ok   View left a completed Task on the Case: ${TASK.Subject}`), run.lines.join('\n'));
    assert.equal(run.lines.at(-1), `test:org: 15 passed, 0 failed on ${USERNAME}`);
});

test('with an existing org: the same checks, no scratch org, and the records it made deleted', async (t) => {
    const run = await orgTest(t, ['--target-org', 'mine']);
    const deletes = [
        ['Glance_Settings__c', SETTINGS_ID],
        ['Case', CASE_ID]
    ].map(([sobject, id]) => json('data', 'delete', 'record', '--sobject', sobject, '--record-id', id, ...on('mine')));
    assert.deepEqual(run.calls, [...chainOn('mine', { existing: true }), ...deletes]);
    assert.ok(run.passed, run.lines.join('\n'));
});

test('a failed deploy stops the run before anything else reaches the org, and the scratch org is still deleted', async (t) => {
    const run = await orgTest(t, ['--target-dev-hub', 'hub'], { verifyStatus: 1 });
    assert.deepEqual(run.calls, [createScratch, ['verify:platform'], deleteScratch]);
    assert.equal(run.passed, false);
    assert.match(run.lines.join('\n'), /^FAIL force-app deployed \(npm run deploy\): npm run deploy failed/m);
    assert.equal(run.lines.at(-1), `test:org: 2 passed, 1 failed on ${USERNAME}`);
});

test("a failed deploy of the test page's override names each component's problem, and the scratch org is still deleted", async (t) => {
    const problem = { fileName: 'org-test/main/default/objects/Case/Case.object-meta.xml', problem: 'no such page' };
    const failed = { status: 1, message: 'Deploy failed.', result: { details: { componentFailures: problem } } };
    const run = await orgTest(t, ['--target-dev-hub', 'hub'], {
        answers: { 'project deploy start org-test/main/default/objects': failed }
    });
    assert.deepEqual(run.calls.slice(-2), [chainOn(USERNAME)[4], deleteScratch]);
    assert.ok(
        run.lines.some((line) => line.endsWith(`Deploy failed.\n  ${problem.fileName}: ${problem.problem}`)),
        run.lines.join('\n')
    );
});

test('a failed browser check closes the browser and deletes the scratch org; --keep keeps it', async (t) => {
    const wrongLink = () => assert.fail('the Join link carries no idptoken');
    const run = await orgTest(t, ['--target-dev-hub', 'hub'], { card: { assertJoinAndView: wrongLink } });
    assert.deepEqual(run.calls.slice(-3), [['browser', 'assertJoinAndView'], ['browser', 'close'], deleteScratch]);
    assert.equal(run.passed, false);
    assert.ok(run.lines.some((line) => /^FAIL Join carries .*: the Join link carries no idptoken$/.test(line)));

    const kept = await orgTest(t, ['--target-dev-hub', 'hub', '--keep'], { card: { assertJoinAndView: wrongLink } });
    assert.ok(!kept.calls.some((call) => call.includes('delete')), 'no delete call with --keep');
    assert.ok(
        kept.lines.includes(`kept scratch org ${USERNAME}: sf org delete scratch --target-org ${USERNAME} --no-prompt`)
    );
});

test('a View that leaves no Task fails with what the card says, after polling', async (t) => {
    const card = { logError: async () => 'This Glance session was not logged on the record (no access).' };
    const run = await orgTest(t, ['--target-dev-hub', 'hub'], {
        answers: { 'data query Task': { result: { records: [] } } },
        card
    });
    assert.equal(run.calls.filter((call) => call.includes(taskQuery)).length, 2, 'polled twice');
    assert.ok(
        run.lines.includes(
            `FAIL View left a completed Task on the Case: no Task on Case ${CASE_ID}; the card says: ${await card.logError()}`
        )
    );
    assert.deepEqual(run.calls.at(-1), deleteScratch);

    const open = { records: [{ ...TASK, Status: 'Not Started', IsClosed: false }] };
    const notClosed = await orgTest(t, ['--target-dev-hub', 'hub'], {
        answers: { 'data query Task': { result: open } }
    });
    assert.ok(
        notClosed.lines.some((line) => line.startsWith('FAIL View left a completed Task on the Case: the Task is'))
    );
});

test('an existing org with its own Glance Settings org default is left as it was', async (t) => {
    const answers = { 'data query Glance_Settings__c': { result: { records: [{ Id: 'a00existing' }] } } };
    const run = await orgTest(t, ['--target-org', 'mine'], { answers });
    assert.equal(run.passed, false);
    assert.ok(
        !run.calls.some((call) => call.includes('create') || call.includes('delete')),
        'nothing created or deleted'
    );
    assert.match(
        run.lines.join('\n'),
        /FAIL org ID and running user read: the org has a Glance Settings org default \(a00existing\)/
    );
});

test('a permission set the user already has counts as assigned; any other assignment failure fails', async (t) => {
    const refused = (message) => ({
        'org assign permset': { status: 1, result: { successes: [], failures: [{ name: USERNAME, message }] } }
    });
    const duplicate = await orgTest(t, ['--target-org', 'mine'], {
        answers: refused('Duplicate PermissionSetAssignment')
    });
    assert.ok(duplicate.lines.includes('ok   Glance_STU_User assigned: already assigned'), duplicate.lines.join('\n'));
    const missing = await orgTest(t, ['--target-org', 'mine'], { answers: refused('Permission set not found') });
    assert.equal(missing.passed, false);
    assert.ok(missing.lines.some((line) => line.startsWith('FAIL Glance_STU_User assigned: sf org assign permset')));
});

test('the command line takes exactly one of --target-dev-hub and --target-org; --keep only with a Dev Hub', () => {
    assert.deepEqual(parseOptions(['--target-dev-hub', 'hub', '--keep']), { hub: 'hub', org: undefined, keep: true });
    for (const argv of [
        [],
        ['--target-dev-hub', 'hub', '--target-org', 'mine'],
        ['--target-org', 'mine', '--keep'],
        ['--org', 'x']
    ]) {
        assert.throws(() => parseOptions(argv), /target|Unknown option/, argv.join(' '));
    }
});
