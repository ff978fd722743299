/*
 * Shows what needs attention: configuration problems (for the admin, each naming what to fix) and
 * notices (for the agent: what works with less), and announces politely what appears later. Shared
 * by the card and the Glance Session panel so both say it the same way.
 */
import { LightningElement, api } from 'lwc';
import { LABELS, announceAgain, type CardMessage, type SettingMessages } from 'c/glanceStu';

const NONE: SettingMessages = { problems: [], notices: [] };
const identity = (message: CardMessage): string => `${message.key}\n${message.text}`;

export default class GlanceStuMessages extends LightningElement {
    /** Why the last Glance session was not logged as a Task; the links work regardless. */
    @api logError: string | null | undefined;
    /** True where no heading sits above (the utility bar, a flow screen): its heading is then an h2. */
    @api topLevelHeadings = false;

    labels = LABELS;
    shown: SettingMessages = NONE;
    /** What the polite live region says: the messages that appeared after the first ones. */
    announcement = '';
    /** The messages on screen; undefined until the first are set, since those are not news. */
    onScreen: Set<string> | undefined;

    @api
    get messages(): SettingMessages {
        return this.shown;
    }
    set messages(value: SettingMessages | null | undefined) {
        this.shown = value ?? NONE;
        const all = [...this.shown.problems, ...this.shown.notices];
        const appeared = all.filter((message) => this.onScreen && !this.onScreen.has(identity(message)));
        this.onScreen = new Set(all.map(identity));
        if (appeared.length) {
            this.announcement = announceAgain(this.announcement, appeared.map((message) => message.text).join(' '));
        }
    }

    get hasProblems(): boolean {
        return this.shown.problems.length > 0;
    }
}
