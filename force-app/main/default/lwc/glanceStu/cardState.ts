/*
 * What the card and the Glance Session panel derive from their inputs, written once: the link plan,
 * the request for the page's record, the session-key field's state, the record a session is logged
 * on, whether the user record is still loading, and the messages above the links.
 */
import { planLinks, type LinkPlan, type Placement } from './linkSettings';
import { cardMessages, type Audience, type CardMessage, type SettingMessages } from './problemMessages';
import { runningUserFromRecord } from './runningUser';
import { LABELS } from './labels';
import { loggedOnInsteadFields, loggedRecordOf, type LoggedRecord } from './sessionLog';
import {
    fieldPathOn,
    sessionKeyFieldState,
    type RecordContext,
    type SessionKeyFieldState,
    type RecordRequest
} from './sessionKeyField';

export interface CardInputs {
    placement: Placement;
    context: RecordContext | null;
    audience: Audience;
    user: WireResult<UiRecord> | undefined;
    /** the page's record, as recordRequest asked for it */
    record: WireResult<UiRecord> | undefined;
}

export interface CardState {
    plan: LinkPlan;
    /** the getRecord config for the page's record; undefined when nothing is read from it */
    recordRequest: RecordRequest | undefined;
    keyField: SessionKeyFieldState;
    /** where an opened session is logged; undefined while that is still loading */
    loggedRecord: LoggedRecord | null | undefined;
    /** true until the user record (or its error) has come: Join needs nothing else */
    userLoading: boolean;
    messages: SettingMessages;
}

/**
 * The one getRecord config for the page's record: the session-key field, and for a Messaging
 * Session or Voice Call whose sessions are logged, the fields that name the record to log on.
 */
export function recordRequest(
    plan: Pick<LinkPlan, 'settings'>,
    context: RecordContext | null
): RecordRequest | undefined {
    if (!context) {
        return undefined;
    }
    const { recordId, objectApiName } = context;
    const path = fieldPathOn(plan.settings, context);
    const optionalFields = [
        ...(path ? [[objectApiName, ...path].join('.')] : []),
        ...(plan.settings.logSessions ? loggedOnInsteadFields(objectApiName) : [])
    ];
    return optionalFields.length ? { recordId, fields: [`${objectApiName}.Id`], optionalFields } : undefined;
}

/** Where to log; a record that failed to load names nothing to log on, so admins are told as for one that names none. */
function loggedRecordIn(
    context: RecordContext | null,
    record: WireResult<UiRecord> | undefined
): LoggedRecord | null | undefined {
    const logged = loggedRecordOf(context, record?.data);
    return logged === undefined && record?.error ? null : logged;
}

/** Told to admins once, on the card, rather than a failed-Task notice after every open. */
function notLoggedProblem(plan: LinkPlan, loggedRecord: LoggedRecord | null | undefined): CardMessage[] {
    return plan.settings.logSessions && loggedRecord === null
        ? [{ key: 'not-logged', text: LABELS.notLoggedHere }]
        : [];
}

export function cardState({ placement, context, audience, user, record }: CardInputs): CardState {
    const plan = planLinks(placement, runningUserFromRecord(user?.data));
    const keyField = sessionKeyFieldState(plan.settings, context, record);
    const loggedRecord = loggedRecordIn(context, record);
    const otherProblems = [...(keyField.problem ? [keyField.problem] : []), ...notLoggedProblem(plan, loggedRecord)];
    return {
        plan,
        recordRequest: recordRequest(plan, context),
        keyField,
        loggedRecord,
        userLoading: !user?.data && !user?.error,
        messages: cardMessages(audience, plan, user?.error, keyField.notice, otherProblems)
    };
}
