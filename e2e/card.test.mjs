// The card on the sample Case page of the local preview, in Chromium: its links, the session key
// box, the data scenarios, the property panel, its UI API requests, its languages, Glance Settings
// (the org-wide defaults an admin enters once) and the session log.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
    GLANCE,
    IDENTITY_QUERY,
    JOIN,
    JOIN_URL,
    USER,
    VIEW_4821,
    assertAccessible,
    assertFitsPhone,
    count,
    describedError,
    hook,
    href,
    joinUrl,
    keyInput,
    label,
    launcher,
    requestCount,
    setProperty,
    text,
    toasts,
    translatedLabel,
    typeSessionKey,
    useHarness,
    windowOpens
} from './harness.mjs';

const ACCOUNT_LINKS = {
    account: `${GLANCE}/account/GetLoginKey.aspx?sso=1&idptoken=00D5g000004ABCD&redirect=/account/AccountSummary.aspx`,
    'login-key': `${GLANCE}/account/GetLoginKey.aspx?sso=1&idptoken=00D5g000004ABCD`,
    'saml-test': `${GLANCE}/account/GetLoginKey.aspx?sso=1&test=11&idptoken=00D5g000004ABCD`
};
// UPDATE_SCREENSHOT=1 npm run test:e2e refreshes the README's picture; otherwise the tests leave docs/ alone.
const SCREENSHOT = process.env.UPDATE_SCREENSHOT && new URL('../docs/preview.png', import.meta.url).pathname;

const harness = useHarness();

/** Switches a data scenario in the panel; the page reloads with it. */
async function setScenario(page, name, on) {
    await Promise.all([
        page.waitForURL((url) => url.searchParams.has(name)),
        page.locator(`[data-scenario="${name}"]`).setChecked(on, { force: true })
    ]);
    await launcher(page).locator('a[data-stu="join"]').waitFor();
}

describe('launcher on the sample Case', () => {
    it('while the user record loads: a spinner, and no link without its identity', async () => {
        const { page } = await harness.open('?latency=60000', 'lightning-spinner');
        assert.equal(await count(page, 'a[href]'), 0);
        await assertAccessible(page);
    });

    it('Join carries idptoken (the first 15 characters of the org ID), name, email and phone', async () => {
        const { page } = await harness.open();
        assert.equal(USER.Glance_Org_Id__c.slice(0, 15), '00D5g000004ABCD');
        assert.equal(await joinUrl(page), JOIN_URL);
        const join = launcher(page).locator('a[data-stu="join"]');
        assert.equal(await join.getAttribute('target'), '_blank');
        assert.equal(await join.getAttribute('rel'), 'noopener noreferrer');
        assert.equal(
            await text(page, '[data-stu="identity"]'),
            label('GlanceStu_IdentityPreview', `${USER.Name}, ${USER.Email}, ${USER.Phone}`)
        );
        assert.equal(await count(page, '[data-problem], [data-notice]'), 0);
        await assertAccessible(page);
    });

    it('a typed session key gives a View link into that session (the README screenshot)', async () => {
        const { page } = await harness.open();
        assert.equal(await count(page, 'a[data-stu="view"]'), 0);
        await typeSessionKey(launcher(page), '4821');
        assert.equal(await href(page, 'a[data-stu="view"]'), VIEW_4821);
        if (SCREENSHOT) {
            await page.screenshot({ path: SCREENSHOT });
        }
        await typeSessionKey(launcher(page), ' ab-12.C_d ');
        assert.equal(
            await href(page, 'a[data-stu="view"]'),
            `${GLANCE}/agentjoin/AgentView.aspx?idptoken=00D5g000004ABCD&SessionKey=ab-12.C_d&${IDENTITY_QUERY}`
        );
    });

    it('an invalid key marks the field invalid with its message, keeps what was typed and gives no View link', async () => {
        const { page } = await harness.open();
        await typeSessionKey(launcher(page), '48/21');
        assert.equal(await keyInput(launcher(page)).getAttribute('aria-invalid'), 'true');
        assert.ok((await describedError(launcher(page))).endsWith(label('GlanceStu_SessionKeyInvalid')));
        assert.equal(await count(page, 'lightning-input.slds-has-error'), 1, "SLDS's error state");
        assert.equal(await count(page, 'a[data-stu="view"]'), 0);
        assert.ok(await launcher(page).locator('[data-stu="view-unavailable"]').isDisabled());
        assert.equal(await keyInput(launcher(page)).inputValue(), '48/21');
        assert.equal(await joinUrl(page), JOIN_URL, 'Join still works');
        await assertAccessible(page);
        await keyInput(launcher(page)).press('Enter');
        assert.deepEqual(await windowOpens(page), [], 'Enter on an invalid key opens nothing');
        await typeSessionKey(launcher(page), '4821');
        assert.equal(await keyInput(launcher(page)).getAttribute('aria-invalid'), 'false');
        assert.ok(!(await describedError(launcher(page))).includes(label('GlanceStu_SessionKeyInvalid')));
        assert.equal(await count(page, 'lightning-input.slds-has-error'), 0);
    });

    it('Enter on a valid key opens View once; a held Enter or a click on View right after opens nothing more', async () => {
        const { page, blocked } = await harness.open();
        await typeSessionKey(launcher(page), '4821');
        await keyInput(launcher(page)).press('Enter');
        await keyInput(launcher(page)).press('Enter');
        await launcher(page).locator('a[data-stu="view"]').click();
        assert.deepEqual(await windowOpens(page), [{ url: VIEW_4821, target: '_blank' }]);
        assert.deepEqual(blocked, [], 'the click after Enter followed no link');
    });

    it('a key read out in groups gives SessionKey without the spaces and keeps what was typed', async () => {
        const { page } = await harness.open();
        await typeSessionKey(launcher(page), '48 21');
        assert.equal(await href(page, 'a[data-stu="view"]'), VIEW_4821);
        assert.equal(await keyInput(launcher(page)).inputValue(), '48 21');
        assert.equal(await keyInput(launcher(page)).getAttribute('aria-invalid'), 'false');
    });

    it('at a phone width (400 x 800) the card fits, its links work, with the panel folded', async () => {
        const { page, context } = await harness.open();
        await typeSessionKey(launcher(page), '4821');
        await assertFitsPhone(page, [
            'lightning-input[data-stu="session-key"]',
            'a[data-stu="view"]',
            'a[data-stu="join"]'
        ]);
        assert.equal(await hook(page, 'fold-panel').getAttribute('aria-expanded'), 'false');
        await assertAccessible(page);
        const [tab] = await Promise.all([
            context.waitForEvent('page'),
            launcher(page).locator('a[data-stu="join"]').click()
        ]);
        await tab.close();
    });

    it('admins get the account links; other agents do not', async () => {
        const admin = await harness.open();
        for (const [name, url] of Object.entries(ACCOUNT_LINKS)) {
            assert.equal(await href(admin.page, `a[data-stu="${name}"]`), url);
        }

        const agent = await harness.open('?admin=0');
        assert.equal(await count(agent.page, 'a[data-stu="account"], a[data-stu="login-key"]'), 0);
        assert.equal(await count(agent.page, 'a[data-stu="saml-test"]'), 0);
        assert.equal(await joinUrl(agent.page), JOIN_URL);
        await assertAccessible(agent.page);
    });
});

describe('data scenarios', () => {
    it('phone hidden by field-level security: the links and the summary leave it out', async () => {
        const { page } = await harness.open('?phoneHidden=1');
        assert.equal(
            await joinUrl(page),
            `${JOIN}?idptoken=00D5g000004ABCD&name=Ada+Lovelace&email=ada.lovelace@example.com`
        );
        assert.equal(
            await text(page, '[data-stu="identity"]'),
            label('GlanceStu_IdentityPreview', `${USER.Name}, ${USER.Email}`)
        );
        assert.equal(await count(page, '[data-problem], [data-notice]'), 0);
        assert.equal(await requestCount(page), 1, 'an optional field the user cannot read does not fail the request');
        await assertAccessible(page);
    });

    it('user record unreadable: a notice, and Join without identity or single sign-on', async () => {
        const { page } = await harness.open('?userError=1');
        assert.equal(await joinUrl(page), JOIN);
        assert.equal(
            await text(page, '[data-notice="user"]'),
            label('GlanceStu_UserUnreadable', "You don't have access to this record.")
        );
        assert.equal(await count(page, '[data-problem]'), 0);
        assert.equal(await count(page, '[data-stu="identity"]'), 0);
        assert.equal(await count(page, 'a[data-stu="account"]'), 0);
        await assertAccessible(page);
    });

    it('org ID not readable: links open without single sign-on and the card says what to fix', async () => {
        const { page } = await harness.open('?orgIdHidden=1');
        assert.equal(await joinUrl(page), `${JOIN}?${IDENTITY_QUERY}`);
        assert.equal(
            await text(page, '[data-problem="ORG_ID_UNREADABLE"]'),
            label('GlanceStu_ProblemOrgIdUnreadable', label('GlanceStu_SettingFieldSsoValue'))
        );
        assert.equal(await count(page, 'a[data-stu="account"]'), 0);
        assert.equal(await requestCount(page), 1);
        await assertAccessible(page);
    });

    it('session key on the Case: the key box is filled from the record and View is ready', async () => {
        const { page } = await harness.open('?sessionKey=1', 'a[data-stu="view"]');
        assert.equal(await href(page, 'a[data-stu="view"]'), VIEW_4821);
        assert.equal(await keyInput(launcher(page)).inputValue(), '4821');
        assert.equal(await page.locator('[data-prop="sessionKeyField"]').inputValue(), 'Glance_Session_Key__c');
        assert.equal(await requestCount(page), 2, 'the running user and the Case');
        await assertAccessible(page);
    });

    it('switching a scenario in the panel reloads with it and keeps edited properties', async () => {
        const { page } = await harness.open();
        await setProperty(page, 'orgIdLength', '18');
        await setScenario(page, 'admin', false);
        assert.equal(await page.locator('[data-prop="orgIdLength"]').inputValue(), '18');
        assert.equal(await joinUrl(page), `${JOIN}?idptoken=${USER.Glance_Org_Id__c}&${IDENTITY_QUERY}`);
        assert.equal(await count(page, 'a[data-stu="account"]'), 0);
        await setScenario(page, 'sessionKey', true);
        await launcher(page).locator('a[data-stu="view"]').waitFor();
        assert.equal(await page.locator('[data-prop="sessionKeyField"]').inputValue(), 'Glance_Session_Key__c');
    });
});

describe('property panel', () => {
    it('edits the card title and the SSO settings live, without new UI API requests', async () => {
        const { page } = await harness.open();
        await setProperty(page, 'cardTitle', 'Cobrowse');
        assert.equal(await text(page, '.slds-card__header-title'), 'Cobrowse');

        await setProperty(page, 'ssoType', 'idpid');
        await setProperty(page, 'ssoValue', 'abc');
        assert.equal(
            await text(page, '[data-problem="GROUP_ID_NOT_DIGITS"]'),
            label('GlanceStu_ProblemGroupIdNotNumeric', label('GlanceStu_PropertySsoValue'))
        );
        assert.equal(await joinUrl(page), `${JOIN}?${IDENTITY_QUERY}`);
        await setProperty(page, 'ssoValue', '12345');
        assert.equal(await count(page, '[data-problem]'), 0);
        assert.equal(await joinUrl(page), `${JOIN}?idpid=12345&${IDENTITY_QUERY}`);
        assert.equal(
            await href(page, 'a[data-stu="login-key"]'),
            `${GLANCE}/account/GetLoginKey.aspx?sso=1&idpid=12345`
        );

        await setProperty(page, 'ssoType', 'idptoken');
        await setProperty(page, 'ssoValue', '');
        await setProperty(page, 'orgIdLength', '18');
        assert.equal(await joinUrl(page), `${JOIN}?idptoken=${USER.Glance_Org_Id__c}&${IDENTITY_QUERY}`);
        await setProperty(page, 'ssoType', 'none');
        assert.equal(await joinUrl(page), `${JOIN}?${IDENTITY_QUERY}`);
        assert.equal(await count(page, 'a[data-stu="account"]'), 0);

        assert.equal(await requestCount(page), 1);
        assert.match(page.url(), /ssoType=none/, 'the address keeps the edits');
    });

    it('edits the join mode, viewer window, identity and admin-link flags live', async () => {
        const { page } = await harness.open();
        await setProperty(page, 'joinMode', 'chatinvitation');
        await setProperty(page, 'viewerSameWindow', true);
        assert.equal(
            await joinUrl(page),
            `${JOIN}?idptoken=00D5g000004ABCD&${IDENTITY_QUERY}&viewersamewindow=1&mode=chatinvitation`
        );

        await setProperty(page, 'hideIdentity', true);
        assert.equal(await joinUrl(page), `${JOIN}?idptoken=00D5g000004ABCD&viewersamewindow=1&mode=chatinvitation`);
        assert.equal(await text(page, '[data-notice="identity-hidden"]'), label('GlanceStu_IdentityHidden'));
        assert.equal(await count(page, '[data-stu="identity"]'), 0);

        assert.equal(await count(page, 'a[data-stu="account"]'), 1);
        await setProperty(page, 'hideAccountLinks', true);
        assert.equal(await count(page, 'a[data-stu="account"]'), 0);
        assert.equal(await requestCount(page), 1);
    });

    it('a session key field reads the Case once, and a wrong one says what to fix', async () => {
        const { page } = await harness.open();
        await setProperty(page, 'sessionKeyField', 'Nope__c');
        const problem = launcher(page).locator('[data-problem="session-key-field"]');
        await problem.waitFor();
        assert.equal(
            (await problem.textContent()).trim(),
            label('GlanceStu_ProblemSessionKeyFieldMissing', label('GlanceStu_PropertySessionKeyField'), 'Nope__c')
        );
        assert.equal(await requestCount(page), 2, 'the running user, then the Case');
        await setProperty(page, 'sessionKeyField', '');
        await problem.waitFor({ state: 'detached' });
    });
});

describe('UI API requests', () => {
    it('one request renders a launcher; a second launcher for the same user makes none', async () => {
        const { page } = await harness.open();
        assert.equal(await requestCount(page), 1);
        assert.equal(await hook(page, 'cache-hits').textContent(), '0');
        await hook(page, 'add-launcher').click();
        await launcher(page, 1).locator('a[data-stu="join"]').waitFor();
        assert.equal(await joinUrl(page, 1), JOIN_URL);
        assert.equal(await requestCount(page), 1);
        assert.equal(await hook(page, 'cache-hits').textContent(), '1');
        assert.equal(await hook(page, 'launcher-count').textContent(), '2');
        const stats = await page.evaluate(() => window.glancePreview.uiApiStats());
        assert.deepEqual(stats.log, [
            {
                recordId: USER.Id,
                fields: ['User.Name'],
                optionalFields: [
                    'User.Email',
                    'User.Phone',
                    'User.Glance_Org_Id__c',
                    'User.Glance_SSO_Type__c',
                    'User.Glance_SSO_Value__c',
                    'User.Glance_Org_Id_Length__c',
                    'User.Glance_Join_Mode__c',
                    'User.Glance_Viewer_Same_Window__c',
                    'User.Glance_Hide_Identity__c',
                    'User.Glance_Log_Sessions__c',
                    'User.Glance_Log_Task_Status__c'
                ]
            }
        ]);
    });
});

describe('languages', () => {
    for (const language of ['ja', 'de']) {
        it(`${language}: the card speaks it from the translation files and fits 400 px, with a problem and each key`, async () => {
            // A Glance Settings problem and the key's error: the longest sentences the card shows.
            const { page } = await harness.open(`?lang=${language}&SSO_Type__c=idpid&SSO_Value__c=12a4`);
            const translated = (name, ...values) => translatedLabel(language, name, ...values);
            assert.equal(await page.evaluate(() => document.documentElement.lang), language);
            // A link's text ends with the screen reader's "(opens in a new tab)".
            const link = (name) => `${translated(name)} ${translated('GlanceStu_OpensInNewTab')}`;
            assert.equal(await text(page, 'a[data-stu="join"]'), link('GlanceStu_JoinLink'));
            assert.notEqual(translated('GlanceStu_JoinLink'), label('GlanceStu_JoinLink'));
            assert.equal(
                await text(page, '[data-problem="GROUP_ID_NOT_DIGITS"]'),
                translated('GlanceStu_ProblemGroupIdNotNumeric', translated('GlanceStu_SettingFieldSsoValue'))
            );
            await typeSessionKey(launcher(page), '4821');
            await assertFitsPhone(page, ['[data-problem]', 'a[data-stu="view"]', 'a[data-stu="join"]']);
            assert.equal(await text(page, 'a[data-stu="view"]'), link('GlanceStu_ViewLink'));
            await assertAccessible(page);
            await typeSessionKey(launcher(page), '48/21');
            assert.ok((await describedError(launcher(page))).endsWith(translated('GlanceStu_SessionKeyInvalid')));
            await assertFitsPhone(page, ['lightning-input[data-stu="session-key"]', '[data-stu="view-unavailable"]']);
            await assertAccessible(page);
        });
    }

    it('the panel switches the language, keeping the data scenario', async () => {
        const { page } = await harness.open('?admin=0');
        await Promise.all([
            page.waitForURL((url) => url.searchParams.get('lang') === 'ja'),
            hook(page, 'lang').selectOption('ja')
        ]);
        await launcher(page).locator('a[data-stu="join"]').waitFor();
        assert.ok((await text(page, 'a[data-stu="join"]')).startsWith(translatedLabel('ja', 'GlanceStu_JoinLink')));
        assert.equal(await count(page, 'a[data-stu="account"]'), 0);
    });
});

describe('Glance Settings', () => {
    /** Sets an org-default Glance Setting in the panel; the page reloads with it, as on the platform. */
    async function setGlanceSetting(page, name, value) {
        await Promise.all([
            page.waitForURL((url) => url.searchParams.get(name) === value),
            page
                .locator(`[data-setting="${name}"]`)
                .fill(value)
                .then(() => page.keyboard.press('Enter'))
        ]);
        await launcher(page).locator('a[data-stu="join"]').waitFor();
    }

    /** The panel's "which value the links use" row for a setting: [value, where it came from]. */
    const winner = async (page, setting) =>
        (await page.locator(`[data-setting-row="${setting}"] td`).allTextContents()).map((cell) => cell.trim());

    it('an org-default Group ID set in the panel reaches Join, and the panel says Glance Settings won', async () => {
        const { page } = await harness.open();
        assert.deepEqual(await winner(page, 'ssoType'), ['idptoken', 'Built-in default']);
        await setGlanceSetting(page, 'SSO_Type__c', 'idpid');
        await setGlanceSetting(page, 'SSO_Value__c', '67890');
        await launcher(page).locator('a[data-stu="join"]').waitFor();
        assert.equal(await joinUrl(page), `${JOIN}?idpid=67890&${IDENTITY_QUERY}`);
        assert.deepEqual(await winner(page, 'ssoType'), ['idpid', 'Glance Settings']);
        assert.deepEqual(await winner(page, 'ssoValue'), ['67890', 'Glance Settings']);
        // A card property wins over Glance Settings, at once.
        await setProperty(page, 'ssoType', 'none');
        assert.equal(await joinUrl(page), `${JOIN}?${IDENTITY_QUERY}`);
        assert.deepEqual(await winner(page, 'ssoType'), ['none', 'Card property']);
    });

    it('a bad Group ID keeps Join working and names the Glance Settings field, in the card and the Join toast', async () => {
        const { page } = await harness.open('?SSO_Type__c=idpid&SSO_Value__c=12a4');
        const fix = label('GlanceStu_ProblemGroupIdNotNumeric', label('GlanceStu_SettingFieldSsoValue'));
        assert.equal(await joinUrl(page), `${JOIN}?${IDENTITY_QUERY}`);
        assert.equal(await text(page, '[data-problem="GROUP_ID_NOT_DIGITS"]'), fix);
        await assertAccessible(page);
        await hook(page, 'run-join-action').click();
        await page.waitForFunction(() => window.glancePreview.windowOpens().length > 0);
        const titled = (await toasts(page)).filter((toast) => toast.title === label('GlanceStu_SettingsToastTitle'));
        assert.deepEqual(
            titled.map((toast) => toast.message),
            [fix]
        );
    });

    it('admins see the Unique Account Identifier the links send, and Copy says what happened', async () => {
        const { page } = await harness.open();
        const identifier = launcher(page).locator('input[data-stu="account-identifier"]');
        assert.equal(await identifier.inputValue(), '00D5g000004ABCD');
        await launcher(page).locator('[data-stu="copy-account-identifier"] button').click();
        const status = launcher(page).locator('[data-stu="copy-status"]');
        await page.waitForFunction((element) => element.textContent.trim() !== '', await status.elementHandle());
        // Headless Chromium may refuse the clipboard; either way the admin is told what to do.
        assert.ok(
            [label('GlanceStu_Copied'), label('GlanceStu_CopyManually')].includes((await status.textContent()).trim())
        );
    });
});

describe('session log', () => {
    it('logs one View, typed and clicked, as a completed Task on the sample Case', async () => {
        const { page, context } = await harness.open('?logSessions=1');
        assert.equal(await page.locator('[data-prop="logSessions"]').isChecked(), true);
        await typeSessionKey(launcher(page), '4821');
        const [tab] = await Promise.all([
            context.waitForEvent('page'),
            launcher(page).locator('a[data-stu="view"]').click()
        ]);
        await tab.close();
        const subject = hook(page, 'activity-subject');
        await subject.waitFor();
        assert.deepEqual(await subject.allTextContents(), [label('GlanceStu_LogSubjectView', '4821')]);
        assert.equal(await count(page, '[data-stu="log-error"]'), 0);
        assert.equal(await requestCount(page), 1, 'logging reads nothing more');
    });

    it('says why when the Task is refused, and the links keep working', async () => {
        const { page, context } = await harness.open('?logSessions=1&logFails=1');
        const [tab] = await Promise.all([
            context.waitForEvent('page'),
            launcher(page).locator('a[data-stu="join"]').click()
        ]);
        await tab.close();
        await launcher(page).locator('[data-stu="log-error"]').waitFor();
        assert.equal(
            await text(page, '[data-stu="log-error"]'),
            label('GlanceStu_LogFailed', 'Enter a Type for every task (validation rule Task_Type_Required).')
        );
        assert.equal(await hook(page, 'activity-subject').count(), 0);
        assert.equal(await joinUrl(page), JOIN_URL);
        await assertAccessible(page);
    });
});
