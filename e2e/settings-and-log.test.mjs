// Glance Settings, the org-wide defaults an admin enters once, and the session log, in the local
// preview in Chromium.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
    IDENTITY_QUERY,
    JOIN,
    JOIN_URL,
    assertAccessible,
    count,
    hook,
    joinUrl,
    label,
    launcher,
    requestCount,
    setProperty,
    text,
    toasts,
    typeSessionKey,
    useHarness,
    windowOpens
} from './harness.mjs';

const harness = useHarness();

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
