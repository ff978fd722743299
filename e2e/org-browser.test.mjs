// The browser half of npm run test:org, run on the preview's sample Case instead of an org: the same
// calls the org test makes, so what it asserts in an org is shown here to pass, and to fail.
import assert from 'node:assert/strict';
import { test } from '@playwright/test';
import { openCardInChromium } from '../scripts/test-org-browser.mjs';
import { SAMPLE_USER as USER } from '../preview/platform/ui-api-server.js';

const SSO = ['idptoken', USER.Glance_Org_Id__c.slice(0, 15)];

test("the org test's card checks pass on the sample Case, fail on a wrong expectation, and View reaches no Glance host", async () => {
    // Its own browser, as npm run test:org launches it; the preview from playwright.config.mjs.
    const card = await openCardInChromium(`${process.env.PREVIEW_URL}?Log_Sessions__c=1`);
    try {
        await card.assertJoinAndView({ sso: SSO, user: USER, sessionKey: '4821' });
        await assert.rejects(card.assertJoinAndView({ sso: ['idpid', '12345'], user: USER, sessionKey: '4821' }));
        await assert.rejects(
            card.assertJoinAndView({ sso: SSO, user: { ...USER, Name: 'Someone Else' }, sessionKey: '4821' })
        );
        await card.followView();
        assert.equal(await card.logError(), '', 'the preview logged the View');
    } finally {
        await card.close();
    }
});
