/*
 * Shows what needs attention: configuration problems (for the admin, each naming what to fix) and
 * notices (for the agent: what works with less), and announces politely what appears later. Shared
 * by the card and the Glance Session panel so both say it the same way.
 */
import { LightningElement, api } from 'lwc';
import { LABELS, announceAgain, type CardMessage } from 'c/glanceStu';

const identity = (message: CardMessage): string => `${message.key}\n${message.text}`;

export default class GlanceStuMessages extends LightningElement {
    /** Why the last Glance session was not logged as a Task; the links work regardless. */
    @api logError: string | null | undefined;
    /**
     * True where no heading of the surface sits above this component (the utility bar, a flow
     * screen), so its heading is an h2; under a card's or a panel's h2 it is an h3.
     */
    @api topLevelHeadings = false;

    labels = LABELS;
    /** What the polite live region says: the problems and notices that appeared after the first ones. */
    announcement = '';
    shownProblems: CardMessage[] = [];
    shownNotices: CardMessage[] = [];
    /** The messages on screen; undefined until connected, since the first ones are not news. */
    onScreen: Set<string> | undefined;
    comparing = false;

    @api
    get problems(): CardMessage[] {
        return this.shownProblems;
    }
    set problems(value: CardMessage[] | null | undefined) {
        this.shownProblems = value ?? [];
        this.announceNew();
    }

    @api
    get notices(): CardMessage[] {
        return this.shownNotices;
    }
    set notices(value: CardMessage[] | null | undefined) {
        this.shownNotices = value ?? [];
        this.announceNew();
    }

    get hasProblems(): boolean {
        return this.shownProblems.length > 0;
    }

    override connectedCallback(): void {
        this.onScreen = new Set(this.all().map(identity));
    }

    all(): CardMessage[] {
        return [...this.shownProblems, ...this.shownNotices];
    }

    /**
     * The parent sets problems and notices one after the other: both are compared once, after the
     * last, so one announcement says everything that appeared.
     */
    announceNew(): void {
        if (!this.onScreen || this.comparing) {
            return;
        }
        this.comparing = true;
        Promise.resolve().then(() => {
            this.comparing = false;
            const messages = this.all();
            const appeared = messages.filter((message) => !this.onScreen?.has(identity(message)));
            this.onScreen = new Set(messages.map(identity));
            if (appeared.length) {
                this.announcement = announceAgain(this.announcement, appeared.map((message) => message.text).join(' '));
            }
        });
    }
}
