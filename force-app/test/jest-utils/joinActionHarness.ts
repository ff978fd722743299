/*
 * The headless Join action under test, shared by the test file of each permission state (the
 * platform resolves permissions when a module loads, so one file tests one state): mounting it on
 * a Case, the toasts it asks for, a stubbed window.open, and fake timers whose clock starts a
 * minute later for each test, past the double-run guard that every instance on a page shares.
 */
import { createElement } from 'lwc';
import GlanceJoinAction from 'c/glanceJoinAction';
import { ShowToastEvent, type ToastOptions } from 'lightning/platformShowToastEvent';
import { resetDom } from './lwcTestUtils';

export type JoinAction = HTMLElement & { invoke(): Promise<void> };

/** The event ShowToastEvent dispatches, read from the event itself rather than copied. */
const TOAST_EVENT = new ShowToastEvent({ title: '', message: '' }).type;
/** What window.open returns for a tab the browser opened (under LWS, a restricted window). */
const OPENED_TAB = {} as Window;

export interface JoinActionHarness {
    /** Mounts the action on a Case, or on the record `on` names. */
    mount(on?: { recordId: string; objectApiName: string }): JoinAction;
    /** The toasts asked for in this test, oldest first. */
    readonly toasts: ToastOptions[];
    /** window.open, stubbed afresh for each test to open a tab. */
    readonly open: jest.SpyInstance;
}

/** Registers the hooks; call once at the top of a test file. */
export function useJoinAction(): JoinActionHarness {
    const toasts: ToastOptions[] = [];
    let open: jest.SpyInstance | undefined;
    let clock = Date.UTC(2026, 10, 24, 18);
    beforeEach(() => {
        jest.useFakeTimers({ now: (clock += 60_000) });
        open = jest.spyOn(window, 'open').mockImplementation(() => OPENED_TAB);
        toasts.length = 0;
    });
    afterEach(() => {
        resetDom();
        jest.useRealTimers();
        jest.restoreAllMocks();
    });
    return {
        toasts,
        get open(): jest.SpyInstance {
            if (!open) throw new Error('window.open is stubbed in beforeEach only');
            return open;
        },
        mount(on = { recordId: '500000000000001AAA', objectApiName: 'Case' }): JoinAction {
            const element = createElement('c-glance-join-action', { is: GlanceJoinAction }) as JoinAction;
            Object.assign(element, on);
            element.addEventListener(TOAST_EVENT, (event) => toasts.push((event as CustomEvent<ToastOptions>).detail));
            document.body.appendChild(element);
            return element;
        }
    };
}
