import { createElement } from 'lwc';
import GlanceStuLinks from 'c/glanceStuLinks';
import { REOPEN_GUARD_MS } from 'c/glanceStu';
import { LABELS, formatLabel, planLinks } from 'c/glanceStu';
import {
    flushRendering,
    pressKey,
    resetDom,
    sessionKeyBox,
    sessionKeyMessage,
    shadowOf as shadow,
    typeSessionKey
} from '../../../../../test/jest-utils/lwcTestUtils';

const PLAN = planLinks(
    {},
    {
        identity: { name: ' Ada ', email: null, phone: '555' },
        orgId: null,
        glanceSettings: { ssoType: 'idpid', ssoValue: '4321' }
    }
);
/** What window.open gives when the browser opened the tab (Lightning Web Security wraps it). */
const OPENED_TAB = {} as Window;

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

    it('says which link was followed, with the key for View, by click or middle-click only', async () => {
        const element = mount({ plan: PLAN, recordSessionKey: '7 77' });
        const details: unknown[] = [];
        element.addEventListener('linkopen', (event) => details.push((event as CustomEvent).detail));
        await flushRendering();
        const join = shadow(element).querySelector('a[data-stu="join"]') as HTMLAnchorElement;
        const view = shadow(element).querySelector('a[data-stu="view"]') as HTMLAnchorElement;
        join.dispatchEvent(new MouseEvent('auxclick', { button: 1 }));
        join.dispatchEvent(new MouseEvent('auxclick', { button: 2 }));
        view.dispatchEvent(new MouseEvent('auxclick', { button: 2 }));
        view.dispatchEvent(new MouseEvent('auxclick', { button: 1 }));
        expect(details).toEqual([
            { link: 'join', url: PLAN.joinUrl },
            { link: 'view', sessionKey: '777', url: view.getAttribute('href') }
        ]);
    });

    it("shows a flow's key before the record's, and says a bad one came from the flow", async () => {
        const element = mount({ plan: PLAN, recordSessionKey: '777', flowSessionKey: '48#21' });
        await flushRendering();
        expect(sessionKeyBox(shadow(element)).value).toBe('48#21');
        expect(shadow(element).querySelector('a[data-stu="view"]')).toBeNull();
        expect(sessionKeyMessage(shadow(element))).toBe(formatLabel(LABELS.flowSessionKeyInvalid, '48#21'));
        await expect(element).toBeAccessible();
    });

    it('keeps what the agent typed with the record it was typed on', async () => {
        const element = mount({ plan: PLAN, keyScope: 'A', recordSessionKey: null });
        await flushRendering();
        await typeSessionKey(shadow(element), '1111');
        // The agent moves to record B, whose field holds its own key.
        Object.assign(element, { keyScope: 'B', recordSessionKey: '2222' });
        await flushRendering();
        expect(sessionKeyBox(shadow(element)).value).toBe('2222');
        expect(shadow(element).querySelector('a[data-stu="view"]')?.getAttribute('href')).toContain('SessionKey=2222');
        // Record C holds no key: the box is empty, not A's key.
        Object.assign(element, { keyScope: 'C', recordSessionKey: null });
        await flushRendering();
        expect(sessionKeyBox(shadow(element)).value).toBe('');
        expect(shadow(element).querySelector('a[data-stu="view"]')).toBeNull();
        // Back on A, what the agent typed there is still there.
        Object.assign(element, { keyScope: 'A', recordSessionKey: null });
        await flushRendering();
        expect(sessionKeyBox(shadow(element)).value).toBe('1111');
    });

    it('waits for the record key with the box and View only, and offers Join at once', async () => {
        const element = mount({ plan: PLAN, keyPending: true });
        await flushRendering();
        const links = shadow(element);
        expect(links.querySelector('[data-stu="key-pending"] lightning-spinner')).not.toBeNull();
        expect(links.querySelector('input[data-stu="session-key"]')).toBeNull();
        expect(links.querySelector('[data-stu="view"], [data-stu="view-unavailable"]')).toBeNull();
        expect(links.querySelector('a[data-stu="join"]')?.getAttribute('href')).toBe(PLAN.joinUrl);
        await expect(element).toBeAccessible();
        Object.assign(element, { keyPending: false, recordSessionKey: '4821' });
        await flushRendering();
        expect(sessionKeyBox(links).value).toBe('4821');
        expect(links.querySelector('a[data-stu="view"]')).not.toBeNull();
    });
});

describe('c-glance-stu-links session key box', () => {
    const VIEW_4821 = 'https://www.glance.net/agentjoin/AgentView.aspx?idpid=4321&SessionKey=4821&name=Ada&phone=555';
    let openSpy: jest.SpyInstance;

    beforeEach(() => {
        openSpy = jest.spyOn(window, 'open').mockImplementation(() => OPENED_TAB);
    });

    afterEach(() => {
        jest.restoreAllMocks();
    });

    async function mountWithKey(recordSessionKey?: string): Promise<{ element: HTMLElement; links: ShadowRoot }> {
        const element = mount({ plan: PLAN, recordSessionKey });
        await flushRendering();
        return { element, links: shadow(element) };
    }

    it('ignores spaces inside a key and keeps what the agent typed', async () => {
        const { links } = await mountWithKey();
        const input = await typeSessionKey(links, ' 1234 5678 ');
        expect(
            new URL(links.querySelector('a[data-stu="view"]')?.getAttribute('href') ?? '').searchParams.get(
                'SessionKey'
            )
        ).toBe('12345678');
        expect(input.value).toBe(' 1234 5678 ');
    });

    it('ignores spaces inside a key read from the record too', async () => {
        const { links } = await mountWithKey('48 21');
        expect(links.querySelector('a[data-stu="view"]')?.getAttribute('href')).toBe(VIEW_4821);
    });

    it('opens View once in a new tab on Enter and tells its container', async () => {
        const { element, links } = await mountWithKey();
        const opened = jest.fn();
        element.addEventListener('linkopen', opened);
        await typeSessionKey(links, '48 21');
        const enter = pressKey(links, 'Enter');
        expect(openSpy.mock.calls).toEqual([[VIEW_4821, '_blank', 'noopener,noreferrer']]);
        expect(enter.defaultPrevented).toBe(true);
        expect(opened).toHaveBeenCalledTimes(1);
        expect(opened.mock.calls[0][0].detail).toEqual({ link: 'view', sessionKey: '4821', url: VIEW_4821 });
    });

    it('counts an Enter as an open although window.open returns null, as it does for a noopener tab', async () => {
        const { element, links } = await mountWithKey('4821');
        const opened = jest.fn();
        element.addEventListener('linkopen', opened);
        openSpy.mockImplementation(() => null);
        pressKey(links, 'Enter');
        pressKey(links, 'Enter');
        expect(openSpy).toHaveBeenCalledTimes(1);
        expect(opened).toHaveBeenCalledTimes(1);
    });

    it('opens only once for a held Enter, a second Enter or Enter then a click on View', async () => {
        const { element, links } = await mountWithKey('4821');
        const opened = jest.fn();
        element.addEventListener('linkopen', opened);
        pressKey(links, 'Enter');
        pressKey(links, 'Enter', { repeat: true });
        pressKey(links, 'Enter');
        const click = new MouseEvent('click', { bubbles: true, cancelable: true });
        links.querySelector('a[data-stu="view"]')?.dispatchEvent(click);
        expect(openSpy).toHaveBeenCalledTimes(1);
        expect(click.defaultPrevented).toBe(true);
        expect(opened).toHaveBeenCalledTimes(1);
    });

    it('opens the same session again once the double-press guard has passed, and another key at once', async () => {
        const now = jest.spyOn(Date, 'now').mockReturnValue(1_000_000);
        const { links } = await mountWithKey('4821');
        pressKey(links, 'Enter');
        now.mockReturnValue(1_000_000 + REOPEN_GUARD_MS - 1);
        pressKey(links, 'Enter');
        expect(openSpy).toHaveBeenCalledTimes(1);
        now.mockReturnValue(1_000_000 + REOPEN_GUARD_MS);
        pressKey(links, 'Enter', { repeat: true });
        expect(openSpy).toHaveBeenCalledTimes(1);
        pressKey(links, 'Enter');
        expect(openSpy).toHaveBeenCalledTimes(2);
        await typeSessionKey(links, '9999');
        pressKey(links, 'Enter');
        expect(openSpy).toHaveBeenCalledTimes(3);
        expect(openSpy.mock.calls[2][0]).toContain('SessionKey=9999');
    });

    it('lets a click on View through after Enter on another key', async () => {
        const { links } = await mountWithKey('1111');
        pressKey(links, 'Enter');
        await typeSessionKey(links, '2222');
        const click = new MouseEvent('click', { bubbles: true, cancelable: true });
        links.querySelector('a[data-stu="view"]')?.dispatchEvent(click);
        expect(click.defaultPrevented).toBe(false);
    });

    it('lets one Join through for a double click or a quick middle-click, and Join again after the guard', async () => {
        const now = jest.spyOn(Date, 'now').mockReturnValue(1_000_000);
        const element = mount({ plan: PLAN });
        const opened = jest.fn();
        element.addEventListener('linkopen', opened);
        await flushRendering();
        const join = shadow(element).querySelector('a[data-stu="join"]') as HTMLAnchorElement;
        const follow = (event: MouseEvent) => {
            join.dispatchEvent(event);
            return event.defaultPrevented;
        };
        expect(follow(new MouseEvent('click', { cancelable: true }))).toBe(false);
        expect(follow(new MouseEvent('click', { cancelable: true }))).toBe(true);
        now.mockReturnValue(1_000_000 + REOPEN_GUARD_MS - 1);
        expect(follow(new MouseEvent('auxclick', { button: 1, cancelable: true }))).toBe(true);
        expect(opened).toHaveBeenCalledTimes(1);
        now.mockReturnValue(1_000_000 + REOPEN_GUARD_MS);
        expect(follow(new MouseEvent('click', { cancelable: true }))).toBe(false);
        expect(opened.mock.calls.map(([event]) => event.detail)).toEqual([
            { link: 'join', url: PLAN.joinUrl },
            { link: 'join', url: PLAN.joinUrl }
        ]);
    });

    it('opens nothing on Enter with an invalid key and shows the message on the field', async () => {
        const { element, links } = await mountWithKey();
        const opened = jest.fn();
        element.addEventListener('linkopen', opened);
        await typeSessionKey(links, '48&21');
        expect(sessionKeyMessage(links)).toBe(LABELS.sessionKeyInvalid);
        pressKey(links, 'Enter');
        await flushRendering();
        expect(sessionKeyMessage(links)).toBe(LABELS.sessionKeyInvalid);
        expect(sessionKeyBox(links).value).toBe('48&21');
        expect(openSpy).not.toHaveBeenCalled();
        expect(opened).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('asks for a key on Enter in an empty box, until the agent types', async () => {
        const { element, links } = await mountWithKey();
        expect(sessionKeyMessage(links)).toBe('');
        pressKey(links, 'Enter');
        await flushRendering();
        expect(sessionKeyMessage(links)).toBe(LABELS.sessionKeyMissing);
        expect(openSpy).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
        await typeSessionKey(links, '4');
        expect(sessionKeyMessage(links)).toBe('');
    });

    it('clears the field error once the key is valid', async () => {
        const { links } = await mountWithKey();
        await typeSessionKey(links, 'not-a-key!');
        expect(sessionKeyMessage(links)).toBe(LABELS.sessionKeyInvalid);
        await typeSessionKey(links, 'not-a-key');
        expect(sessionKeyMessage(links)).toBe('');
        expect(links.querySelector('a[data-stu="view"]')).not.toBeNull();
    });

    it('names the record key it cannot use on the field', async () => {
        const element = mount({ plan: PLAN });
        await flushRendering();
        Object.assign(element, { recordSessionKey: '48#21' });
        await flushRendering();
        expect(sessionKeyMessage(shadow(element))).toBe(formatLabel(LABELS.recordSessionKeyInvalid, '48#21'));
        expect(shadow(element).querySelector('a[data-stu="view"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it.each([
        ['another key', 'a', {}],
        ['Enter while an input method composes', 'Enter', { isComposing: true }]
    ])('does nothing on %s', async (_case, key, init) => {
        const { links } = await mountWithKey('4821');
        const event = pressKey(links, key, init);
        expect(openSpy).not.toHaveBeenCalled();
        expect(event.defaultPrevented).toBe(false);
    });
});

describe('c-glance-stu-links View without a key', () => {
    let openSpy: jest.SpyInstance;
    let focusSpy: jest.SpyInstance;

    beforeEach(() => {
        openSpy = jest.spyOn(window, 'open').mockImplementation(() => null);
        focusSpy = jest.spyOn(HTMLElement.prototype, 'focus');
    });

    afterEach(() => {
        jest.restoreAllMocks();
    });

    function unavailableView(links: ShadowRoot): HTMLButtonElement {
        const button = links.querySelector<HTMLButtonElement>('button[data-stu="view-unavailable"]');
        if (!button) {
            throw new Error('View is not shown as unavailable');
        }
        return button;
    }

    it('stays focusable, marked unavailable and described by why', async () => {
        const element = mount({ plan: PLAN });
        await flushRendering();
        const button = unavailableView(shadow(element));
        expect(button.disabled).toBe(false);
        expect(button.getAttribute('aria-disabled')).toBe('true');
        const describedBy = button.getAttribute('aria-describedby') ?? '';
        expect(shadow(element).querySelector(`[id="${describedBy}"]`)?.textContent).toBe(LABELS.viewNeedsKey);
        await expect(element).toBeAccessible();
    });

    it('asks for the key in the box when activated, and opens nothing', async () => {
        const element = mount({ plan: PLAN });
        const opened = jest.fn();
        element.addEventListener('linkopen', opened);
        await flushRendering();
        const links = shadow(element);
        unavailableView(links).click();
        await flushRendering();
        expect(sessionKeyMessage(links)).toBe(LABELS.sessionKeyMissing);
        expect(focusSpy.mock.contexts).toEqual([sessionKeyBox(links)]);
        expect(openSpy).not.toHaveBeenCalled();
        expect(opened).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('keeps saying what is wrong with a typed key when activated', async () => {
        const element = mount({ plan: PLAN });
        await flushRendering();
        const links = shadow(element);
        await typeSessionKey(links, '48/21');
        unavailableView(links).click();
        await flushRendering();
        expect(sessionKeyMessage(links)).toBe(LABELS.sessionKeyInvalid);
        expect(focusSpy.mock.contexts).toEqual([sessionKeyBox(links)]);
        expect(openSpy).not.toHaveBeenCalled();
    });

    it('gives way to the View link once the key is valid', async () => {
        const element = mount({ plan: PLAN });
        await flushRendering();
        await typeSessionKey(shadow(element), '4821');
        expect(shadow(element).querySelector('[data-stu="view-unavailable"]')).toBeNull();
        expect(shadow(element).querySelector('a[data-stu="view"]')).not.toBeNull();
    });
});

describe('c-glance-stu-links focus', () => {
    afterEach(() => {
        jest.restoreAllMocks();
    });

    it('puts the focus in the key box', async () => {
        const focusSpy = jest.spyOn(HTMLElement.prototype, 'focus');
        const element = mount({ plan: PLAN });
        await flushRendering();
        element.focus();
        expect(focusSpy.mock.contexts).toEqual([sessionKeyBox(shadow(element))]);
    });
});
