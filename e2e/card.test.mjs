// The card on the sample Case page of the local preview, in Chromium: its links, the session key
// box, the data scenarios, the property panel, its UI API requests, its languages, Glance Settings
// (the org-wide defaults an admin enters once) and the session log.
import assert from 'node:assert/strict';
import { IDENTITY_QUERY, JOIN_URL, VIEW_4821, preview, test } from './fixtures.mjs';
import { JOIN, JOIN_LINK, VIEW_LINK, assertJoinAndView, labelsIn } from './expectations.mjs';
import { SAMPLE_USER as USER } from '../preview/platform/ui-api-server.js';
import project from '../scripts/project.cjs';

const ACCOUNT_LINKS = 'a[data-stu="account"], a[data-stu="login-key"], a[data-stu="saml-test"]';
const IDENTITY_SUMMARY = '[data-stu="identity"]';
const KEY_BOX = 'input[data-stu="session-key"]';
// SLDS's error state: on the form element around the key box.
const KEY_BOX_IN_ERROR = `.slds-form-element.slds-has-error:has(${KEY_BOX})`;
const ORG_TOKEN = ['idptoken', USER.Glance_Org_Id__c.slice(0, 15)];
const VIEW_UNAVAILABLE = '[data-stu="view-unavailable"]';
// UPDATE_SCREENSHOT=1 npm run test:e2e refreshes the README's picture; otherwise the tests leave docs/ alone.
const SCREENSHOT = process.env.UPDATE_SCREENSHOT && new URL('../docs/preview.png', import.meta.url).pathname;

const label = labelsIn('en_US');

test.describe('launcher on the sample Case', () => {
    test('while the user record loads: a spinner, and no link without its identity', async () => {
        await preview.open('?latency=60000', 'lightning-spinner');
        assert.equal(await preview.count('a[href]'), 0);
        await preview.assertAccessible();
    });

    test('Join carries idptoken (the first 15 characters of the org ID), name, email and phone; only admins get the account links', async () => {
        await preview.open();
        assert.equal(await preview.joinUrl(), JOIN_URL);
        const sent = new URL(await preview.joinUrl()).searchParams.get('idptoken');
        assert.equal(sent, USER.Glance_Org_Id__c.slice(0, 15), "the first 15 characters of the user's org ID");
        assert.equal(await preview.inCard(JOIN_LINK).getAttribute('target'), '_blank');
        assert.equal(await preview.inCard(JOIN_LINK).getAttribute('rel'), 'noopener noreferrer');
        const summary = label('GlanceStu_IdentityPreview', `${USER.Name}, ${USER.Email}, ${USER.Phone}`);
        await preview.assertText(IDENTITY_SUMMARY, summary);
        assert.equal(await preview.count('[data-problem], [data-notice]'), 0);
        await preview.assertAccessible();
        assert.equal(await preview.count(ACCOUNT_LINKS), 3);
        await preview.open('?admin=0');
        assert.equal(await preview.count(ACCOUNT_LINKS), 0);
        assert.equal(await preview.joinUrl(), JOIN_URL);
        await preview.assertAccessible();
    });

    test('a typed key gives View, a key read out in groups without its spaces; at 400 x 800 the card fits with the panel folded', async () => {
        const { page } = await preview.open();
        assert.equal(await preview.count(VIEW_LINK), 0);
        await preview.inCard(VIEW_UNAVAILABLE).press('Enter');
        assert.ok((await preview.describedError()).endsWith(label('GlanceStu_SessionKeyMissing')));
        // The expectations npm run test:org holds a real org to, then the exact text Glance receives.
        await assertJoinAndView(preview.launcher(), { sso: ORG_TOKEN, user: USER, sessionKey: '4821' });
        assert.equal(await preview.href(VIEW_LINK), VIEW_4821);
        if (SCREENSHOT) await page.screenshot({ path: SCREENSHOT });
        await preview.typeSessionKey('48 21');
        assert.equal(await preview.href(VIEW_LINK), VIEW_4821);
        assert.equal(await preview.keyInput().inputValue(), '48 21', 'the box keeps what was typed');
        assert.equal(await preview.keyInput().getAttribute('aria-invalid'), 'false');
        await preview.assertFitsPhone([KEY_BOX, VIEW_LINK, JOIN_LINK]);
        assert.equal(await preview.hook('fold-panel').getAttribute('aria-expanded'), 'false');
        await preview.assertAccessible();
        await preview.followLink(preview.inCard(JOIN_LINK));
    });

    test('an invalid key is marked, kept and gives no View link; once valid, Enter opens View once and nothing more', async () => {
        const { blocked } = await preview.open();
        await preview.typeSessionKey('48/21');
        assert.equal(await preview.keyInput().getAttribute('aria-invalid'), 'true');
        assert.equal(await preview.describedError(), label('GlanceStu_SessionKeyInvalid'));
        await preview.assertText('[data-stu="session-key-message"]', label('GlanceStu_SessionKeyInvalid'));
        assert.equal(await preview.count(KEY_BOX_IN_ERROR), 1, "SLDS's error state");
        assert.equal(await preview.count(VIEW_LINK), 0);
        // View waits for a key, focusable and saying why; activating it asks for a key and opens nothing.
        const unavailable = preview.inCard(VIEW_UNAVAILABLE);
        assert.equal(await unavailable.getAttribute('aria-disabled'), 'true');
        assert.equal(await preview.description(VIEW_UNAVAILABLE), label('GlanceStu_ViewNeedsKey'));
        await unavailable.press('Enter');
        assert.equal(await preview.keyInput().evaluate((input) => input.matches(':focus')), true);
        assert.equal(await preview.keyInput().inputValue(), '48/21');
        assert.equal(await preview.joinUrl(), JOIN_URL, 'Join still works');
        await preview.assertAccessible();
        await preview.keyInput().press('Enter');
        assert.deepEqual(await preview.windowOpens(), [], 'Enter on an invalid key opens nothing');
        await preview.typeSessionKey('4821');
        assert.equal(await preview.keyInput().getAttribute('aria-invalid'), 'false');
        assert.ok(!(await preview.describedError()).includes(label('GlanceStu_SessionKeyInvalid')));
        assert.equal(await preview.count(KEY_BOX_IN_ERROR), 0);
        await preview.keyInput().press('Enter');
        await preview.keyInput().press('Enter');
        await preview.inCard(VIEW_LINK).click();
        assert.deepEqual(await preview.windowOpens(), [{ url: VIEW_4821, target: '_blank' }]);
        assert.deepEqual(blocked, [], 'the click after Enter followed no link');
    });

    test('one request renders a launcher; a second launcher for the same user makes none', async () => {
        const { page } = await preview.open();
        assert.equal(await preview.requestCount(), 1);
        assert.equal(await preview.hook('cache-hits').textContent(), '0');
        await preview.hook('add-launcher').click();
        assert.equal(await preview.joinUrl(1), JOIN_URL, 'the second launcher renders');
        assert.equal(await preview.requestCount(), 1);
        assert.equal(await preview.hook('cache-hits').textContent(), '1');
        assert.equal(await preview.hook('launcher-count').textContent(), '2');
        // As the UI API receives it: the name required, email, phone and the package's User fields optional.
        const { log } = await page.evaluate(() => window.glancePreview.uiApiStats());
        assert.deepEqual(
            log.map(({ recordId, fields }) => ({ recordId, fields })),
            [{ recordId: USER.Id, fields: ['User.Name'] }]
        );
        const shipped = project.customFields('User').map((field) => `User.${field.name}`);
        assert.deepEqual(log[0].optionalFields.toSorted(), ['User.Email', 'User.Phone', ...shipped].toSorted());
    });
});

test.describe('data scenarios', () => {
    test('phone hidden by field-level security: the links and the summary leave it out', async () => {
        await preview.open('?phoneHidden=1');
        assert.ok(!(await preview.joinUrl()).includes('phone='));
        await preview.assertText(IDENTITY_SUMMARY, label('GlanceStu_IdentityPreview', `${USER.Name}, ${USER.Email}`));
        assert.equal(await preview.count('[data-problem], [data-notice]'), 0);
        assert.equal(await preview.requestCount(), 1, 'an optional field the user cannot read fails no request');
        await preview.assertAccessible();
    });

    test('user record unreadable: a notice, and Join without identity or single sign-on', async () => {
        await preview.open('?userError=1');
        assert.equal(await preview.joinUrl(), JOIN);
        const notice = label('GlanceStu_UserUnreadable', "You don't have access to this record.");
        await preview.assertText('[data-notice="user"]', notice);
        assert.equal(await preview.count(`[data-problem], ${IDENTITY_SUMMARY}, ${ACCOUNT_LINKS}`), 0);
        await preview.assertAccessible();
    });

    test('org ID not readable: links open without single sign-on and the card says what to fix', async () => {
        await preview.open('?orgIdHidden=1');
        assert.equal(await preview.joinUrl(), `${JOIN}?${IDENTITY_QUERY}`);
        const fix = label('GlanceStu_ProblemOrgIdUnreadable', label('GlanceStu_SettingFieldSsoValue'));
        await preview.assertText('[data-problem="ORG_ID_UNREADABLE"]', fix);
        assert.equal(await preview.count(ACCOUNT_LINKS), 0);
        assert.equal(await preview.requestCount(), 1);
        await preview.assertAccessible();
    });

    test('a scenario or language switched in the panel reloads, keeping edits; a session key on the Case fills the key box', async () => {
        const { page } = await preview.open();
        await preview.setScenario('sessionKey', true);
        assert.equal(await preview.href(VIEW_LINK), VIEW_4821);
        assert.equal(await preview.keyInput().inputValue(), '4821');
        assert.equal(await preview.requestCount(), 2, 'the running user and the Case');
        await preview.assertAccessible();
        await preview.setGlanceSetting('Org_Id_Length__c', '18');
        await preview.setScenario('admin', false);
        assert.equal(await page.locator('[data-setting="Org_Id_Length__c"]').inputValue(), '18');
        assert.equal(await preview.joinUrl(), `${JOIN}?idptoken=${USER.Glance_Org_Id__c}&${IDENTITY_QUERY}`);
        assert.equal(await preview.count(ACCOUNT_LINKS), 0);
        assert.equal(await preview.prop('sessionKeyField').inputValue(), 'Glance_Session_Key__c');
        await preview.reloadAfter(() => preview.hook('lang').selectOption('ja'), 'lang', 'ja');
        assert.ok((await preview.text(JOIN_LINK)).startsWith(labelsIn('ja')('GlanceStu_JoinLink')));
        assert.equal(await preview.count(ACCOUNT_LINKS), 0);
    });
});

test.describe('property panel', () => {
    test('offers only what differs by page, and edits the card title and the Join mode live, without new UI API requests', async () => {
        const { page } = await preview.open();
        const offered = await page.locator('[data-prop]').evaluateAll((all) => all.map((input) => input.dataset.prop));
        assert.deepEqual(offered, ['cardTitle', 'sessionKeyField', 'joinMode', 'hideAccountLinks']);
        await preview.setProperties({ cardTitle: 'Cobrowse' });
        await preview.assertText('.slds-card__header-title', 'Cobrowse');
        await preview.setProperties({ joinMode: 'sms' });
        // A bad value set on the card names the card's property, not Glance Settings.
        const fix = label('GlanceStu_ProblemJoinModeUnknown', label('GlanceStu_PropertyJoinMode'));
        await preview.assertText('[data-problem="JOIN_MODE_UNKNOWN"]', fix);
        // A problem that appears after load is announced.
        await preview.inCard('[data-stu="announcement"]').filter({ hasText: fix }).waitFor({ state: 'attached' });
        assert.equal(await preview.joinUrl(), JOIN_URL, 'Join opens without a mode');
        await preview.setProperties({ joinMode: 'smsinvitation' });
        assert.equal(await preview.count('[data-problem]'), 0);
        assert.equal(await preview.joinUrl(), `${JOIN_URL}&mode=smsinvitation`);
        await preview.setProperties({ joinMode: '' });
        assert.equal(await preview.joinUrl(), JOIN_URL, 'blank uses Glance Settings, which set no mode');
        assert.equal(await preview.requestCount(), 1);
        await preview.setProperties({ joinMode: 'chatinvitation' });
        const address = await page.evaluate(() => location.search);
        assert.match(address, /joinMode=chatinvitation/, 'the address keeps the edits');
    });

    test("Glance Settings' viewer and identity flags reach Join beside the card's mode; a session key field reads the Case once, and a wrong one says what to fix", async () => {
        const { page } = await preview.open('?Viewer_Same_Window__c=1');
        await preview.setProperties({ joinMode: 'chatinvitation' });
        const flags = 'viewersamewindow=1&mode=chatinvitation';
        assert.equal(await preview.joinUrl(), `${JOIN}?idptoken=00D5g000004ABCD&${IDENTITY_QUERY}&${flags}`);
        const hideIdentity = page.locator('[data-setting="Hide_Identity__c"]');
        await preview.reloadAfter(() => hideIdentity.setChecked(true, { force: true }), 'Hide_Identity__c', '1');
        assert.equal(await preview.joinUrl(), `${JOIN}?idptoken=00D5g000004ABCD&${flags}`, 'the mode kept');
        await preview.assertText('[data-notice="identity-hidden"]', label('GlanceStu_IdentityHidden'));
        assert.equal(await preview.count(IDENTITY_SUMMARY), 0);
        assert.equal(await preview.count(ACCOUNT_LINKS), 3);
        await preview.setProperties({ hideAccountLinks: true });
        assert.equal(await preview.count(ACCOUNT_LINKS), 0);
        assert.equal(await preview.requestCount(), 1);
        await preview.setProperties({ sessionKeyField: 'Nope__c' });
        const problem = '[data-problem="session-key-field"]';
        const field = label('GlanceStu_PropertySessionKeyField');
        await preview.assertText(problem, label('GlanceStu_ProblemSessionKeyFieldMissing', field, 'Nope__c'));
        assert.equal(await preview.requestCount(), 2, 'the running user, then the Case');
        await preview.setProperties({ sessionKeyField: '' });
        await preview.inCard(problem).waitFor({ state: 'detached' });
    });
});

test.describe('languages', () => {
    for (const language of ['ja', 'de']) {
        test(`${language}: the card speaks it from the translation files and fits 400 px, with a problem and each key`, async () => {
            // A Glance Settings problem and the key's error: the longest sentences the card shows.
            const { page } = await preview.open(`?lang=${language}&SSO_Type__c=idpid&SSO_Value__c=12a4`);
            const translated = labelsIn(language);
            assert.equal(await page.evaluate(() => document.documentElement.lang), language);
            // A link's text ends with the screen reader's "(opens in a new tab)".
            const link = (name) => `${translated(name)} ${translated('GlanceStu_OpensInNewTab')}`;
            await preview.assertText(JOIN_LINK, link('GlanceStu_JoinLink'));
            assert.notEqual(translated('GlanceStu_JoinLink'), label('GlanceStu_JoinLink'));
            const fix = translated('GlanceStu_ProblemGroupIdNotNumeric', translated('GlanceStu_SettingFieldSsoValue'));
            await preview.assertText('[data-problem="GROUP_ID_NOT_DIGITS"]', fix);
            await preview.typeSessionKey('4821');
            await preview.assertFitsPhone(['[data-problem]', VIEW_LINK, JOIN_LINK]);
            await preview.assertText(VIEW_LINK, link('GlanceStu_ViewLink'));
            await preview.assertAccessible();
            await preview.typeSessionKey('48/21');
            assert.ok((await preview.describedError()).endsWith(translated('GlanceStu_SessionKeyInvalid')));
            await preview.assertFitsPhone([KEY_BOX, VIEW_UNAVAILABLE]);
            await preview.assertAccessible();
        });
    }
});

test.describe('Glance Settings', () => {
    /** The panel's "which value the links use" row for a setting: [value, where it came from]. */
    const winner = (page, setting) => page.locator(`[data-setting-row="${setting}"] td`).allInnerTexts();

    test("Copy of the account identifier says what happened; an org-default Group ID reaches Join; the card's Join mode wins over Glance Settings'", async () => {
        const { page } = await preview.open();
        assert.equal(await preview.inCard('input[data-stu="account-identifier"]').inputValue(), '00D5g000004ABCD');
        const copy = preview.inCard('button[data-stu="copy-account-identifier"]');
        const status = preview.inCard('[data-stu="copy-status"]');
        await copy.click();
        // Headless Chromium may refuse the clipboard; either way the admin is told what to do.
        const said = await status.filter({ hasText: /\S/ }).textContent();
        assert.ok([label('GlanceStu_Copied'), label('GlanceStu_CopyManually')].includes(said.trim()), said);
        // A second Copy changes the live region's text, so a screen reader says it again.
        await copy.click();
        const changed = ([element, before]) => element.textContent !== before;
        await page.waitForFunction(changed, [await status.elementHandle(), said]);
        assert.equal((await status.textContent()).trim(), said.trim());
        assert.deepEqual(await winner(page, 'ssoType'), ['idptoken', 'Built-in default']);
        await preview.setGlanceSetting('SSO_Type__c', 'idpid');
        await preview.setGlanceSetting('SSO_Value__c', '67890');
        assert.equal(await preview.joinUrl(), `${JOIN}?idpid=67890&${IDENTITY_QUERY}`);
        await assertJoinAndView(preview.launcher(), { sso: ['idpid', '67890'], user: USER, sessionKey: '4821' });
        assert.deepEqual(await winner(page, 'ssoType'), ['idpid', 'Glance Settings']);
        assert.deepEqual(await winner(page, 'ssoValue'), ['67890', 'Glance Settings']);
        // The card's Agent Join Mode wins over Glance Settings' Join Mode, at once.
        await preview.setGlanceSetting('Join_Mode__c', 'universaljoin');
        assert.equal(await preview.joinUrl(), `${JOIN}?idpid=67890&${IDENTITY_QUERY}&mode=universaljoin`);
        assert.deepEqual(await winner(page, 'joinMode'), ['universaljoin', 'Glance Settings']);
        await preview.setProperties({ joinMode: 'chatinvitation' });
        assert.equal(await preview.joinUrl(), `${JOIN}?idpid=67890&${IDENTITY_QUERY}&mode=chatinvitation`);
        assert.deepEqual(await winner(page, 'joinMode'), ['chatinvitation', 'Card property']);
        assert.deepEqual(await winner(page, 'ssoType'), ['idpid', 'Glance Settings'], 'SSO stays with Glance Settings');
    });

    test('a bad Group ID keeps Join working and names the Glance Settings field, in the card and the Join toast', async () => {
        await preview.open('?SSO_Type__c=idpid&SSO_Value__c=12a4');
        const fix = label('GlanceStu_ProblemGroupIdNotNumeric', label('GlanceStu_SettingFieldSsoValue'));
        assert.equal(await preview.joinUrl(), `${JOIN}?${IDENTITY_QUERY}`);
        await preview.assertText('[data-problem="GROUP_ID_NOT_DIGITS"]', fix);
        await preview.assertAccessible();
        assert.deepEqual(await preview.runJoinAction(), [{ url: `${JOIN}?${IDENTITY_QUERY}`, target: '_blank' }]);
        const toast = { title: label('GlanceStu_SettingsToastTitle'), message: fix, variant: 'warning' };
        assert.deepEqual(await preview.toasts(), [toast]);
    });
});

test.describe('session log', () => {
    test('logs one View as a completed Task on the Case; says why when the Task is refused, and the links keep working', async () => {
        const { page } = await preview.open('?Log_Sessions__c=1');
        assert.equal(await page.locator('[data-setting="Log_Sessions__c"]').isChecked(), true);
        await preview.typeSessionKey('4821');
        await preview.followLink(preview.inCard(VIEW_LINK));
        const subject = preview.hook('activity-subject');
        await subject.waitFor();
        assert.deepEqual(await subject.allTextContents(), [label('GlanceStu_LogSubjectView', '4821')]);
        assert.equal(await preview.count('[data-stu="log-error"]'), 0);
        assert.equal(await preview.requestCount(), 1, 'logging reads nothing more');
        await preview.setScenario('logFails', true);
        await preview.followLink(preview.inCard(JOIN_LINK));
        const why = label('GlanceStu_LogFailed', 'Enter a Type for every task (validation rule Task_Type_Required).');
        await preview.assertText('[data-stu="log-error"]', why);
        assert.equal(await preview.hook('activity-subject').count(), 0);
        assert.equal(await preview.joinUrl(), JOIN_URL);
        await preview.assertAccessible();
    });
});
