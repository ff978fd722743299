/*
 * The one way the Glance components turn an error into text a person can read: a UI API error
 * (from a wire or from createRecord) or anything a promise rejects with, such as a plain Error.
 * lwc-recipes' reduceErrors is the model. A record write's specific errors (a validation rule, a
 * missing access) say more than its generic message, so they come first.
 */
import UNKNOWN_ERROR from '@salesforce/label/c.GlanceStu_UnknownError';

type Messages = ReadonlyArray<{ readonly message?: unknown } | null | undefined>;

function texts(items: Messages | undefined): string[] {
    return (items ?? []).flatMap((item) => textOf(item?.message));
}

function textOf(value: unknown): string[] {
    return typeof value === 'string' && value.trim() ? [value.trim()] : [];
}

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
    if (typeof error === 'string') {
        return textOf(error);
    }
    if (typeof error !== 'object' || error === null) {
        return [];
    }
    const { body, message, statusText } = error as UiApiError & { message?: unknown };
    const bodies: ReadonlyArray<UiApiErrorBody> = Array.isArray(body) ? body : body ? [body as UiApiErrorBody] : [];
    const fromBody = bodies.flatMap(bodyMessages);
    if (fromBody.length) {
        return fromBody;
    }
    const own = textOf(message);
    return own.length ? own : textOf(statusText);
}

/** The platform's own words for `error`; the generic label only when nothing says why. */
export function wireErrorMessage(error: unknown): string {
    const messages = messagesOf(error);
    return messages.length ? messages.join(', ') : UNKNOWN_ERROR;
}
