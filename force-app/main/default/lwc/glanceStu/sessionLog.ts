/*
 * The completed Task each link an agent opens leaves on the record the agent works on (no Apex: UI API's
 * createRecord), so service managers can report on Glance sessions; then a RefreshEvent so the page
 * shows it. docs/design.md says on which record and why.
 */
import { createRecord } from 'lightning/uiRecordApi';
import { RefreshEvent } from 'lightning/refresh';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import TASK_OBJECT from '@salesforce/schema/Task';
import SUBJECT_FIELD from '@salesforce/schema/Task.Subject';
import STATUS_FIELD from '@salesforce/schema/Task.Status';
import ACTIVITY_DATE_FIELD from '@salesforce/schema/Task.ActivityDate';
import DESCRIPTION_FIELD from '@salesforce/schema/Task.Description';
import WHO_ID_FIELD from '@salesforce/schema/Task.WhoId';
import WHAT_ID_FIELD from '@salesforce/schema/Task.WhatId';
import GLANCE_LINK_FIELD from '@salesforce/schema/Task.Glance_Link__c';
import GLANCE_SESSION_KEY_FIELD from '@salesforce/schema/Task.Glance_Session_Key__c';
import * as LABELS from './labels';
import { formatLabel } from './problemMessages';
import { urlWithoutIdentity } from './serviceTargetUrls';
import { wireErrorMessage } from './wireErrors';
import type { EffectiveSettings } from './linkSettings';

/** A link the agent opened: View names its session key. */
export type OpenedLink = { link: 'view'; sessionKey: string; url: string } | { link: 'join'; url: string };

/** The record a Task names: a person (Contact, Lead) in WhoId, anything else in WhatId. */
export type LoggedRecord = { recordId: string };

/** Objects that take no Task, and the fields naming the record to log on instead, in order. */
const LOGGED_ON_INSTEAD: Readonly<Record<string, readonly string[]>> = {
    messagingsession: ['CaseId', 'EndUserContactId'],
    voicecall: ['RelatedRecordId']
};

/** The fields of `objectApiName` that name the record to log on instead of it; none for most objects. */
export function loggedOnInsteadFields(objectApiName: string): string[] {
    const fields = LOGGED_ON_INSTEAD[objectApiName.toLowerCase()] ?? [];
    return fields.map((field) => `${objectApiName}.${field}`);
}

/** Where a session opened from this record is logged; undefined while that is loading, null for nowhere. */
export function loggedRecordOf(
    context: { recordId: string; objectApiName: string } | null,
    record: UiRecord | undefined
): LoggedRecord | null | undefined {
    if (!context) {
        return null;
    }
    const fields = loggedOnInsteadFields(context.objectApiName);
    if (!fields.length) {
        return { recordId: context.recordId };
    }
    if (!record) {
        return undefined;
    }
    const related = fields
        .map((field) => record.fields[field.split('.')[1]]?.value)
        .find(
            (value): value is string => typeof value === 'string' && /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/.test(value)
        );
    return related ? { recordId: related } : null;
}

/** Task.Glance_Link__c's picklist values (objects/Activity/fields/Glance_Link__c), by link. */
const GLANCE_LINK_VALUES: Record<OpenedLink['link'], string> = { view: 'View', join: 'Join' };

/** The longest the session panel waits for its Task before it closes all the same. */
export const LOG_WAIT_MS = 3000;

/** Orgs rename Task statuses; this is the closed status every org starts with. */
export const DEFAULT_TASK_STATUS = 'Completed';

/** The agent's calendar date (YYYY-MM-DD) in their own time zone, as Task.ActivityDate wants it. */
export function agentToday(now: Date, timeZone: string): string {
    let parts: Intl.DateTimeFormatPart[];
    try {
        parts = new Intl.DateTimeFormat('en-US', {
            timeZone,
            year: 'numeric',
            month: '2-digit',
            day: '2-digit'
        }).formatToParts(now);
    } catch (ignored) {
        // An unknown zone name: UTC is off by at most a day, which beats not logging.
        return now.toISOString().slice(0, 10);
    }
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The Task for one opened link; the description carries no name, email or phone of the agent. */
export function sessionTaskInput(
    opened: OpenedLink,
    record: LoggedRecord,
    options: { status?: string | null; today: string }
): UiRecordInput {
    const isView = opened.link === 'view';
    const relation = /^(?:003|00Q)/.test(record.recordId) ? WHO_ID_FIELD : WHAT_ID_FIELD;
    const description = [
        formatLabel(LABELS.logDescriptionLink, isView ? LABELS.viewLink : LABELS.joinLink),
        ...(isView ? [formatLabel(LABELS.logDescriptionSessionKey, opened.sessionKey)] : []),
        formatLabel(LABELS.logDescriptionUrl, urlWithoutIdentity(opened.url))
    ].join('\n');
    return {
        apiName: TASK_OBJECT.objectApiName,
        fields: {
            [SUBJECT_FIELD.fieldApiName]: isView
                ? formatLabel(LABELS.logSubjectView, opened.sessionKey)
                : LABELS.logSubjectJoin,
            [STATUS_FIELD.fieldApiName]: options.status?.trim() || DEFAULT_TASK_STATUS,
            [ACTIVITY_DATE_FIELD.fieldApiName]: options.today,
            [DESCRIPTION_FIELD.fieldApiName]: description,
            [GLANCE_LINK_FIELD.fieldApiName]: GLANCE_LINK_VALUES[opened.link],
            ...(isView ? { [GLANCE_SESSION_KEY_FIELD.fieldApiName]: opened.sessionKey } : {}),
            [relation.fieldApiName]: record.recordId
        }
    };
}

/**
 * Logs one opened link when the settings ask for it and there is a record to log on, then refreshes
 * the page from `view`. Never rejects: resolves to the notice for a Task Salesforce refused, else null.
 */
export async function logSession(
    opened: OpenedLink,
    record: LoggedRecord | null | undefined,
    settings: Pick<EffectiveSettings, 'logSessions' | 'logTaskStatus'>,
    view: EventTarget
): Promise<string | null> {
    if (!settings.logSessions || !record?.recordId) {
        return null;
    }
    try {
        const today = agentToday(new Date(), TIME_ZONE);
        await createRecord(sessionTaskInput(opened, record, { status: settings.logTaskStatus, today }));
    } catch (error) {
        return formatLabel(LABELS.logFailed, wireErrorMessage(error));
    }
    view.dispatchEvent(new RefreshEvent());
    return null;
}

/**
 * The record to log on, for a log that may have to wait for it: known at once on most records; a
 * conversation's related record may still be loading, so the wait ends at LOG_WAIT_MS.
 */
export class LoggedRecordWait {
    private notify: (() => void) | undefined;

    /** Called by the page record's wire handler. */
    arrived(): void {
        this.notify?.();
    }

    /** `read` gives the record to log on now, undefined while it loads. */
    until(read: () => LoggedRecord | null | undefined): Promise<LoggedRecord | null | undefined> {
        const known = read();
        if (known !== undefined) {
            return Promise.resolve(known);
        }
        const arrival = new Promise<LoggedRecord | null | undefined>((resolve) => {
            this.notify = () => resolve(read());
        });
        return settleWithin(arrival, LOG_WAIT_MS, undefined);
    }
}

/** Resolves as `promise` does or to `fallback` after `ms`, whichever is first; no timer outlives it. */
export function settleWithin<T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<F>((resolve) => {
        timer = setTimeout(() => resolve(fallback), ms);
    });
    return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
