// The checks e2e/fixtures.mjs makes on every test, each shown to fail on a broken page: a test
// marked test.fail() passes only if it fails.
import { preview, test } from './fixtures.mjs';

test('an error in the page console fails the test', async () => {
    test.fail();
    const { page } = await preview.open();
    await page.evaluate(() => console.error('broken'));
});

test('axe-core fails an image without a text alternative', async () => {
    test.fail();
    const { page } = await preview.open();
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('img'), { id: 'broken' })));
    await preview.assertAccessible('#broken');
});
