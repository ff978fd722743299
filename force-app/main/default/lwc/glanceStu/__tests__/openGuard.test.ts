import { OpenGuard, REOPEN_GUARD_MS } from 'c/glanceStu';

describe('OpenGuard', () => {
    it('refuses the same link within the guard window after it opened, and lets another link open at once', () => {
        let now = 1_000_000;
        const guard = new OpenGuard(() => now);
        expect(guard.allows('join')).toBe(true);
        guard.opened('join');
        now += REOPEN_GUARD_MS - 1;
        expect(guard.allows('join')).toBe(false);
        expect(guard.allows('view')).toBe(true);
        guard.opened('view');
        expect(guard.allows('join')).toBe(true);
        now += REOPEN_GUARD_MS;
        expect(guard.allows('view')).toBe(true);
    });

    it('counts only opens: a press that found the pop-up blocked leaves the next press free', () => {
        let now = 1_000_000;
        const guard = new OpenGuard(() => now);
        expect(guard.allows('join')).toBe(true);
        // The browser blocked the tab, so nothing is recorded.
        now += 100;
        expect(guard.allows('join')).toBe(true);
    });

    it('counts from the last open and never blocks after the clock is set back', () => {
        let now = 1_000_000;
        const guard = new OpenGuard(() => now);
        guard.opened('join');
        now += REOPEN_GUARD_MS;
        expect(guard.allows('join')).toBe(true);
        guard.opened('join');
        now -= 60_000;
        expect(guard.allows('join')).toBe(true);
    });

    it('reads the clock when asked, so a mocked Date.now applies', () => {
        const spy = jest.spyOn(Date, 'now').mockReturnValue(5_000);
        const guard = new OpenGuard();
        guard.opened('join');
        expect(guard.allows('join')).toBe(false);
        spy.mockReturnValue(5_000 + REOPEN_GUARD_MS);
        expect(guard.allows('join')).toBe(true);
        spy.mockRestore();
    });
});
