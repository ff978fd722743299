/*
 * The Glance service bundle: everything the components share that is not UI. One file per job,
 * re-exported here so components import `c/glanceStu` alone.
 * - serviceTargetUrls: builds every Glance URL and judges every value in one (StuError reasons).
 * - linkSettings: the one precedence rule (Glance Settings, and a page's own Join mode and key
 *   field), and turning settings and the running user into links plus setting problems.
 * - problemMessages: who reads (admin or agent), and the text each reads for a problem or notice.
 * - runningUser: what the components read about the running user (and their Glance Settings).
 * - sessionKeyField: which record field fills the session-key box, and what is reported missing.
 * - cardState: what the card and the Glance Session panel derive from their inputs, once.
 * - sessionLog: the Task a Glance session leaves, on which record, and the refresh that shows it.
 * - openGuard: one open per intent (the double-press guard every link shares).
 * - labels: every custom label, and `{0}` formatting.
 * - wireErrors: the one way an error becomes text.
 * - keyInText: the session key a customer's message or utterance holds (none, one, or several).
 */
export * from './serviceTargetUrls';
export * from './linkSettings';
export * from './problemMessages';
export * from './runningUser';
export * from './sessionKeyField';
export * from './cardState';
export * from './sessionLog';
export * from './openGuard';
export * from './labels';
export * from './wireErrors';
export * from './keyInText';
