import { wireErrorMessage } from 'c/glanceStu';

describe('wireErrors', () => {
    it.each([
        [{ body: { message: 'Record not found' } }, 'Record not found'],
        [{ body: [{ message: 'First' }, { message: ' ' }, { message: 'Second' }] }, 'First, Second'],
        [{ body: [{}], statusText: 'Forbidden' }, 'Forbidden'],
        [{ body: { message: '' }, statusText: '  ' }, 'unknown error'],
        [{}, 'unknown error'],
        [
            {
                body: {
                    message: 'An error occurred while trying to update the record. Please try again.',
                    output: {
                        errors: [{ errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY', message: 'No create access on Task' }],
                        fieldErrors: { Status: [{ message: 'Status: bad value for restricted picklist field: Done' }] }
                    }
                }
            },
            'No create access on Task, Status: bad value for restricted picklist field: Done'
        ],
        [{ body: { message: 'Generic', output: { errors: [], fieldErrors: {} } } }, 'Generic'],
        // Anything a promise rejects with says why in its own words, as lwc-recipes' reduceErrors reads it.
        [new Error('Failed to fetch'), 'Failed to fetch'],
        [new TypeError('  '), 'unknown error'],
        ['Offline', 'Offline'],
        [
            { body: { pageErrors: [{ message: 'Page error' }], fieldErrors: { Subject: [{ message: 'Too long' }] } } },
            'Page error, Too long'
        ],
        [[{ message: 'not an error shape' }], 'unknown error'],
        [42, 'unknown error'],
        [null, 'unknown error'],
        [undefined, 'unknown error']
    ])('describes %j as %j', (error, expected) => {
        expect(wireErrorMessage(error)).toBe(expected);
    });
});
