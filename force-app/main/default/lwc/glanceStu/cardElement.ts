/*
 * What the card, the Glance Session panel and the Join action share as components: the running
 * user's record and the page's record, wired once (a wire's config must be written in its
 * decorator, so a function cannot share it), and the state derived from them (cardState).
 */
import { LightningElement, api, wire } from 'lwc';
import { getRecord } from 'lightning/uiRecordApi';
import USER_ID from '@salesforce/user/Id';
import { cardState, pageRecordRequest, type CardState } from './cardState';
import type { Placement } from './linkSettings';
import { RUNNING_USER_AUDIENCE, USER_FIELDS, USER_OPTIONAL_FIELDS } from './runningUser';
import { recordContextOf, type RecordContext, type RecordRequest } from './sessionKeyField';
import { LoggedRecordWait } from './sessionLog';

export class CardElement extends LightningElement {
    @api recordId: string | undefined;
    @api objectApiName: string | undefined;

    userResult: WireResult<UiRecord> | undefined;
    recordResult: WireResult<UiRecord> | undefined;
    /** A log waits for the page's record while it loads (a conversation's related record). */
    logWait = new LoggedRecordWait();

    @wire(getRecord, { recordId: USER_ID, fields: USER_FIELDS, optionalFields: USER_OPTIONAL_FIELDS })
    wiredUser(result: WireResult<UiRecord>): void {
        this.userResult = result;
        this.userArrived();
    }

    // Runs only while something is read from the page's record (recordRequest in cardState.ts).
    @wire(getRecord, {
        recordId: '$recordRequest.recordId',
        fields: '$recordRequest.fields',
        optionalFields: '$recordRequest.optionalFields'
    })
    wiredRecord(result: WireResult<UiRecord>): void {
        this.recordResult = result;
        this.logWait.arrived();
    }

    /** What differs by page: the card's own properties; the quick actions have none. */
    get placement(): Placement {
        return {};
    }

    get recordContext(): RecordContext | null {
        return recordContextOf(this.recordId, this.objectApiName, undefined);
    }

    /** Everything shown, derived from the inputs in one place (cardState). */
    get state(): CardState {
        const [placement, context, user, record] = [
            this.placement,
            this.recordContext,
            this.userResult,
            this.recordResult
        ];
        return cardState({ placement, context, audience: RUNNING_USER_AUDIENCE, user, record });
    }

    /** Never from `state`, which reads the record this config asks for. */
    get recordRequest(): RecordRequest | undefined {
        return pageRecordRequest({ placement: this.placement, context: this.recordContext, user: this.userResult });
    }

    /** Called when the user record (or its error) arrives. */
    userArrived(): void {
        // Only the Join action waits for it.
    }
}
