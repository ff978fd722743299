/*
 * Shows what needs attention: configuration problems (for the admin, each naming what to fix) and
 * notices (for the agent: what works with less). Shared by the launcher card and the quick-action
 * panel so both say it the same way.
 */
import { LightningElement, api } from 'lwc';
import { LABELS, announceAgain, type CardMessage } from 'c/glanceStu';

export default class GlanceStuMessages extends LightningElement {
    @api problems: CardMessage[] = [];
    @api notices: CardMessage[] = [];
    /** Why the last Glance session was not logged as a Task; the links work regardless. */
    @api logError: string | null | undefined;

    /**
     * True where no heading of the surface sits above this component (the utility bar, a flow
     * screen), so its heading is an h2; under a card's or a panel's h2 it is an h3.
     */
    @api topLevelHeadings = false;

    labels = LABELS;
    /** What a polite live region says: the problems and notices that appeared since the first render. */
    announcement = '';
    /** The messages the last render showed; undefined before the first, whose messages are not news. */
    shownMessages: Set<string> | undefined;

    get hasProblems(): boolean {
        return this.problems.length > 0;
    }

    override renderedCallback(): void {
        const messages = [...this.problems, ...this.notices];
        const identity = (message: CardMessage) => `${message.key}\n${message.text}`;
        const appeared = messages.filter((message) => this.shownMessages && !this.shownMessages.has(identity(message)));
        this.shownMessages = new Set(messages.map(identity));
        if (appeared.length) {
            this.announcement = announceAgain(this.announcement, appeared.map((message) => message.text).join(' '));
        }
    }
}
