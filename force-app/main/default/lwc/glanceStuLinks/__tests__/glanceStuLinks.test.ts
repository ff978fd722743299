import { createElement } from 'lwc';
import GlanceStuLinks from 'c/glanceStuLinks';
import { LABELS, formatLabel, planLinks } from 'c/glanceStu';
import { flushRendering, resetDom, shadowOf as shadow } from '../../../../../test/jest-utils/lwcTestUtils';

const PLAN = planLinks(
    { ssoType: 'idpid', ssoValue: '4321' },
    { identity: { name: ' Ada ', email: null, phone: '555' }, orgId: null, glanceSettings: {} }
);

function mount(props: Record<string, unknown>): HTMLElement {
    const element = createElement('c-glance-stu-links', { is: GlanceStuLinks });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

afterEach(resetDom);

describe('c-glance-stu-links', () => {
    it('builds Join from the plan and View from the record key', async () => {
        const element = mount({ plan: PLAN, recordSessionKey: ' 777 ' });
        await flushRendering();
        expect(shadow(element).querySelector('a[data-stu="join"]')?.getAttribute('href')).toBe(PLAN.joinUrl);
        expect(shadow(element).querySelector('a[data-stu="view"]')?.getAttribute('href')).toBe(
            'https://www.glance.net/agentjoin/AgentView.aspx?idpid=4321&SessionKey=777&name=Ada&phone=555'
        );
        expect(shadow(element).querySelector('[data-stu="identity"]')?.textContent).toBe(
            formatLabel(LABELS.identityPreview, 'Ada, 555')
        );
        await expect(element).toBeAccessible();
    });

    it('tells its container when the agent follows a link', async () => {
        const element = mount({ plan: PLAN, recordSessionKey: '777' });
        const opened = jest.fn();
        element.addEventListener('linkopen', opened);
        await flushRendering();
        (shadow(element).querySelector('a[data-stu="join"]') as HTMLAnchorElement).dispatchEvent(
            new CustomEvent('click')
        );
        (shadow(element).querySelector('a[data-stu="view"]') as HTMLAnchorElement).dispatchEvent(
            new CustomEvent('click')
        );
        expect(opened).toHaveBeenCalledTimes(2);
    });

    it('treats a change event without a value as an emptied box', async () => {
        const element = mount({ plan: PLAN, recordSessionKey: '777' });
        await flushRendering();
        const input = shadow(element).querySelector('lightning-input') as HTMLElement & { value: string };
        input.dispatchEvent(new CustomEvent('change', { detail: {} }));
        await flushRendering();
        expect(input.value).toBe('');
        expect(shadow(element).querySelector('a[data-stu="view"]')).toBeNull();
    });

    it("shows a flow's key before the record's, and says a bad one came from the flow", async () => {
        const element = mount({ plan: PLAN, recordSessionKey: '777', flowSessionKey: '48 21' });
        await flushRendering();
        const input = shadow(element).querySelector('lightning-input') as HTMLElement & { value: string };
        expect(input.value).toBe('48 21');
        expect(shadow(element).querySelector('a[data-stu="view"]')).toBeNull();
        expect(shadow(element).querySelector('[data-stu="session-key-message"]')?.textContent?.trim()).toBe(
            formatLabel(LABELS.flowSessionKeyInvalid, '48 21')
        );
    });
});
