/*
 * The one way an error becomes text a person reads: a UI API error (from a wire or createRecord) or
 * anything a promise rejects with, after lwc-recipes' reduceErrors. A record write's specific errors
 * (a validation rule, a missing access) say more than its generic message, so they come first.
 */
import * as LABELS from './labels';

type Messages = ReadonlyArray<{ readonly message?: unknown } | null | undefined>;

const textOf = (value: unknown): string[] => (typeof value === 'string' && value.trim() ? [value.trim()] : []);
const texts = (items: Messages | undefined): string[] => (items ?? []).flatMap((item) => textOf(item?.message));

function bodyMessages(body: UiApiErrorBody | undefined): string[] {
    const specific = [
        ...texts(body?.output?.errors),
        ...Object.values(body?.output?.fieldErrors ?? {}).flatMap(texts),
        ...texts(body?.pageErrors),
        ...Object.values(body?.fieldErrors ?? {}).flatMap(texts)
    ];
    return specific.length ? specific : textOf(body?.message);
}

/** Everything the error says about why, in reading order; empty when it says nothing. */
function messagesOf(error: unknown): string[] {
    if (typeof error !== 'object' || error === null) {
        return textOf(error);
    }
    const { body, message, statusText } = error as UiApiError & { message?: unknown };
    const bodies: ReadonlyArray<UiApiErrorBody> = Array.isArray(body) ? body : body ? [body as UiApiErrorBody] : [];
    const fromBody = bodies.flatMap(bodyMessages);
    const own = textOf(message);
    return fromBody.length ? fromBody : own.length ? own : textOf(statusText);
}

/** The platform's own words for `error`; the generic label only when nothing says why. */
export function wireErrorMessage(error: unknown): string {
    const messages = messagesOf(error);
    return messages.length ? messages.join(', ') : LABELS.unknownError;
}
