// The preview page: a Case record page with the Glance launcher in its right column, and a side
// panel that edits the launcher's properties live, switches data scenarios and runs the quick
// actions. The page and panel are plain DOM; the components are the project's own, compiled.
//
// Lightning Experience renders components with synthetic shadow DOM, which lets the global SLDS
// stylesheet style the `slds-*` classes inside them; the preview does the same.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import GlanceStuLauncher from 'c/glanceStuLauncher';
import GlanceJoinAction from 'c/glanceJoinAction';
import GlanceSessionAction from 'c/glanceSessionAction';
import BaselineCard from 'preview/baselineCard';
// The launcher's record page properties, generated from its js-meta.xml at build time.
import LAUNCHER_PROPERTIES from 'preview:launcher-properties';
import { SCENARIOS, scenario } from './platform/scenario.js';
import {
    CASE_ID,
    SAMPLE_CASE,
    SESSION_KEY_FIELD,
    fetchRecord,
    onActivity,
    onUiApiActivity,
    uiApiStats
} from './platform/ui-api-server.js';

const RECORD_CONTEXT = { recordId: CASE_ID, objectApiName: 'Case' };
const isFlag = (name) => LAUNCHER_PROPERTIES.find((property) => property.name === name)?.type === 'Boolean';
const element = (hook) => document.querySelector(`[data-preview="${hook}"]`);

/** The properties as a fresh page sets them; the session-key scenario also configures its field. */
function propertyDefaults(pageScenario) {
    const defaults = Object.fromEntries(
        LAUNCHER_PROPERTIES.map(({ name, type, default: value }) => [
            name,
            type === 'Boolean' ? value === 'true' : (value ?? '')
        ])
    );
    return { ...defaults, sessionKeyField: pageScenario.sessionKey ? SESSION_KEY_FIELD : '' };
}

/** Property values from the address bar, so a scenario reload keeps what was edited. */
const properties = propertyDefaults(scenario);
for (const [name, value] of new URLSearchParams(location.search)) {
    if (name in properties) {
        properties[name] = isFlag(name) ? value === '1' : value;
    }
}
const launchers = [];

function applyProperties(launcher) {
    for (const [name, value] of Object.entries(properties)) {
        // App Builder leaves a blank text property unset.
        launcher[name] = value === '' ? undefined : value;
    }
}

/** This page's address with the scenario changes and every property edited away from its default. */
function pageUrl(scenarioChanges = {}) {
    const params = new URLSearchParams(location.search);
    Object.entries(scenarioChanges).forEach(([name, on]) => params.set(name, on ? '1' : '0'));
    // A property left at this scenario's default follows the next scenario's default.
    const defaults = propertyDefaults(scenario);
    for (const [name, value] of Object.entries(properties)) {
        params.delete(name);
        if (value !== defaults[name]) {
            params.set(name, isFlag(name) ? (value ? '1' : '0') : value);
        }
    }
    return `?${params}`;
}

function addLauncher() {
    const launcher = createElement('c-glance-stu-launcher', { is: GlanceStuLauncher });
    Object.assign(launcher, RECORD_CONTEXT);
    applyProperties(launcher);
    element('launchers').appendChild(launcher);
    launchers.push(launcher);
    element('launcher-count').textContent = String(launchers.length);
}

/** A DOM element with attributes and children; the panel is built from data, never from HTML text. */
function h(tag, attributes, ...children) {
    const node = document.createElement(tag);
    Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
    node.append(...children);
    return node;
}

function checkbox(id, data, label) {
    const input = h('input', { id, type: 'checkbox', ...data });
    const faux = h('span', { class: 'slds-checkbox_faux' });
    return [
        input,
        h(
            'label',
            { class: 'slds-checkbox slds-show', for: id },
            input,
            faux,
            h('span', { class: 'slds-form-element__label' }, label)
        )
    ];
}

/** One App Builder-style field: Boolean a checkbox, a datasource a select, anything else a text box. */
function propertyField({ name, type, label = name, datasource, description = '' }) {
    const id = `prop-${name}`;
    const help = h('div', { class: 'slds-form-element__help', id: `${id}-help` }, description);
    const described = { 'data-prop': name, 'aria-describedby': help.id };
    const wrap = (...children) => h('div', { class: 'slds-form-element slds-m-bottom_small' }, ...children, help);
    if (type === 'Boolean') {
        const [input, field] = checkbox(id, described, label);
        input.addEventListener('change', () => update(name, input.checked));
        input.checked = properties[name];
        return wrap(field);
    }
    const input = datasource
        ? h(
              'select',
              { id, class: 'slds-select', ...described },
              ...datasource.split(',').map((value) => h('option', {}, value.trim()))
          )
        : h('input', { id, class: 'slds-input', type: type === 'Integer' ? 'number' : 'text', ...described });
    input.value = properties[name];
    input.addEventListener('input', () => update(name, input.value));
    const control = datasource ? h('div', { class: 'slds-select_container' }, input) : input;
    return wrap(h('label', { class: 'slds-form-element__label', for: id }, label), control);
}

function update(name, value) {
    properties[name] = value;
    launchers.forEach(applyProperties);
    history.replaceState(null, '', pageUrl());
}

function setUpPanel() {
    element('properties').append(...LAUNCHER_PROPERTIES.map(propertyField));
    // The panel edits live; there is nothing to submit.
    element('properties').addEventListener('submit', (event) => event.preventDefault());
    for (const { name, label } of SCENARIOS) {
        const [input, field] = checkbox(`scenario-${name}`, { 'data-scenario': name }, label);
        input.checked = scenario[name];
        input.addEventListener('change', () => location.assign(pageUrl({ [name]: input.checked })));
        element('scenario').append(field);
    }
    onUiApiActivity(({ requests, cacheHits }) => {
        element('request-count').textContent = String(requests);
        element('cache-hits').textContent = String(cacheHits);
    });
    element('add-launcher').addEventListener('click', addLauncher);
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
    const content = h('div', { class: 'slds-notify__content' }, h('h2', { class: 'slds-text-heading_small' }, title));
    content.append(h('p', {}, message));
    const role = variant === 'error' || variant === 'warning' ? 'alert' : 'status';
    element('toasts').replaceChildren(
        h('div', { class: `slds-notify slds-notify_toast slds-theme_${variant}`, role }, content)
    );
});

function setUpPanelFold() {
    const fold = element('fold-panel');
    fold.addEventListener('click', () => {
        const folded = fold.getAttribute('aria-expanded') === 'true';
        fold.setAttribute('aria-expanded', String(!folded));
        fold.textContent = folded ? 'Show panel' : 'Hide panel';
        document.getElementById('panel-body').hidden = folded;
        document.querySelector('.preview-shell').classList.toggle('preview-shell_panel-folded', folded);
    });
}

function setUpQuickActions() {
    let headless = null;
    element('run-join-action').addEventListener('click', () => {
        // As the platform does for a headless action: create the component, then invoke it.
        headless?.remove();
        headless = Object.assign(createElement('c-glance-join-action', { is: GlanceJoinAction }), RECORD_CONTEXT);
        headless.hidden = true;
        document.body.appendChild(headless);
        headless.invoke();
    });
    const modal = element('session-modal');
    let panel = null;
    const close = () => {
        panel?.remove();
        modal.hidden = true;
    };
    element('open-session-panel').addEventListener('click', () => {
        close();
        panel = Object.assign(createElement('c-glance-session-action', { is: GlanceSessionAction }), RECORD_CONTEXT);
        // CloseActionScreenEvent: the component asks its container to close.
        panel.addEventListener('close', close);
        element('session-modal-body').appendChild(panel);
        modal.hidden = false;
    });
    element('close-session-panel').addEventListener('click', close);
    document.addEventListener('keydown', (event) => event.key === 'Escape' && close());
}

document.querySelector('[data-case="CaseNumber"]').textContent = SAMPLE_CASE.CaseNumber;
const details = { Subject: 'Subject', Status: 'Status', Origin: 'Case Origin', Description: 'Description' };
for (const [field, label] of Object.entries({ ...details, [SESSION_KEY_FIELD]: 'Glance Session Key' })) {
    const term = h('dt', { class: 'slds-dl_horizontal__label' }, label);
    element('details').append(term, h('dd', { class: 'slds-dl_horizontal__detail' }, SAMPLE_CASE[field] ?? ''));
}
/** The Case's activity timeline: the Tasks created on this page. */
onActivity((tasks) => {
    element('activities').replaceChildren(
        ...(tasks.length
            ? tasks.map((task) =>
                  h(
                      'li',
                      { class: 'slds-item', 'data-preview': 'activity', 'data-task-id': task.id },
                      h('strong', { 'data-preview': 'activity-subject' }, task.Subject),
                      h(
                          'span',
                          { class: 'slds-text-body_small slds-text-color_weak' },
                          ` ${task.Status}, ${task.ActivityDate}`
                      )
                  )
              )
            : [h('li', { class: 'slds-item slds-text-color_weak' }, 'No activities yet')])
    );
});

if (scenario.baseline) {
    // The render benchmark's baseline: the same page with a bare card instead of the launcher.
    element('launchers').appendChild(createElement('preview-baseline-card', { is: BaselineCard }));
} else {
    setUpPanel();
    setUpPanelFold();
    setUpQuickActions();
    addLauncher();
}

// For tests, the benchmark and the browser console: what the page recorded, and the UI API
// stand-in itself (`glancePreview.fetchRecord(recordId, fields, optionalFields)`).
window.glancePreview = Object.freeze({
    uiApiStats,
    fetchRecord,
    windowOpens: () => windowOpens.map((call) => ({ ...call })),
    toasts: () => toasts.map((toast) => ({ ...toast }))
});
