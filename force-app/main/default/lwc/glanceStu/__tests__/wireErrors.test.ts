import { wireErrorMessage } from 'c/glanceStu';

describe('wireErrors', () => {
    it.each([
        [{ body: { message: 'Record not found' } }, 'Record not found'],
        [{ body: [{ message: 'First' }, { message: ' ' }, { message: 'Second' }] }, 'First, Second'],
        [{ body: [{}], statusText: 'Forbidden' }, 'Forbidden'],
        [{ body: { message: '' }, statusText: '  ' }, 'unknown error'],
        [{}, 'unknown error'],
        [null, 'unknown error'],
        [undefined, 'unknown error']
    ])('describes %j as %j', (error, expected) => {
        expect(wireErrorMessage(error)).toBe(expected);
    });
});
