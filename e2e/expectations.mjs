// What the card must send and say, held the same in the local preview (the end-to-end tests) and in
// a real org (npm run test:org): where its links go, which parameters they carry in which order, and
// the text of its custom labels. Works on any Playwright locator of a c-glance-stu-launcher.
import assert from 'node:assert/strict';
import project from '../scripts/project.cjs';

export const JOIN = 'https://www.glance.net/agentjoin/AgentJoin.aspx';
export const VIEW = 'https://www.glance.net/agentjoin/AgentView.aspx';
export const JOIN_LINK = 'a[data-stu="join"]';
export const VIEW_LINK = 'a[data-stu="view"]';
export const SESSION_KEY_INPUT = 'input[data-stu="session-key"]';

const LABELS = project.readCustomLabels();
const TRANSLATIONS = project.readTranslations();

/** Custom labels' text in `language`, from its translation file or else English, with {0}, {1} filled. */
export function labelsIn(language) {
    return (name, ...values) => {
        const text = TRANSLATIONS.get(language)?.find((entry) => entry.name === name)?.label ?? LABELS.get(name);
        assert.ok(text, `custom label ${name}`);
        return text.replace(/\{(\d+)\}/g, (placeholder, index) => values[Number(index)] ?? placeholder);
    };
}
export const label = labelsIn('en_US');

/** The identity a link carries for a User record's Name, Email and Phone: blank ones are left out. */
const identityOf = (user) =>
    [
        ['name', user.Name],
        ['email', user.Email],
        ['phone', user.Phone]
    ].filter(([, value]) => value?.trim());

/** Asserts `href` opens `page` with exactly `parameters` ([name, value] pairs, in order) as Glance reads them. */
export function assertGlanceLink(href, page, parameters) {
    const url = new URL(href);
    assert.equal(`${url.origin}${url.pathname}`, page, href);
    assert.deepEqual([...url.searchParams], parameters, href);
}

/**
 * Asserts the card's Join link, then types `sessionKey` and asserts its View link: each opens in a
 * new tab and carries `sso` (a [name, value] pair) and `user`'s identity.
 */
export async function assertJoinAndView(launcher, { sso, user, sessionKey }) {
    const join = launcher.locator(JOIN_LINK);
    assertGlanceLink(await join.getAttribute('href'), JOIN, [sso, ...identityOf(user)]);
    assert.equal(await join.getAttribute('target'), '_blank');
    assert.equal(await join.getAttribute('rel'), 'noopener noreferrer');
    await launcher.locator(SESSION_KEY_INPUT).fill(sessionKey);
    const view = await launcher.locator(VIEW_LINK).getAttribute('href');
    assertGlanceLink(view, VIEW, [sso, ['SessionKey', sessionKey], ...identityOf(user)]);
}
