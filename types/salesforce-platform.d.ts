/*
 * Types for the platform modules that @salesforce/lightning-types does not cover. Only what this
 * project uses is declared, so a wrong import still fails the type check.
 */
// A script, not a module (no top-level import), so the declarations below are ambient and global.

/** A reference to a field, as `@salesforce/schema/Object.Field` gives it. */
interface SalesforceFieldId {
    readonly objectApiName: string;
    readonly fieldApiName: string;
}

/** The shape of a UI API record that `getRecord` delivers. */
interface UiRecordFieldValue {
    readonly value: unknown;
    readonly displayValue: string | null;
}
interface UiRecord {
    readonly id: string;
    readonly apiName: string;
    readonly fields: Readonly<Record<string, UiRecordFieldValue>>;
}

/** One message of a UI API error; record writes add the server's specific errors in `output`. */
interface UiApiErrorBody {
    readonly message?: string;
    /** Apex-style bodies name page and field errors at the top level. */
    readonly pageErrors?: ReadonlyArray<{ readonly message?: string }>;
    readonly fieldErrors?: Readonly<Record<string, ReadonlyArray<{ readonly message?: string }>>>;
    readonly output?: {
        readonly errors?: ReadonlyArray<{ readonly message?: string }>;
        readonly fieldErrors?: Readonly<Record<string, ReadonlyArray<{ readonly message?: string }>>>;
    };
}

/** The error a UI API adapter delivers (wire or promise); `body` is one object or an array. */
interface UiApiError {
    readonly status?: number;
    readonly statusText?: string;
    readonly body?: UiApiErrorBody | ReadonlyArray<UiApiErrorBody>;
}

/** What `createRecord` takes: an object's API name and field values by field API name. */
interface UiRecordInput {
    readonly apiName: string;
    readonly fields: Readonly<Record<string, string>>;
}

interface WireResult<T> {
    readonly data?: T;
    readonly error?: UiApiError;
}

declare module 'lightning/uiRecordApi' {
    import type { WireAdapterConstructor } from 'lwc';
    /** A wire adapter: used only as the first argument of `@wire`. */
    export const getRecord: WireAdapterConstructor<Record<string, unknown>, WireResult<UiRecord>>;
    export function getFieldValue(record: UiRecord | null | undefined, field: SalesforceFieldId | string): unknown;
    /** Rejects with a UiApiError. */
    export function createRecord(recordInput: UiRecordInput): Promise<UiRecord>;
}

declare module '@salesforce/i18n/timeZone' {
    /** The running user's time zone, as an IANA name such as America/Los_Angeles. */
    const timeZone: string;
    export default timeZone;
}

declare module '@salesforce/schema/*' {
    const field: SalesforceFieldId;
    export default field;
}

declare module '@salesforce/label/*' {
    const label: string;
    export default label;
}

declare module '@salesforce/userPermission/*' {
    const hasPermission: boolean;
    export default hasPermission;
}

declare module 'lightning/actions' {
    /** Only in the Jest mock (force-app/test/jest-mocks): the event name tests listen for. */
    export const CloseScreenEventName: string;
    /** Closes the screen quick action's panel when dispatched from it. */
    export class CloseActionScreenEvent extends CustomEvent<null> {
        constructor();
    }
}

declare module 'lightning/platformShowToastEvent' {
    export interface ToastOptions {
        title: string;
        message: string;
        variant?: 'info' | 'success' | 'warning' | 'error';
        mode?: 'dismissible' | 'pester' | 'sticky';
    }
    /** Shows a toast when dispatched from a component on a Lightning page. */
    export class ShowToastEvent extends CustomEvent<ToastOptions> {
        constructor(toast: ToastOptions);
    }
}

/**
 * The page the user has open, as `CurrentPageReference` describes it. Only the members the
 * launcher reads are declared: `type` (`standard__recordPage` for a record) and the record page's
 * `attributes.recordId` and `attributes.objectApiName`.
 */
interface PageReference {
    readonly type: string;
    readonly attributes?: Readonly<Record<string, string | undefined>>;
    readonly state?: Readonly<Record<string, string | undefined>>;
}

declare module 'lightning/navigation' {
    import type { WireAdapterConstructor } from 'lwc';
    /** A wire adapter without config; it emits again whenever the page changes. */
    export const CurrentPageReference: WireAdapterConstructor<Record<string, never>, PageReference | undefined>;
}

declare module 'lightning/platformUtilityBarApi' {
    import type { WireAdapterConstructor } from 'lwc';
    /** The enclosing utility's ID in a utility bar, nothing elsewhere (needs Lightning Web Security). */
    export const EnclosingUtilityId: WireAdapterConstructor<Record<string, never>, string | null | undefined>;
}

declare module '@salesforce/customPermission/*' {
    /** Whether the running user has the custom permission (through a permission set). */
    const hasPermission: boolean;
    export default hasPermission;
}

declare module 'lightning/refresh' {
    /** Asks the nearest refresh container (the record page's, say) to refresh its view. */
    export class RefreshEvent extends CustomEvent<null> {
        constructor();
    }
    /** Only in sfdx-lwc-jest's stub: the event name tests listen for. */
    export const RefreshEventName: string;
}
