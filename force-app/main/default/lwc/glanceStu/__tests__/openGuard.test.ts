import { OpenGuard, REOPEN_GUARD_MS } from 'c/glanceStu';

describe('OpenGuard', () => {
    it('lets a link open once per guard window, and another link at once', () => {
        let now = 1_000_000;
        const guard = new OpenGuard(() => now);
        expect(guard.claim('join')).toBe(true);
        now += REOPEN_GUARD_MS - 1;
        expect(guard.claim('join')).toBe(false);
        expect(guard.claim('view')).toBe(true);
        expect(guard.claim('join')).toBe(true);
        now += REOPEN_GUARD_MS;
        expect(guard.claim('join')).toBe(true);
    });

    it('counts from the last open, not from the refused press, and never blocks after the clock is set back', () => {
        let now = 1_000_000;
        const guard = new OpenGuard(() => now);
        guard.claim('join');
        now += REOPEN_GUARD_MS - 1;
        expect(guard.claim('join')).toBe(false);
        now += 1;
        expect(guard.claim('join')).toBe(true);
        now -= 60_000;
        expect(guard.claim('join')).toBe(true);
    });

    it('reads the clock when asked, so a mocked Date.now applies', () => {
        const spy = jest.spyOn(Date, 'now').mockReturnValue(5_000);
        const guard = new OpenGuard();
        expect(guard.claim('join')).toBe(true);
        spy.mockReturnValue(5_000 + REOPEN_GUARD_MS);
        expect(guard.claim('join')).toBe(true);
        spy.mockRestore();
    });
});
