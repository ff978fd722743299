/*
 * One open per intent: a second open of the same link within REOPEN_GUARD_MS is a double press, not
 * a second session. Only a tab that really opened counts, so after a blocked pop-up the next press opens.
 */
export const REOPEN_GUARD_MS = 2000;

export class OpenGuard {
    private last: { link: string; at: number } | undefined;

    /** `now` reads the clock at each press, so a mocked Date.now applies. */
    constructor(private readonly now: () => number = () => Date.now()) {}

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
