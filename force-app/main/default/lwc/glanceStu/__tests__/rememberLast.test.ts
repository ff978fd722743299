import { rememberLast } from 'c/glanceStu';

describe('rememberLast', () => {
    it('computes once while the inputs stay the same, and again as soon as one changes', () => {
        const compute = jest.fn((text: string, flag: boolean) => ({ text, flag }));
        const remembered = rememberLast(compute);
        const first = remembered('4821', false);
        expect(remembered('4821', false)).toBe(first);
        expect(compute).toHaveBeenCalledTimes(1);
        expect(remembered('4821', true)).toEqual({ text: '4821', flag: true });
        expect(remembered('4822', true)).toEqual({ text: '4822', flag: true });
        expect(compute).toHaveBeenCalledTimes(3);
    });

    it('compares objects by identity, so a new record with the same content counts as a change', () => {
        const compute = jest.fn((record: { id: string }) => record.id);
        const remembered = rememberLast(compute);
        const record = { id: 'a' };
        remembered(record);
        remembered(record);
        remembered({ id: 'a' });
        expect(compute).toHaveBeenCalledTimes(2);
    });

    it('remembers only the last inputs, and tells undefined from null and NaN from NaN as Object.is does', () => {
        const compute = jest.fn((value: unknown) => String(value));
        const remembered = rememberLast(compute);
        remembered(undefined);
        remembered(null);
        remembered(undefined);
        remembered(Number.NaN);
        remembered(Number.NaN);
        expect(compute.mock.calls).toEqual([[undefined], [null], [undefined], [Number.NaN]]);
    });

    it('counts a different number of inputs as a change', () => {
        const compute = jest.fn((...values: number[]) => values.length);
        const remembered = rememberLast(compute);
        expect(remembered(1)).toBe(1);
        expect(remembered(1, 2)).toBe(2);
        expect(compute).toHaveBeenCalledTimes(2);
    });
});
