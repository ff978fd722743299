// The preview page: the Glance launcher on one surface (a Case or Lead record page, the utility
// bar of a console app, or a flow screen) or the Glance Conversation card beside a stand-in
// conversation (a Messaging Session or Voice Call page), and a side panel that picks the surface and language,
// edits the launcher's properties and Glance Settings, switches data scenarios and runs the quick
// actions. The page and panel are plain DOM; the components are the project's own, compiled.
//
// Lightning Experience renders components with synthetic shadow DOM, which lets the global SLDS
// stylesheet style the `slds-*` classes inside them; the preview does the same.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import GlanceStuLauncher from 'c/glanceStuLauncher';
import GlanceJoinAction from 'c/glanceJoinAction';
import GlanceSessionAction from 'c/glanceSessionAction';
import GlanceConversation from 'c/glanceConversation';
import { effectiveSettings, runningUserFromRecord } from 'c/glanceStu';
import BaselineCard from 'preview/baselineCard';
// Generated at build time: the launcher's properties per target from its js-meta.xml, Glance
// Settings' fields from their metadata, and the languages of the label translations.
import DESIGN_PROPERTIES from 'preview:launcher-properties';
import CONVERSATION_PROPERTIES from 'preview:conversation-properties';
import GLANCE_SETTINGS_FIELDS from 'preview:glance-settings-fields';
import LANGUAGES from 'preview:languages';
import { SCENARIOS, SURFACES, scenario } from './platform/scenario.js';
// By specifier, as the components import them, so the page and the components share one module.
import { CurrentPageReference } from 'lightning/navigation';
import { EnclosingUtilityId } from 'lightning/platformUtilityBarApi';
import * as uiApi from './platform/ui-api-server.js';
import { h } from './dom.js';
import { setUpMessagingConversation } from './messaging-conversation-stand-in.js';
import { setUpVoiceTranscript } from './voice-transcript-stand-in.js';

const { SAMPLE_CASE, SAMPLE_CONTACT, SAMPLE_LEAD, SAMPLE_MESSAGING_SESSION, SAMPLE_VOICE_CALL, SESSION_KEY_FIELD } =
    uiApi;
/** The sample records a page can show, with what the page header and details list show of them. */
const RECORD_PAGES = {
    Case: {
        context: { recordId: SAMPLE_CASE.Id, objectApiName: 'Case' },
        title: `Case ${SAMPLE_CASE.CaseNumber}`,
        values: { ...SAMPLE_CASE, ContactName: SAMPLE_CONTACT.Name, VisitorId: SAMPLE_CONTACT.Glance_Visitor_Id__c },
        details: {
            Subject: 'Subject',
            Status: 'Status',
            Origin: 'Case Origin',
            Description: 'Description',
            ContactName: 'Contact Name',
            VisitorId: "Contact's Glance Visitor ID"
        }
    },
    Lead: {
        context: { recordId: SAMPLE_LEAD.Id, objectApiName: 'Lead' },
        title: `Lead ${SAMPLE_LEAD.Name}`,
        values: SAMPLE_LEAD,
        details: { Company: 'Company', Status: 'Lead Status', LeadSource: 'Lead Source' }
    },
    MessagingSession: {
        context: { recordId: SAMPLE_MESSAGING_SESSION.Id, objectApiName: 'MessagingSession' },
        title: `Messaging Session ${SAMPLE_MESSAGING_SESSION.Name}`,
        values: { ...SAMPLE_MESSAGING_SESSION, CaseNumber: SAMPLE_CASE.CaseNumber, ContactName: SAMPLE_CONTACT.Name },
        details: { Status: 'Status', CaseNumber: 'Case', ContactName: 'Messaging User Contact' }
    },
    VoiceCall: {
        context: { recordId: SAMPLE_VOICE_CALL.Id, objectApiName: 'VoiceCall' },
        title: `Voice Call from ${SAMPLE_VOICE_CALL.FromPhoneNumber}`,
        values: { ...SAMPLE_VOICE_CALL, CaseNumber: SAMPLE_CASE.CaseNumber },
        details: { CallType: 'Call Type', FromPhoneNumber: 'From', CaseNumber: 'Related Record (Case)' }
    }
};
/** The record page of each surface that shows one; the others show the Case. */
const SURFACE_RECORDS = { lead: 'Lead', messaging: 'MessagingSession', voice: 'VoiceCall' };
const { surface } = scenario;
const inFlow = surface.name === 'flow';
// The record on show: the page's own, or in the console the tab the agent has open.
let recordPage = RECORD_PAGES[SURFACE_RECORDS[surface.name] ?? 'Case'];
const LAUNCHER_PROPERTIES = surface.conversation ? CONVERSATION_PROPERTIES : DESIGN_PROPERTIES[surface.target];
const element = (hook) => document.querySelector(`[data-preview="${hook}"]`);
const pageParams = new URLSearchParams(location.search);
/** Each field's value, by the field's name. */
const byName = (fields, valueOf) => Object.fromEntries(fields.map((field) => [field.name, valueOf(field)]));
const isFlagType = (type) => type === 'Boolean' || type === 'Checkbox';

/** A field's value as the address bar keeps it: a flag `1` or `0`, text as typed; `fallback` if absent. */
function paramValue({ name, type }, fallback = isFlagType(type) ? false : '') {
    if (!pageParams.has(name)) return fallback;
    return isFlagType(type) ? pageParams.get(name) === '1' : pageParams.get(name);
}

/** The properties as a fresh page sets them; the session-key scenario also configures its field. */
const defaults = byName(LAUNCHER_PROPERTIES, ({ name, type, default: value }) => {
    if (name === 'sessionKeyField') return scenario.sessionKey ? SESSION_KEY_FIELD : '';
    return type === 'Boolean' ? value === 'true' : (value ?? '');
});
/** The properties, with the edits the address bar keeps across reloads. */
const properties = byName(LAUNCHER_PROPERTIES, (field) => paramValue(field, defaults[field.name]));
const launchers = [];

function applyProperties(launcher) {
    for (const [name, value] of Object.entries(properties)) {
        // App Builder leaves a blank text property unset; a flow passes null for an unset input.
        launcher[name] = value === '' ? (inFlow ? null : undefined) : value;
    }
}

/**
 * This page's address with `changes` (a value of '' or false removes the parameter, true is `1`)
 * and every property edited away from this scenario's default.
 */
function pageUrl(changes = {}) {
    const params = new URLSearchParams(location.search);
    for (const [name, value] of Object.entries(properties)) {
        params.delete(name);
        if (value !== defaults[name]) {
            params.set(name, typeof value === 'boolean' ? (value ? '1' : '0') : value);
        }
    }
    for (const [name, value] of Object.entries(changes)) {
        params.delete(name);
        if (value !== '' && value !== false) {
            params.set(name, value === true ? '1' : value);
        }
    }
    return `?${params}`;
}
const reloadWith = (changes) => location.assign(pageUrl(changes));

function addLauncher() {
    // No recordId in the utility bar: the launcher follows the open record by its page reference.
    // The flow runtime tells a flow-screen component which navigation actions it has.
    const context = { utility: {}, flow: { availableActions: ['NEXT'] } }[surface.name] ?? recordPage.context;
    const container = element({ utility: 'utility-body', flow: 'flow-body' }[surface.name] ?? 'launchers');
    const launcher = surface.conversation
        ? component('c-glance-conversation', GlanceConversation, context)
        : component('c-glance-stu-launcher', GlanceStuLauncher, context);
    applyProperties(launcher);
    container.appendChild(launcher);
    launchers.push(launcher);
    element('launcher-count').textContent = String(launchers.length);
}

/** A component as the platform creates one, with its public properties set. */
const component = (tag, is, properties) => Object.assign(createElement(tag, { is }), properties);

/**
 * One App Builder-style field: Boolean (or Checkbox) a checkbox, a datasource (or `options`, value
 * and text pairs) a select, anything else a text box. `kind` names its data attribute and id
 * prefix; `onChange` gets the name and value.
 */
function panelField({ name, type, label = name, datasource, options, description = '' }, value, onChange, kind) {
    const id = `${kind}-${name}`;
    const help = h('div', { class: 'slds-form-element__help', id: `${id}-help` }, description);
    const wrap = (...children) => h('div', { class: 'slds-form-element slds-m-bottom_small' }, ...children, help);
    const attributes = { id, [`data-${kind}`]: name, 'aria-describedby': help.id };
    if (isFlagType(type)) {
        const input = h('input', { ...attributes, type: 'checkbox' });
        input.checked = value;
        input.addEventListener('change', () => onChange(name, input.checked));
        const faux = h('span', { class: 'slds-checkbox_faux' });
        const text = h('span', { class: 'slds-form-element__label' }, label);
        return wrap(h('label', { class: 'slds-checkbox slds-show', for: id }, input, faux, text));
    }
    const choices = options ?? datasource?.split(',').map((each) => [each.trim(), each.trim()]);
    const optionElements = choices?.map(([optionValue, text]) => h('option', { value: optionValue }, text)) ?? [];
    const input = choices
        ? h('select', { ...attributes, class: 'slds-select' }, ...optionElements)
        : h('input', { ...attributes, class: 'slds-input', type: type === 'Integer' ? 'number' : 'text' });
    input.value = value ?? '';
    // Text that reloads the page waits until the field is left; App Builder-style edits are live.
    input.addEventListener(kind === 'prop' ? 'input' : 'change', () => onChange(name, input.value));
    const control = choices ? h('div', { class: 'slds-select_container' }, input) : input;
    return wrap(h('label', { class: 'slds-form-element__label', for: id }, label), control);
}

/** The org-default Glance Settings from the address bar (`SSO_Type__c=idpid`): text, or a checkbox's `1`. */
const orgDefaultSettings = byName(GLANCE_SETTINGS_FIELDS, paramValue);
// Each User.Glance_<Field> formula reads $Setup.Glance_Settings__c.<Field>; the org default decides here.
const userFormulaValues = Object.fromEntries(
    Object.entries(orgDefaultSettings).map(([name, value]) => [`Glance_${name}`, value === '' ? null : value])
);
/** The user's Glance Settings, read from the user record the way the components read them. */
const { glanceSettings } = runningUserFromRecord(uiApi.setUserFormulaValues(userFormulaValues));
/** Which value the links use for each setting: Glance Settings', or the page's own where it set one. */
function showWinners() {
    const effective = effectiveSettings(properties, glanceSettings);
    const rows = Object.keys(glanceSettings).map((name) => {
        const value = effective[name] === '' ? '(blank)' : String(effective[name]);
        const configured = glanceSettings[name] !== null && glanceSettings[name] !== false;
        const source = effective.placed[name] ? 'Card property' : configured ? 'Glance Settings' : 'Built-in default';
        const cells = [h('th', { scope: 'row' }, name), h('td', {}, value), h('td', {}, source)];
        return h('tr', { 'data-setting-row': name }, ...cells);
    });
    const head = h('tr', {}, ...['Setting', 'Value', 'From'].map((text) => h('th', { scope: 'col' }, text)));
    const caption = h('caption', {}, 'Which value the links use');
    element('winners').replaceChildren(caption, h('thead', {}, head), h('tbody', {}, ...rows));
}

function setUpPanel() {
    const languageName = new Intl.DisplayNames(['en'], { type: 'language' });
    const languageOption = (code) => [code, `${languageName.of(code.replace('_', '-'))} (${code})`];
    // Another surface has other properties: the ones it shares keep their edits.
    const pageChoices = [
        { name: 'surface', label: 'Surface', options: SURFACES.map(({ name, label }) => [name, label]) },
        { name: 'lang', label: "User's language", options: ['en_US', ...LANGUAGES].map(languageOption) }
    ].map((field) => ({ ...field, description: 'Reloads the page' }));
    /** One panel field per entry of `fields` into the `hook` element, valued from `values`. */
    const addFields = (hook, kind, fields, values, onChange) =>
        element(hook).append(...fields.map((field) => panelField(field, values[field.name], onChange, kind)));
    const reload = (name, value) => reloadWith({ [name]: value });
    addFields('page-choices', 'preview', pageChoices, { surface: surface.name, lang: scenario.language }, reload);
    addFields('properties', 'prop', LAUNCHER_PROPERTIES, properties, (name, value) => {
        properties[name] = value;
        launchers.forEach(applyProperties);
        history.replaceState(null, '', pageUrl());
        showWinners();
    });
    // Glance Settings are org data the user's formula fields read: a change reloads, as on the platform.
    addFields('glance-settings', 'setting', GLANCE_SETTINGS_FIELDS, orgDefaultSettings, reload);
    showWinners();
    // A scenario switch is explicit either way: `0` off, not absent (some are on by default).
    const scenarioFields = SCENARIOS.map((field) => ({ ...field, type: 'Boolean' }));
    addFields('scenario', 'scenario', scenarioFields, scenario, (name, on) => reload(name, on ? '1' : '0'));
    // The panel edits live; there is nothing to submit.
    document.addEventListener('submit', (event) => event.preventDefault());
    element('add-launcher').addEventListener('click', addLauncher);
    const fold = element('fold-panel');
    const setFolded = (folded) => {
        fold.setAttribute('aria-expanded', String(!folded));
        fold.textContent = folded ? 'Show panel' : 'Hide panel';
        document.getElementById('panel-body').hidden = folded;
        document.body.classList.toggle('preview-shell_panel-folded', folded);
    };
    setFolded(false);
    fold.addEventListener('click', () => setFolded(fold.getAttribute('aria-expanded') === 'true'));
}

/** window.open calls, recorded instead of leaving the page or opening a tab. */
const windowOpens = [];
window.open = (url, target) => {
    windowOpens.push({ url: String(url), target: target === undefined ? undefined : String(target) });
    element('last-window-open').textContent = String(url);
    // What Lightning Web Security gives for an opened tab: a window with only these three.
    return Object.freeze({ close() {}, focus() {}, postMessage() {} });
};

/** Toasts the components ask Lightning Experience for, shown and recorded. */
const toasts = [];
document.addEventListener('lightning__showtoast', ({ detail: { title, message, variant = 'info' } }) => {
    toasts.push({ title, message, variant });
    const role = variant === 'error' || variant === 'warning' ? 'alert' : 'status';
    const content = [h('h2', { class: 'slds-text-heading_small' }, title), h('p', {}, message)];
    const toast = h('div', { class: 'slds-notify__content' }, ...content);
    element('toasts').replaceChildren(
        h('div', { class: `slds-notify slds-notify_toast slds-theme_${variant}`, role }, toast)
    );
});

function setUpQuickActions() {
    let headless = null;
    element('run-join-action').addEventListener('click', () => {
        // As the platform does for a headless action: create the component, then invoke it.
        headless?.remove();
        headless = component('c-glance-join-action', GlanceJoinAction, { ...recordPage.context, hidden: true });
        document.body.appendChild(headless);
        headless.invoke();
    });
    // A modal dialog, as the quick action's panel is: it takes the focus, closes on Escape and gives
    // the focus back. Closing it removes the component, and so does the component's own
    // CloseActionScreenEvent, a `close` event that bubbles up to it.
    const modal = element('session-modal');
    let panel = null;
    modal.addEventListener('close', () => {
        panel?.remove();
        modal.close();
    });
    element('open-session-panel').addEventListener('click', () => {
        panel = component('c-glance-session-action', GlanceSessionAction, recordPage.context);
        element('session-modal-body').appendChild(panel);
        modal.showModal();
    });
    element('close-session-panel').addEventListener('click', () => modal.close());
}

/** Shows a record page, and tells CurrentPageReference, as opening a console tab does. */
function showRecord(page) {
    recordPage = page;
    element('record-title').textContent = page.title;
    const keyField = SESSION_KEY_FIELD in page.values ? { [SESSION_KEY_FIELD]: 'Glance Session Key' } : {};
    const fields = { ...page.details, ...keyField };
    element('details').replaceChildren(
        ...Object.entries(fields).flatMap(([field, label]) => [
            h('dt', { class: 'slds-dl_horizontal__label' }, label),
            h('dd', { class: 'slds-dl_horizontal__detail' }, page.values[field] ?? '')
        ])
    );
    for (const tab of element('record-tabs').children) {
        tab.setAttribute('aria-current', String(tab.dataset.record === page.context.objectApiName));
    }
    const attributes = { ...page.context, actionName: 'view' };
    CurrentPageReference.set({ type: 'standard__recordPage', attributes, state: {} });
}

/** The utility bar: console record tabs above, and a utility that loads when first opened. */
function setUpUtilityBar() {
    for (const page of [RECORD_PAGES.Case, RECORD_PAGES.Lead]) {
        const name = page.context.objectApiName;
        const tab = h('button', { type: 'button', class: 'slds-button', 'data-record': name }, page.title);
        tab.addEventListener('click', () => showRecord(page));
        element('record-tabs').append(tab);
    }
    element('record-tabs').hidden = false;
    element('utility-bar').hidden = false;
    EnclosingUtilityId.set('preview-utility-glance');
    const [item, panel] = [element('utility-item'), element('utility-panel')];
    const toggle = (open) => {
        panel.hidden = !open;
        item.setAttribute('aria-expanded', String(open));
        if (open && launchers.length === 0) addLauncher();
    };
    toggle(false);
    // As in Lightning Experience, an opened utility takes the focus, and minimizing gives it back to the bar.
    item.addEventListener('click', () => (panel.hidden ? (toggle(true), panel.focus()) : toggle(false)));
    element('utility-minimize').addEventListener('click', () => (toggle(false), item.focus()));
}

// Lightning Experience marks the page with the user's language, as screen readers need.
if (LANGUAGES.includes(scenario.language)) {
    document.documentElement.lang = scenario.language.replace('_', '-');
}
showRecord(recordPage);
/** The panel's UI API counters, after every request, cache hit and created Task. */
function showCounters() {
    const { requests, cacheHits } = uiApi.uiApiStats();
    element('request-count').textContent = String(requests);
    element('cache-hits').textContent = String(cacheHits);
}
/** The page title of the sample record a Task names. */
const relatedTitle = (id) =>
    Object.values(RECORD_PAGES).find((page) => page.context.recordId === id)?.title ??
    (id === SAMPLE_CONTACT.Id ? `Contact ${SAMPLE_CONTACT.Name}` : id);
/**
 * The record's activity timeline: the Tasks created on this page, with the Glance fields reports
 * filter on. Like the record page's, it shows new ones when a component asks for a refresh.
 */
function showActivities() {
    const field = (hook, name, value) => h('span', { 'data-preview': hook }, `${name}: ${value ?? ''}`);
    const item = (task) => {
        const subject = h('strong', { 'data-preview': 'activity-subject' }, task.Subject);
        const details = h('span', { class: 'slds-text-color_weak' }, ` ${task.Status}, ${task.ActivityDate}`);
        const glance = [
            field('activity-related', 'Related To', relatedTitle(task.WhatId ?? task.WhoId)),
            ', ',
            field('activity-link', 'Glance Link', task.Glance_Link__c)
        ];
        if (task.Glance_Session_Key__c) {
            glance.push(', ', field('activity-session-key', 'Glance Session Key', task.Glance_Session_Key__c));
        }
        return h('li', { class: 'slds-item' }, subject, details, h('br', {}), ...glance);
    };
    const empty = h('li', { class: 'slds-item slds-text-color_weak' }, 'No activities yet');
    const tasks = uiApi.createdTasks();
    element('activities').replaceChildren(...(tasks.length ? tasks.map(item) : [empty]));
}
showCounters();
showActivities();
uiApi.activity.addEventListener('change', showCounters);
document.addEventListener('lightning__refresh', showActivities);

setUpPanel();
setUpQuickActions();
if (scenario.baseline) {
    // The render benchmark's baseline: the same page, panel included, with a bare card instead of the launcher.
    element('launchers').appendChild(component('preview-baseline-card', BaselineCard));
} else if (surface.name === 'utility') {
    setUpUtilityBar();
} else {
    element('record-columns').hidden = inFlow;
    element('flow-screen').hidden = !inFlow;
    addLauncher();
    if (surface.name === 'messaging') setUpMessagingConversation(element('conversation'));
    if (surface.name === 'voice') setUpVoiceTranscript(element('conversation'));
}

/** The first launcher's View link in full, as Glance gets it (with Wait For Session it ends in wait=1). */
function showViewUrl() {
    // The conversation card holds the card itself.
    const card = surface.conversation ? launchers[0]?.shadowRoot?.querySelector('c-glance-stu-launcher') : launchers[0];
    const links = card?.shadowRoot?.querySelector('c-glance-stu-links')?.shadowRoot;
    element('view-url').textContent = links?.querySelector('a[data-stu="view"]')?.getAttribute('href') ?? 'none';
}
// The link lives in the components' shadow trees, which the page cannot observe: look a few times a second.
if (!scenario.baseline) setInterval(showViewUrl, 200);

// For tests, the benchmark and the browser console: what the page recorded.
window.glancePreview = Object.freeze({
    uiApiStats: uiApi.uiApiStats,
    windowOpens: () => windowOpens.map((call) => ({ ...call })),
    toasts: () => toasts.map((toast) => ({ ...toast }))
});
