// The browser half of npm run test:org, run on the preview's sample Case instead of an org: the same
// calls the org test makes, so what it asserts in an org is shown here to pass, and to fail.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startPreview } from '../scripts/preview-server.mjs';
import { openCardInChromium } from '../scripts/test-org-browser.mjs';
import { SAMPLE_USER as USER } from '../preview/platform/ui-api-server.js';

const SSO = ['idptoken', USER.Glance_Org_Id__c.slice(0, 15)];
let server;
before(async () => (server = await startPreview({ port: 0 })));
after(() => server?.close());

test("the org test's card checks pass on the sample Case, fail on a wrong expectation, and View reaches no Glance host", async (t) => {
    const card = await openCardInChromium(`${server.url}?logSessions=1`);
    t.after(() => card.close());
    await card.assertJoinAndView({ sso: SSO, user: USER, sessionKey: '4821' });
    await assert.rejects(card.assertJoinAndView({ sso: ['idpid', '12345'], user: USER, sessionKey: '4821' }));
    await assert.rejects(
        card.assertJoinAndView({ sso: SSO, user: { ...USER, Name: 'Someone Else' }, sessionKey: '4821' })
    );
    await card.followView();
    assert.equal(await card.logError(), '', 'the preview logged the View');
});
