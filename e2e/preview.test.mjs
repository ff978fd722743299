// End-to-end tests of the launcher and the quick actions, rendered by the local preview in
// Chromium. Expected URLs are written out in full: they are what Glance receives.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { GLANCE, LABELS, USER, useHarness, violations } from './harness.mjs';

const IDENTITY_QUERY = 'name=Ada+Lovelace&email=ada.lovelace@example.com&phone=%2B1+(555)+010-0100';
const JOIN = `${GLANCE}/agentjoin/AgentJoin.aspx`;
const JOIN_URL = `${JOIN}?idptoken=00D5g000004ABCD&${IDENTITY_QUERY}`;
const VIEW_4821 = `${GLANCE}/agentjoin/AgentView.aspx?idptoken=00D5g000004ABCD&SessionKey=4821&${IDENTITY_QUERY}`;
const ACCOUNT_LINKS = {
    account: `${GLANCE}/account/GetLoginKey.aspx?sso=1&idptoken=00D5g000004ABCD&redirect=/account/AccountSummary.aspx`,
    'login-key': `${GLANCE}/account/GetLoginKey.aspx?sso=1&idptoken=00D5g000004ABCD`,
    'saml-test': `${GLANCE}/account/GetLoginKey.aspx?sso=1&test=11&idptoken=00D5g000004ABCD`
};
const SCREENSHOT = new URL('../docs/preview.png', import.meta.url).pathname;

function label(name, ...values) {
    const text = LABELS.get(name);
    assert.ok(text, `custom label ${name}`);
    return text.replace(/\{(\d+)\}/g, (placeholder, index) => values[Number(index)] ?? placeholder);
}

const harness = useHarness();
afterEach(() => {
    assert.deepEqual(harness.problems.splice(0), [], 'no errors or warnings in the page console');
});

/** The preview page with the first launcher's links rendered. */
async function openLauncher(query = '') {
    const opened = await harness.open(query);
    await launcher(opened.page).locator('a[data-stu="join"]').waitFor();
    return opened;
}

const launcher = (page, index = 0) => page.locator('c-glance-stu-launcher').nth(index);

/** In the first launcher: how many elements match, the first one's link or trimmed text. */
const count = (page, selector) => launcher(page).locator(selector).count();
const href = (page, selector) => launcher(page).locator(selector).getAttribute('href');
const text = async (page, selector) => (await launcher(page).locator(selector).textContent()).trim();

const hook = (page, name) => page.locator(`[data-preview="${name}"]`);

const joinUrl = (page, index = 0) => launcher(page, index).locator('a[data-stu="join"]').getAttribute('href');

const keyInput = (scope) => scope.locator('lightning-input[data-stu="session-key"] input');
const typeSessionKey = (scope, key) => keyInput(scope).fill(key);

/** The text of what the key box's input names in aria-describedby (under synthetic shadow, with the label). */
const describedError = (scope) =>
    keyInput(scope).evaluate((input) => {
        const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
        // Synthetic shadow keeps the IDs inside lightning-input's own root.
        const described = [...input.getRootNode().querySelectorAll('[id]')].filter((node) => ids.includes(node.id));
        return described.map((node) => node.textContent.trim()).join(' ');
    });

const windowOpens = (page) => page.evaluate(() => window.glancePreview.windowOpens());
const toasts = (page) => page.evaluate(() => window.glancePreview.toasts());

const requestCount = async (page) => Number(await hook(page, 'request-count').textContent());

/** Edits a launcher property in the side panel, as an admin would in App Builder. */
async function setProperty(page, name, value) {
    const input = page.locator(`[data-prop="${name}"]`);
    if (typeof value === 'boolean') {
        await input.setChecked(value, { force: true });
    } else if ((await input.evaluate((element) => element.tagName)) === 'SELECT') {
        await input.selectOption(value);
    } else {
        await input.fill(value);
    }
}

/** Switches a data scenario in the panel; the page reloads with it. */
async function setScenario(page, name, on) {
    await Promise.all([
        page.waitForURL((url) => url.searchParams.has(name)),
        page.locator(`[data-scenario="${name}"]`).setChecked(on, { force: true })
    ]);
    await launcher(page).locator('a[data-stu="join"]').waitFor();
}

describe('launcher on the sample Case', () => {
    it('Join carries idptoken (the first 15 characters of the org ID), name, email and phone', async () => {
        const { page } = await openLauncher();
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
    });

    it('a typed session key gives a View link into that session (the README screenshot)', async () => {
        const { page } = await openLauncher();
        assert.equal(await count(page, 'a[data-stu="view"]'), 0);
        await typeSessionKey(launcher(page), '4821');
        assert.equal(await href(page, 'a[data-stu="view"]'), VIEW_4821);
        await page.screenshot({ path: SCREENSHOT });
        await typeSessionKey(launcher(page), ' ab-12.C_d ');
        assert.equal(
            await href(page, 'a[data-stu="view"]'),
            `${GLANCE}/agentjoin/AgentView.aspx?idptoken=00D5g000004ABCD&SessionKey=ab-12.C_d&${IDENTITY_QUERY}`
        );
    });

    it('an invalid key marks the field invalid with its message, keeps what was typed and gives no View link', async () => {
        const { page } = await openLauncher();
        await typeSessionKey(launcher(page), '48/21');
        assert.equal(await keyInput(launcher(page)).getAttribute('aria-invalid'), 'true');
        assert.ok((await describedError(launcher(page))).endsWith(label('GlanceStu_SessionKeyInvalid')));
        assert.equal(await count(page, 'lightning-input.slds-has-error'), 1, "SLDS's error state");
        assert.equal(await count(page, 'a[data-stu="view"]'), 0);
        assert.ok(await launcher(page).locator('[data-stu="view-unavailable"]').isDisabled());
        assert.equal(await keyInput(launcher(page)).inputValue(), '48/21');
        assert.equal(await joinUrl(page), JOIN_URL, 'Join still works');
        await keyInput(launcher(page)).press('Enter');
        assert.deepEqual(await windowOpens(page), [], 'Enter on an invalid key opens nothing');
        await typeSessionKey(launcher(page), '4821');
        assert.equal(await keyInput(launcher(page)).getAttribute('aria-invalid'), 'false');
        assert.ok(!(await describedError(launcher(page))).includes(label('GlanceStu_SessionKeyInvalid')));
        assert.equal(await count(page, 'lightning-input.slds-has-error'), 0);
    });

    it('Enter on a valid key opens View once; a held Enter or a click on View right after opens nothing more', async () => {
        const { page, blocked } = await openLauncher();
        await typeSessionKey(launcher(page), '4821');
        await keyInput(launcher(page)).press('Enter');
        await keyInput(launcher(page)).press('Enter');
        await launcher(page).locator('a[data-stu="view"]').click();
        assert.deepEqual(await windowOpens(page), [{ url: VIEW_4821, target: '_blank' }]);
        assert.deepEqual(blocked, [], 'the click after Enter followed no link');
    });

    it('a key read out in groups gives SessionKey without the spaces and keeps what was typed', async () => {
        const { page } = await openLauncher();
        await typeSessionKey(launcher(page), '48 21');
        assert.equal(await href(page, 'a[data-stu="view"]'), VIEW_4821);
        assert.equal(await keyInput(launcher(page)).inputValue(), '48 21');
        assert.equal(await keyInput(launcher(page)).getAttribute('aria-invalid'), 'false');
    });

    it('at a phone width (400 x 800) the card fits, its links work, with the panel folded', async () => {
        const { page, context } = await openLauncher();
        await page.setViewportSize({ width: 400, height: 800 });
        await hook(page, 'fold-panel').click();
        assert.equal(await hook(page, 'fold-panel').getAttribute('aria-expanded'), 'false');
        await typeSessionKey(launcher(page), '4821');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `the page is ${overflow}px wider than the viewport`);
        for (const selector of [
            'lightning-input[data-stu="session-key"]',
            'a[data-stu="view"]',
            'a[data-stu="join"]'
        ]) {
            const box = await launcher(page).locator(selector).boundingBox();
            assert.ok(box.x >= 0 && box.x + box.width <= 400, `${selector} within the viewport`);
        }
        const [tab] = await Promise.all([
            context.waitForEvent('page'),
            launcher(page).locator('a[data-stu="join"]').click()
        ]);
        await tab.close();
    });
    it('admins get the account links; other agents do not', async () => {
        const admin = await openLauncher();
        for (const [name, url] of Object.entries(ACCOUNT_LINKS)) {
            assert.equal(await href(admin.page, `a[data-stu="${name}"]`), url);
        }

        const agent = await openLauncher('?admin=0');
        assert.equal(await count(agent.page, 'a[data-stu="account"], a[data-stu="login-key"]'), 0);
        assert.equal(await count(agent.page, 'a[data-stu="saml-test"]'), 0);
        assert.equal(await joinUrl(agent.page), JOIN_URL);
    });
});

describe('data scenarios', () => {
    it('phone hidden by field-level security: the links and the summary leave it out', async () => {
        const { page } = await openLauncher('?phoneHidden=1');
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
    });

    it('user record unreadable: a notice, and Join without identity or single sign-on', async () => {
        const { page } = await openLauncher('?userError=1');
        assert.equal(await joinUrl(page), JOIN);
        assert.equal(
            await text(page, '[data-notice="user"]'),
            label('GlanceStu_UserUnreadable', "You don't have access to this record.")
        );
        assert.equal(await count(page, '[data-problem]'), 0);
        assert.equal(await count(page, '[data-stu="identity"]'), 0);
        assert.equal(await count(page, 'a[data-stu="account"]'), 0);
    });

    it('org ID not readable: links open without single sign-on and the card says what to fix', async () => {
        const { page } = await openLauncher('?orgIdHidden=1');
        assert.equal(await joinUrl(page), `${JOIN}?${IDENTITY_QUERY}`);
        assert.equal(
            await text(page, '[data-problem="ORG_ID_UNREADABLE"]'),
            label('GlanceStu_ProblemOrgIdUnreadable', label('GlanceStu_SettingFieldSsoValue'))
        );
        assert.equal(await count(page, 'a[data-stu="account"]'), 0);
        assert.equal(await requestCount(page), 1);
    });

    it('session key on the Case: the key box is filled from the record and View is ready', async () => {
        const { page } = await openLauncher('?sessionKey=1');
        const view = launcher(page).locator('a[data-stu="view"]');
        await view.waitFor();
        assert.equal(await view.getAttribute('href'), VIEW_4821);
        assert.equal(
            await launcher(page).locator('lightning-input[data-stu="session-key"] input').inputValue(),
            '4821'
        );
        assert.equal(await page.locator('[data-prop="sessionKeyField"]').inputValue(), 'Glance_Session_Key__c');
        assert.equal(await requestCount(page), 2, 'the running user and the Case');
    });

    it('switching a scenario in the panel reloads with it and keeps edited properties', async () => {
        const { page } = await openLauncher();
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
        const { page } = await openLauncher();
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
        const { page } = await openLauncher();
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
        const { page } = await openLauncher();
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
        const { page } = await openLauncher();
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

describe('quick actions', () => {
    it('Run Join quick action opens Agent Join once, in a new tab', async () => {
        const { page, blocked } = await openLauncher();
        const pageUrl = page.url();
        await hook(page, 'run-join-action').click();
        await page.waitForFunction(() => window.glancePreview.windowOpens().length > 0);
        assert.deepEqual(await windowOpens(page), [{ url: JOIN_URL, target: '_blank' }]);
        assert.equal(await hook(page, 'last-window-open').textContent(), JOIN_URL);
        assert.equal(page.url(), pageUrl, 'the page stays');
        assert.deepEqual(blocked, []);
        assert.deepEqual(await toasts(page), []);
        assert.equal(await requestCount(page), 1, 'the action reads the user from the cache');
    });

    it('Join waits for a user record that takes 1.5 s and opens with idptoken and identity', async () => {
        const { page } = await harness.open('?latency=1500');
        await hook(page, 'run-join-action').click();
        await page.waitForFunction(() => window.glancePreview.windowOpens().length > 0, null, { timeout: 4000 });
        assert.deepEqual(await windowOpens(page), [{ url: JOIN_URL, target: '_blank' }]);
        assert.deepEqual(await toasts(page), []);
    });

    it('Join opens nothing for a user record later than its wait, says why, and opens on the next click', async () => {
        const { page } = await harness.open('?latency=6000');
        await hook(page, 'run-join-action').click();
        await page.waitForFunction(() => window.glancePreview.toasts().length > 0, null, { timeout: 5000 });
        assert.deepEqual(await windowOpens(page), []);
        assert.deepEqual(await toasts(page), [
            {
                title: label('GlanceStu_JoinNotOpenedTitle'),
                message: label('GlanceStu_JoinUserLate'),
                variant: 'warning'
            }
        ]);
        assert.equal(
            (await hook(page, 'toasts').locator('[role="alert"]').textContent()).includes(
                label('GlanceStu_JoinUserLate')
            ),
            true
        );
        await launcher(page).locator('a[data-stu="join"]').waitFor();
        await hook(page, 'run-join-action').click();
        await page.waitForFunction(() => window.glancePreview.windowOpens().length > 0);
        assert.deepEqual(await windowOpens(page), [{ url: JOIN_URL, target: '_blank' }]);
    });

    it('Enter in the session panel opens View and closes the panel; on an invalid key it stays', async () => {
        const { page } = await openLauncher();
        await hook(page, 'open-session-panel').click();
        const modal = hook(page, 'session-modal').locator('[role="dialog"]');
        const panel = modal.locator('c-glance-session-action');
        await panel.locator('a[data-stu="join"]').waitFor();
        await typeSessionKey(panel, '48/21');
        await keyInput(panel).press('Enter');
        assert.ok(await modal.isVisible());
        assert.equal(await keyInput(panel).getAttribute('aria-invalid'), 'true');
        assert.ok((await describedError(panel)).endsWith(label('GlanceStu_SessionKeyInvalid')));
        await typeSessionKey(panel, '48 21');
        await keyInput(panel).press('Enter');
        await modal.waitFor({ state: 'hidden' });
        assert.deepEqual(await windowOpens(page), [{ url: VIEW_4821, target: '_blank' }]);
    });

    it('Open session panel shows the links and closes once the agent follows one', async () => {
        const { page, blocked, context } = await openLauncher();
        await hook(page, 'open-session-panel').click();
        const modal = hook(page, 'session-modal').locator('[role="dialog"]');
        const panel = modal.locator('c-glance-session-action');
        await panel.locator('a[data-stu="join"]').waitFor();
        assert.ok(await modal.isVisible());
        assert.equal(await panel.locator('a[data-stu="join"]').getAttribute('href'), JOIN_URL);
        await typeSessionKey(panel, '4821');
        assert.equal(await panel.locator('a[data-stu="view"]').getAttribute('href'), VIEW_4821);

        const [tab] = await Promise.all([context.waitForEvent('page'), panel.locator('a[data-stu="view"]').click()]);
        await modal.waitFor({ state: 'hidden' });
        assert.equal(await modal.locator('c-glance-session-action').count(), 0);
        await tab.close();
        assert.deepEqual(blocked, [VIEW_4821], 'the link opened Glance in a new tab');

        await hook(page, 'open-session-panel').click();
        await panel.locator('a[data-stu="join"]').waitFor();
        await hook(page, 'close-session-panel').click();
        await modal.waitFor({ state: 'hidden' });
        assert.equal(await requestCount(page), 1);
    });
});

describe('surfaces', () => {
    const view = (page, key) => launcher(page).locator(`a[data-stu="view"][href*="SessionKey=${key}&"]`);

    it('picks a surface from the panel, keeping the data scenario', async () => {
        const { page } = await openLauncher('?sessionKey=1');
        await Promise.all([
            page.waitForURL((url) => url.searchParams.get('surface') === 'lead'),
            hook(page, 'surface').selectOption('lead')
        ]);
        await view(page, '7315').waitFor();
        assert.equal(await hook(page, 'record-title').textContent(), 'Lead Grace Hopper');
    });

    it("a Lead record page: the card, titled, reads the Lead's session key", async () => {
        const { page } = await openLauncher('?surface=lead&sessionKey=1');
        await view(page, '7315').waitFor();
        assert.equal(await text(page, '.slds-card__header-title'), label('GlanceStu_CardTitle'));
        assert.equal(await joinUrl(page), JOIN_URL);
        assert.deepEqual(await violations(page, 'c-glance-stu-launcher'), []);
    });

    it('the utility bar: opens from the bar without a card title and follows the open record', async () => {
        const { page } = await harness.open('?surface=utility&sessionKey=1');
        const item = hook(page, 'utility-item');
        await item.waitFor();
        assert.equal(await page.locator('c-glance-stu-launcher').count(), 0, 'a utility loads when first opened');
        await item.click();
        await view(page, '4821').waitFor();
        assert.equal(await item.getAttribute('aria-expanded'), 'true');
        assert.equal(await count(page, '.slds-card__header'), 0);
        assert.equal(await joinUrl(page), JOIN_URL);
        assert.deepEqual(await violations(page, 'c-glance-stu-launcher'), []);

        await page.locator('[data-record="Lead"]').click();
        await view(page, '7315').waitFor();
        await typeSessionKey(launcher(page), '9999');
        await page.locator('[data-record="Case"]').click();
        await view(page, '9999').waitFor();
        assert.equal(await page.locator('c-glance-stu-launcher').count(), 1);

        await hook(page, 'utility-minimize').click();
        assert.equal(await hook(page, 'utility-panel').isHidden(), true);
        assert.equal(await item.getAttribute('aria-expanded'), 'false');
    });

    it('a flow screen: no card title, unset inputs take the defaults, Session Key fills the box', async () => {
        const { page } = await openLauncher('?surface=flow');
        assert.equal(await count(page, '.slds-card__header'), 0);
        assert.equal(await joinUrl(page), JOIN_URL);
        assert.equal(await page.locator('[data-prop="sessionKeyField"]').count(), 0);
        assert.equal(await page.locator('[data-prop="cardTitle"]').count(), 0);

        await setProperty(page, 'sessionKey', '4821');
        await view(page, '4821').waitFor();
        assert.equal(await href(page, 'a[data-stu="view"]'), VIEW_4821);
        assert.deepEqual(await violations(page, 'c-glance-stu-launcher'), []);

        await setProperty(page, 'sessionKey', '48/21');
        // The key box shows it as the field's own error, which its aria-describedby names.
        await launcher(page).locator('lightning-input.slds-has-error').waitFor();
        assert.equal(await keyInput(launcher(page)).getAttribute('aria-invalid'), 'true');
        assert.ok((await describedError(launcher(page))).endsWith(label('GlanceStu_FlowSessionKeyInvalid', '48/21')));
        assert.equal(await count(page, 'a[data-stu="view"]'), 0);
        assert.deepEqual(await violations(page, 'c-glance-stu-launcher'), []);
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
        const { page } = await openLauncher();
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
        const { page } = await openLauncher('?SSO_Type__c=idpid&SSO_Value__c=12a4');
        const fix = label('GlanceStu_ProblemGroupIdNotNumeric', label('GlanceStu_SettingFieldSsoValue'));
        assert.equal(await joinUrl(page), `${JOIN}?${IDENTITY_QUERY}`);
        assert.equal(await text(page, '[data-problem="GROUP_ID_NOT_DIGITS"]'), fix);
        await hook(page, 'run-join-action').click();
        await page.waitForFunction(() => window.glancePreview.windowOpens().length > 0);
        const titled = (await toasts(page)).filter((toast) => toast.title === label('GlanceStu_SettingsToastTitle'));
        assert.deepEqual(
            titled.map((toast) => toast.message),
            [fix]
        );
    });

    it('admins see the Unique Account Identifier the links send, and Copy says what happened', async () => {
        const { page } = await openLauncher();
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
        const { page, context } = await openLauncher('?logSessions=1');
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
        const { page, context } = await openLauncher('?logSessions=1&logFails=1');
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
    });
});
