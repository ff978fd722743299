/*
 * One open per intent: a second open of the same link within REOPEN_GUARD_MS is a double press
 * (a double click, Enter then click, two quick runs of a quick action), not a second session.
 * The card, the panel and the headless Join action all ask the same guard. Pure logic.
 */

/** A second open of the same link this soon is a double press, not a wish. */
export const REOPEN_GUARD_MS = 2000;

export class OpenGuard {
    private last: { link: string; at: number } | undefined;
    private readonly now: () => number;

    /** `now` reads the clock at each press, so a mocked Date.now applies. */
    constructor(now: () => number = () => Date.now()) {
        this.now = now;
    }

    /** True when `link` may open now, which then counts as its last open; false within the guard. */
    claim(link: string): boolean {
        const at = this.now();
        // A clock set back never blocks: only a later open within the guard is a double press.
        if (this.last?.link === link && at >= this.last.at && at - this.last.at < REOPEN_GUARD_MS) {
            return false;
        }
        this.last = { link, at };
        return true;
    }
}
