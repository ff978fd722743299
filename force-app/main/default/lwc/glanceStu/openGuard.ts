/*
 * One open per intent: a second open of the same link within REOPEN_GUARD_MS is a double press
 * (a double click, Enter then click, two quick runs of a quick action), not a second session.
 * Only a tab that really opened counts: after a blocked pop-up the next press opens. Pure logic.
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

    /** False when `link` opened within the guard; a clock set back never blocks. */
    allows(link: string): boolean {
        const since = this.last?.link === link ? this.now() - this.last.at : Infinity;
        return since < 0 || since >= REOPEN_GUARD_MS;
    }

    /** Records that `link` has opened a tab now. */
    opened(link: string): void {
        this.last = { link, at: this.now() };
    }
}
