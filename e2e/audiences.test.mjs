// Who reads what, and one open per intent, in the local preview in Chromium: an agent, a Salesforce
// admin and a Glance admin on the same bad Glance Setting, and double presses on Join and View.
import assert from 'node:assert/strict';
import { IDENTITY_QUERY, JOIN, JOIN_LINK, JOIN_URL, VIEW_4821, VIEW_LINK, label, preview, test } from './fixtures.mjs';

const BAD_GROUP_ID = 'SSO_Type__c=idpid&SSO_Value__c=12a4';
const ACCOUNT_LINKS = 'a[data-stu="account"], a[data-stu="login-key"], a[data-stu="saml-test"]';
const AGENT_NOTICE = label('GlanceStu_NoticeSettingsSso', label('GlanceStu_NoticePlaceGlanceSettings'));
const ADMIN_FIX = label('GlanceStu_ProblemGroupIdNotNumeric', label('GlanceStu_SettingFieldSsoValue'));

test.describe('audiences', () => {
    test('an agent reads one plain notice for a bad Group ID, on the card and in a Join toast, and no field name', async () => {
        await preview.open(`?admin=0&${BAD_GROUP_ID}`);
        await preview.assertText('[data-notice="settings"]', AGENT_NOTICE);
        assert.equal(await preview.count(`[data-problem], ${ACCOUNT_LINKS}`), 0);
        assert.equal(await preview.joinUrl(), `${JOIN}?${IDENTITY_QUERY}`, 'Join works without single sign-on');
        await preview.assertAccessible();
        await preview.runJoinAction();
        const toast = { title: label('GlanceStu_SettingsToastTitle'), message: AGENT_NOTICE, variant: 'warning' };
        assert.deepEqual(await preview.toasts(), [toast]);
        assert.ok(!AGENT_NOTICE.includes('SSO_Value__c'));
    });

    test('a Salesforce admin and a Glance admin read the field to fix; both get the account links', async () => {
        for (const who of ['admin=1', 'admin=0&glanceAdmin=1']) {
            await preview.open(`?${who}&${BAD_GROUP_ID}`);
            await preview.assertText('[data-problem="GROUP_ID_NOT_DIGITS"]', ADMIN_FIX);
            assert.equal(await preview.count('[data-notice]'), 0, who);
            await preview.assertAccessible();
            await preview.open(`?${who}`);
            assert.equal(await preview.count(ACCOUNT_LINKS), 3, who);
            await preview.inCard('input[data-stu="account-identifier"]').waitFor();
        }
    });
});

test.describe('one open per intent', () => {
    test('a double click on Join, then on View, opens one tab each and logs one Task each, with its Glance fields', async () => {
        const { page, blocked } = await preview.open('?admin=0&Log_Sessions__c=1');
        const tabs = [];
        page.context().on('page', (tab) => tabs.push(tab));
        await preview.inCard(JOIN_LINK).dblclick();
        await preview.hook('activity-subject').waitFor();
        await preview.typeSessionKey('4821');
        await preview.inCard(VIEW_LINK).dblclick();
        await preview.hook('activity-session-key').waitFor();
        assert.deepEqual(await preview.hook('activity-subject').allTextContents(), [
            label('GlanceStu_LogSubjectJoin'),
            label('GlanceStu_LogSubjectView', '4821')
        ]);
        assert.deepEqual(await preview.hook('activity-link').allTextContents(), [
            'Glance Link: Join',
            'Glance Link: View'
        ]);
        assert.deepEqual(await preview.hook('activity-session-key').allTextContents(), ['Glance Session Key: 4821']);
        assert.equal(tabs.length, 2, 'one tab for each double click');
        // Past the second after which Chromium would reload an unreachable page on its own: one request a tab.
        await page.waitForTimeout(1500);
        assert.deepEqual(blocked, [JOIN_URL, VIEW_4821]);
        await Promise.all(tabs.map((tab) => tab.close()));
    });

    test('two quick runs of the Join quick action open one tab', async () => {
        const { page } = await preview.open();
        await preview.hook('run-join-action').dblclick();
        await page.waitForFunction(() => window.glancePreview.windowOpens().length > 0);
        // A second tab would have opened at once: the second run needs no wait for the user record.
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
        assert.deepEqual(await preview.windowOpens(), [{ url: JOIN_URL, target: '_blank' }]);
    });
});
