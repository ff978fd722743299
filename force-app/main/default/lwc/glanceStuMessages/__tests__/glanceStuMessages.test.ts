import { createElement } from 'lwc';
import GlanceStuMessages from 'c/glanceStuMessages';
import { LABELS, type CardMessage } from 'c/glanceStu';
import { flushRendering, resetDom, shadowOf } from '../../../../../test/jest-utils/lwcTestUtils';

const ORG_ID: CardMessage = { key: 'ORG_ID_UNREADABLE', text: 'Grant Glance STU User to read the org ID.' };
const GROUP_ID: CardMessage = { key: 'GROUP_ID_NOT_DIGITS', text: 'The Group ID must be digits only.' };
const RECORD: CardMessage = { key: 'record', text: 'This record could not be read.' };

type Messages = HTMLElement & {
    messages: { problems: CardMessage[]; notices: CardMessage[] };
    topLevelHeadings: boolean;
};
const shown = (problems: CardMessage[] = [], notices: CardMessage[] = []) => ({ problems, notices });

async function mount(props: Partial<Messages> = {}): Promise<Messages> {
    const element = createElement('c-glance-stu-messages', { is: GlanceStuMessages }) as Messages;
    Object.assign(element, props);
    document.body.appendChild(element);
    await flushRendering();
    return element;
}

function liveRegion(element: HTMLElement): HTMLElement {
    const region = shadowOf(element).querySelector<HTMLElement>('[data-stu="announcement"]');
    if (!region) {
        throw new Error('no live region');
    }
    return region;
}

afterEach(resetDom);

describe('c-glance-stu-messages announcements', () => {
    it('has a polite live region from the start, silent about what shows at load', async () => {
        const element = await mount({ messages: shown([ORG_ID], [RECORD]) });
        expect(liveRegion(element).getAttribute('aria-live')).toBe('polite');
        expect(liveRegion(element).textContent).toBe('');
        await expect(element).toBeAccessible();
    });

    it('announces a problem or notice that appears later, and only the new ones', async () => {
        const element = await mount({ messages: shown([ORG_ID]) });
        element.messages = shown([ORG_ID, GROUP_ID]);
        await flushRendering();
        expect(liveRegion(element).textContent).toBe(GROUP_ID.text);
        element.messages = shown([ORG_ID, GROUP_ID], [RECORD]);
        await flushRendering();
        expect(liveRegion(element).textContent).toBe(RECORD.text);
        await expect(element).toBeAccessible();
    });

    it('announces several at once in one sentence, and a message whose text changed', async () => {
        const element = await mount({ messages: shown() });
        element.messages = shown([ORG_ID], [RECORD]);
        await flushRendering();
        expect(liveRegion(element).textContent).toBe(`${ORG_ID.text} ${RECORD.text}`);
        const reworded = { ...RECORD, text: 'You do not have access to this record.' };
        element.messages = shown([ORG_ID], [reworded]);
        await flushRendering();
        expect(liveRegion(element).textContent).toBe(reworded.text);
    });

    it('keeps quiet when a message goes away, and announces it again when it comes back', async () => {
        const element = await mount({ messages: shown() });
        element.messages = shown([GROUP_ID]);
        await flushRendering();
        const first = liveRegion(element).textContent;
        element.messages = shown();
        await flushRendering();
        expect(liveRegion(element).textContent).toBe(first);
        element.messages = shown([GROUP_ID]);
        await flushRendering();
        expect(liveRegion(element).textContent).not.toBe(first);
        expect(liveRegion(element).textContent?.trim()).toBe(GROUP_ID.text);
    });
});

describe('c-glance-stu-messages without messages', () => {
    it('shows nothing, not even an empty box, when the surface passes none', async () => {
        const element = await mount({ messages: null as unknown as Messages['messages'] });
        expect(shadowOf(element).querySelector('[data-stu="problems"]')).toBeNull();
        expect(shadowOf(element).querySelectorAll('[data-notice]')).toHaveLength(0);
        expect(element.messages).toEqual(shown());
        await expect(element).toBeAccessible();
    });
});

describe('c-glance-stu-messages heading', () => {
    it('titles the problems with an h3 under the surface heading by default', async () => {
        const element = await mount({ messages: shown([GROUP_ID]) });
        const heading = shadowOf(element).querySelector('[data-stu="problems"] h3');
        expect(heading?.textContent).toBe(LABELS.problemsHeading);
        expect(shadowOf(element).querySelector('h2')).toBeNull();
    });

    it('titles them with an h2 where no heading sits above', async () => {
        const element = await mount({ messages: shown([GROUP_ID]), topLevelHeadings: true });
        expect(shadowOf(element).querySelector('[data-stu="problems"] h2')?.textContent).toBe(LABELS.problemsHeading);
        expect(shadowOf(element).querySelector('h3')).toBeNull();
        await expect(element).toBeAccessible();
    });
});
