/*
 * The one way the Glance components turn a UI API wire error into text a person can read.
 */
import UNKNOWN_ERROR from '@salesforce/label/c.GlanceStu_UnknownError';

function messagesOf(body: UiApiError['body']): string[] {
    const bodies = Array.isArray(body) ? body : [body];
    return bodies
        .map((item) => (item && typeof item.message === 'string' ? item.message.trim() : ''))
        .filter((message) => message !== '');
}

export function wireErrorMessage(error: UiApiError | null | undefined): string {
    const messages = error ? messagesOf(error.body) : [];
    if (messages.length) {
        return messages.join(', ');
    }
    return error?.statusText?.trim() || UNKNOWN_ERROR;
}
