import { createElement } from 'lwc';
import GlanceStuLauncher from 'c/glanceStuLauncher';
import { getRecord } from 'lightning/uiRecordApi';
import {
    asTestWireAdapter,
    childShadow,
    flushRendering,
    resetDom,
    shadowOf
} from '../../../../../test/jest-utils/lwcTestUtils';

// An agent without Customize Application.
jest.mock('@salesforce/userPermission/CustomizeApplication', () => ({ __esModule: true, default: false }), {
    virtual: true
});

// eslint-disable-next-line @typescript-eslint/no-require-imports
const runningUser = require('../../../../../test/jest-data/runningUser.json');

const getRecordAdapter = asTestWireAdapter(getRecord);

afterEach(resetDom);

describe('c-glance-stu-launcher for agents who are not admins', () => {
    it('shows Join and the key box but no account links', async () => {
        const element = createElement('c-glance-stu-launcher', { is: GlanceStuLauncher });
        Object.assign(element, { recordId: '500000000000001AAA', objectApiName: 'Case' });
        document.body.appendChild(element);
        getRecordAdapter.emit(runningUser);
        await flushRendering();
        const shadow = shadowOf(element);
        const links = childShadow(element, 'c-glance-stu-links');
        expect(links.querySelector('a[data-stu="join"]')?.getAttribute('href')).toContain('idptoken=00D5g000004ABCD&');
        expect(links.querySelector('lightning-input[data-stu="session-key"]')).not.toBeNull();
        expect(shadow.querySelector('[data-stu="account-links"]')).toBeNull();
        expect(
            shadow.querySelectorAll('a[data-stu="account"], a[data-stu="login-key"], a[data-stu="saml-test"]')
        ).toHaveLength(0);
        await expect(element).toBeAccessible();
    });
});
