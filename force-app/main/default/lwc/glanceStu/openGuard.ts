/*
 * One open per intent: a second open of the same link within REOPEN_GUARD_MS is a double press
 * (a double click, Enter then click, two quick runs of a quick action), not a second session.
 * The card, the panel and the headless Join action all ask the same guard. Pure logic.
 */

/** A second open of the same link this soon is a double press, not a wish. */
export const REOPEN_GUARD_MS = 2000;

export interface OpenGuard {
    /** True when `link` may open now, which then counts as its last open; false within the guard. */
    claim(link: string): boolean;
}

export function openGuard(now: () => number = () => Date.now()): OpenGuard {
    let last: { link: string; at: number } | undefined;
    return {
        claim(link: string): boolean {
            const at = now();
            // A clock set back never blocks: only a later open within the guard is a double press.
            if (last?.link === link && at >= last.at && at - last.at < REOPEN_GUARD_MS) {
                return false;
            }
            last = { link, at };
            return true;
        }
    };
}
