/*
 * The one way the Glance components turn a UI API error (from a wire or from createRecord) into
 * text a person can read. A record write's specific errors (a validation rule, a missing access)
 * say more than its generic message, so they come first.
 */
import UNKNOWN_ERROR from '@salesforce/label/c.GlanceStu_UnknownError';

function texts(items: ReadonlyArray<{ readonly message?: string }> | undefined): string[] {
    return (items ?? [])
        .map((item) => (item && typeof item.message === 'string' ? item.message.trim() : ''))
        .filter((message) => message !== '');
}

function messagesOf(body: UiApiError['body']): string[] {
    const bodies: ReadonlyArray<UiApiErrorBody> = Array.isArray(body) ? body : body ? [body as UiApiErrorBody] : [];
    return bodies.flatMap((item) => {
        const specific = [
            ...texts(item?.output?.errors),
            ...Object.values(item?.output?.fieldErrors ?? {}).flatMap(texts)
        ];
        return specific.length ? specific : texts([item]);
    });
}

export function wireErrorMessage(error: UiApiError | null | undefined): string {
    const messages = error ? messagesOf(error.body) : [];
    if (messages.length) {
        return messages.join(', ');
    }
    return error?.statusText?.trim() || UNKNOWN_ERROR;
}
