import { createElement } from 'lwc';
import GlanceSessionAction from 'c/glanceSessionAction';
import { getRecord } from 'lightning/uiRecordApi';
import { LABELS, formatLabel } from 'c/glanceStu';
import { asTestWireAdapter, childShadow, flushRendering, resetDom } from '../../../../../test/jest-utils/lwcTestUtils';

// An agent: neither Customize Application nor the Glance Account Admin custom permission.
jest.mock('@salesforce/userPermission/CustomizeApplication', () => ({ __esModule: true, default: false }), {
    virtual: true
});

/* eslint-disable @typescript-eslint/no-require-imports */
const runningUserBadGlanceSettings = require('../../../../../test/jest-data/runningUserBadGlanceSettings.json');
/* eslint-enable @typescript-eslint/no-require-imports */

afterEach(resetDom);

describe('c-glance-session-action for an agent', () => {
    it('says plainly that links open without single sign-on and who fixes it, with Join still there', async () => {
        const element = createElement('c-glance-session-action', { is: GlanceSessionAction });
        Object.assign(element, { recordId: '500000000000001AAA', objectApiName: 'Case' });
        document.body.appendChild(element);
        asTestWireAdapter(getRecord).emit(runningUserBadGlanceSettings);
        await flushRendering();
        const messages = childShadow(element, 'c-glance-stu-messages');
        expect(messages.querySelectorAll('[data-problem]')).toHaveLength(0);
        expect(messages.querySelector('[data-notice="settings"]')?.textContent?.trim()).toBe(
            formatLabel(LABELS.noticeSettingsSso, LABELS.noticePlaceGlanceSettings)
        );
        expect(
            childShadow(element, 'c-glance-stu-links').querySelector('a[data-stu="join"]')?.getAttribute('href')
        ).toBe(
            'https://www.glance.net/agentjoin/AgentJoin.aspx?name=Ada+Lovelace&email=ada@example.com&phone=%2B1+(555)+010-0100'
        );
        await expect(element).toBeAccessible();
    });
});
