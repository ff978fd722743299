/*
 * Shows what needs attention: configuration problems (for the admin, each naming what to fix) and
 * notices (for the agent: what works with less). Shared by the launcher card and the quick-action
 * panel so both say it the same way.
 */
import { LightningElement, api } from 'lwc';
import { LABELS, type CardMessage } from 'c/glanceStu';

export default class GlanceStuMessages extends LightningElement {
    @api problems: CardMessage[] = [];
    @api notices: CardMessage[] = [];
    /** Why the last Glance session was not logged as a Task; the links work regardless. */
    @api logError: string | null | undefined;

    labels = LABELS;

    get hasProblems(): boolean {
        return this.problems.length > 0;
    }
}
