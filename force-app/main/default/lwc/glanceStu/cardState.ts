/*
 * What the card and the Glance Session panel derive from their inputs, written once: the link plan,
 * the request for the page's record, the session-key field's state, the record a session is logged
 * on, whether the user record is still loading, and the messages above the links.
 */
import * as LABELS from './labels';
import { planLinks, type LinkPlan, type Placement } from './linkSettings';
import { cardMessages, type Audience, type SettingMessages } from './problemMessages';
import { runningUserFromRecord } from './runningUser';
import {
    fieldPathOn,
    sessionKeyFieldState,
    type RecordContext,
    type RecordRequest,
    type SessionKeyFieldState
} from './sessionKeyField';
import { loggedOnInsteadFields, loggedRecordOf, type LoggedRecord } from './sessionLog';

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
    keyField: SessionKeyFieldState;
    /** undefined while that is still loading */
    loggedRecord: LoggedRecord | null | undefined;
    /** true until the user record (or its error) has come: Join needs nothing else */
    userLoading: boolean;
    messages: SettingMessages;
}

/**
 * The page record's getRecord config: its session-key field, and for a Messaging Session or Voice
 * Call the record to log on. Built from the user record alone: a wire whose config read its own
 * result would fetch again on every answer.
 */
export function pageRecordRequest({ placement, context, user }: Omit<CardInputs, 'audience' | 'record'>) {
    return recordRequest(planLinks(placement, runningUserFromRecord(user?.data)), context);
}

/** undefined when nothing is read from the page's record. */
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

export function cardState({ placement, context, audience, user, record }: CardInputs): CardState {
    const plan = planLinks(placement, runningUserFromRecord(user?.data));
    const keyField = sessionKeyFieldState(plan.settings, context, record);
    // A record that failed to load names nothing to log on: admins are told as for one that names none.
    const logged = loggedRecordOf(context, record?.data);
    const loggedRecord = logged === undefined && record?.error ? null : logged;
    // Told to admins once, on the card, rather than a failed-Task notice after every open.
    const notLogged = plan.settings.logSessions && loggedRecord === null;
    const otherProblems = [
        ...(keyField.problem ? [keyField.problem] : []),
        ...(notLogged ? [{ key: 'not-logged', text: LABELS.notLoggedHere }] : [])
    ];
    return {
        plan,
        keyField,
        loggedRecord,
        userLoading: !user?.data && !user?.error,
        messages: cardMessages(audience, plan, user?.error, keyField.notice, otherProblems)
    };
}
