// The preview page: the Glance launcher on one surface (a Case or Lead record page, the utility
// bar of a console app, or a flow screen), and a side panel that picks the surface, edits the
// launcher's properties live, switches data scenarios and runs the quick actions. The page and
// panel are plain DOM; the components are the project's own, compiled.
//
// Lightning Experience renders components with synthetic shadow DOM, which lets the global SLDS
// stylesheet style the `slds-*` classes inside them; the preview does the same.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import GlanceStuLauncher from 'c/glanceStuLauncher';
import GlanceJoinAction from 'c/glanceJoinAction';
import GlanceSessionAction from 'c/glanceSessionAction';
import { effectiveSettings, runningUserFromRecord } from 'c/glanceStu';
import BaselineCard from 'preview/baselineCard';
// The launcher's properties per target, generated from its js-meta.xml at build time.
import DESIGN_PROPERTIES from 'preview:launcher-properties';
// Glance Settings' fields, generated from their metadata at build time.
import GLANCE_SETTINGS_FIELDS from 'preview:glance-settings-fields';
// The languages the project's label translations cover, besides English.
import LANGUAGES from 'preview:languages';
import { SCENARIOS, SURFACES, scenario } from './platform/scenario.js';
// By specifier, as the components import them, so the page and the components share one module.
import { showPage } from 'lightning/navigation';
import { enterUtility } from 'lightning/platformUtilityBarApi';
import {
    CASE_ID,
    LEAD_ID,
    SAMPLE_CASE,
    SAMPLE_LEAD,
    SESSION_KEY_FIELD,
    SAMPLE_USER,
    fetchRecord,
    setUserFormulaValues,
    onActivity,
    onUiApiActivity,
    uiApiStats
} from './platform/ui-api-server.js';

/** The sample records a page can show, with what the page header and details list show of them. */
const RECORD_PAGES = {
    Case: {
        context: { recordId: CASE_ID, objectApiName: 'Case' },
        title: `Case ${SAMPLE_CASE.CaseNumber}`,
        tab: 'Cases',
        values: SAMPLE_CASE,
        details: { Subject: 'Subject', Status: 'Status', Origin: 'Case Origin', Description: 'Description' }
    },
    Lead: {
        context: { recordId: LEAD_ID, objectApiName: 'Lead' },
        title: `Lead ${SAMPLE_LEAD.Name}`,
        tab: 'Leads',
        values: SAMPLE_LEAD,
        details: { Company: 'Company', Status: 'Lead Status', LeadSource: 'Lead Source' }
    }
};
const { surface } = scenario;
const inFlow = surface.name === 'flow';
// The record on show: the page's own, or in the console the tab the agent has open.
let recordPage = surface.name === 'lead' ? RECORD_PAGES.Lead : RECORD_PAGES.Case;
const LAUNCHER_PROPERTIES = DESIGN_PROPERTIES[surface.target];
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
    if ('sessionKeyField' in defaults) {
        defaults.sessionKeyField = pageScenario.sessionKey ? SESSION_KEY_FIELD : '';
    }
    return defaults;
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
        // App Builder leaves a blank text property unset; a flow passes null for an unset input.
        launcher[name] = value === '' ? (inFlow ? null : undefined) : value;
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

/** Where the surface puts a launcher, and what the platform gives it there. */
const PLACEMENTS = {
    case: () => ({ container: element('launchers'), context: recordPage.context }),
    lead: () => ({ container: element('launchers'), context: recordPage.context }),
    // No recordId in the utility bar: the launcher follows the open record by its page reference.
    utility: () => ({ container: element('utility-body'), context: {} }),
    // The flow runtime tells a flow-screen component which navigation actions it has.
    flow: () => ({ container: element('flow-body'), context: { availableActions: ['NEXT'] } })
};

function addLauncher() {
    const { container, context } = PLACEMENTS[surface.name]();
    const launcher = createElement('c-glance-stu-launcher', { is: GlanceStuLauncher });
    Object.assign(launcher, context);
    applyProperties(launcher);
    container.appendChild(launcher);
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

/**
 * One App Builder-style field: Boolean (or Checkbox) a checkbox, a datasource a select, anything
 * else a text box. `kind` names its data attribute and id prefix; `onChange` gets the name and value.
 */
function panelField({ name, type, label = name, datasource, description = '' }, values, onChange, kind = 'prop') {
    const id = `${kind}-${name}`;
    const help = h('div', { class: 'slds-form-element__help', id: `${id}-help` }, description);
    const described = { [`data-${kind}`]: name, 'aria-describedby': help.id };
    const wrap = (...children) => h('div', { class: 'slds-form-element slds-m-bottom_small' }, ...children, help);
    if (type === 'Boolean' || type === 'Checkbox') {
        const [input, field] = checkbox(id, described, label);
        input.addEventListener('change', () => onChange(name, input.checked));
        input.checked = values[name];
        return wrap(field);
    }
    const input = datasource
        ? h(
              'select',
              { id, class: 'slds-select', ...described },
              ...datasource.split(',').map((value) => h('option', {}, value.trim()))
          )
        : h('input', { id, class: 'slds-input', type: type === 'Integer' ? 'number' : 'text', ...described });
    input.value = values[name];
    // Text that reloads the page waits until the field is left; App Builder-style edits are live.
    input.addEventListener(kind === 'prop' ? 'input' : 'change', () => onChange(name, input.value));
    const control = datasource ? h('div', { class: 'slds-select_container' }, input) : input;
    return wrap(h('label', { class: 'slds-form-element__label', for: id }, label), control);
}

function update(name, value) {
    properties[name] = value;
    launchers.forEach(applyProperties);
    history.replaceState(null, '', pageUrl());
    showWinners();
}

/** Glance Settings are org data the user's formula fields read: a change reloads, as on the platform. */
function updateGlanceSetting(name, value) {
    const params = new URLSearchParams(pageUrl());
    params.delete(name);
    if (value !== '' && value !== false) {
        params.set(name, value === true ? '1' : value);
    }
    location.assign(`?${params}`);
}

/** The org-default Glance Settings from the address bar (`SSO_Type__c=idpid`): text, or a checkbox's `1`. */
const pageParams = new URLSearchParams(location.search);
const orgDefaultSettings = Object.fromEntries(
    GLANCE_SETTINGS_FIELDS.map(({ name, type }) => [
        name,
        type === 'Checkbox' ? pageParams.get(name) === '1' : (pageParams.get(name) ?? '')
    ])
);
// Each User.Glance_<Field> formula reads $Setup.Glance_Settings__c.<Field>; the org default decides here.
const userFormulaValues = Object.fromEntries(
    Object.entries(orgDefaultSettings).map(([name, value]) => [`Glance_${name}`, value === '' ? null : value])
);
setUserFormulaValues(userFormulaValues);
/** The sample user as getRecord delivers it, read the way the components read it. */
const { glanceSettings } = runningUserFromRecord({
    apiName: 'User',
    id: SAMPLE_USER.Id,
    fields: Object.fromEntries(
        Object.entries({ ...SAMPLE_USER, ...userFormulaValues }).map(([name, value]) => [
            name,
            { value, displayValue: null }
        ])
    )
});
const SOURCE_NAMES = { placement: 'Card property', glanceSettings: 'Glance Settings', default: 'Built-in default' };

/** Which value won for each setting, by the components' own precedence rule. */
function showWinners() {
    const effective = effectiveSettings(properties, glanceSettings);
    // A flag is on when either turns it on; the card's property is named first.
    const flagSource = (name) => (properties[name] ? 'placement' : glanceSettings[name] ? 'glanceSettings' : 'default');
    const rows = Object.keys(glanceSettings).map((name) => {
        const source = effective.sources[name] ?? flagSource(name);
        const value = effective[name] === '' ? '(blank)' : String(effective[name]);
        return h(
            'tr',
            { 'data-setting-row': name },
            h('th', { scope: 'row' }, name),
            h('td', {}, value),
            h('td', {}, SOURCE_NAMES[source])
        );
    });
    element('winners')
        .querySelector('tbody')
        .replaceChildren(...rows);
}

function setUpPanel() {
    const surfaces = SURFACES.map(({ name, label }) => h('option', { value: name }, label));
    element('surface').append(...surfaces);
    element('surface').value = surface.name;
    // Another surface has other properties: keep the scenario, start its properties afresh.
    element('surface').addEventListener('change', () => {
        const params = new URLSearchParams(SCENARIOS.map(({ name }) => [name, scenario[name] ? '1' : '0']));
        params.set('surface', element('surface').value);
        params.set('lang', scenario.language);
        location.assign(`?${params}`);
    });
    const languageName = new Intl.DisplayNames(['en'], { type: 'language' });
    element('language').append(
        ...['en_US', ...LANGUAGES].map((code) =>
            h('option', { value: code }, `${languageName.of(code.replace('_', '-'))} (${code})`)
        )
    );
    element('language').value = scenario.language;
    element('language').addEventListener('change', () => {
        const params = new URLSearchParams(pageUrl());
        params.set('lang', element('language').value);
        location.assign(`?${params}`);
    });
    element('properties').append(...LAUNCHER_PROPERTIES.map((property) => panelField(property, properties, update)));
    element('glance-settings').append(
        ...GLANCE_SETTINGS_FIELDS.map((field) => panelField(field, orgDefaultSettings, updateGlanceSetting, 'setting'))
    );
    element('glance-settings').addEventListener('submit', (event) => event.preventDefault());
    showWinners();
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
        headless = Object.assign(createElement('c-glance-join-action', { is: GlanceJoinAction }), recordPage.context);
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
        panel = Object.assign(
            createElement('c-glance-session-action', { is: GlanceSessionAction }),
            recordPage.context
        );
        // CloseActionScreenEvent: the component asks its container to close.
        panel.addEventListener('close', close);
        element('session-modal-body').appendChild(panel);
        modal.hidden = false;
    });
    element('close-session-panel').addEventListener('click', close);
    document.addEventListener('keydown', (event) => event.key === 'Escape' && close());
}

/** Shows a record page, and tells CurrentPageReference, as opening a console tab does. */
function showRecord(page) {
    recordPage = page;
    element('record-title').textContent = page.title;
    element('app-tab').textContent = page.tab;
    const fields = { ...page.details, [SESSION_KEY_FIELD]: 'Glance Session Key' };
    element('details').replaceChildren(
        ...Object.entries(fields).flatMap(([field, label]) => [
            h('dt', { class: 'slds-dl_horizontal__label' }, label),
            h('dd', { class: 'slds-dl_horizontal__detail' }, page.values[field] ?? '')
        ])
    );
    element('record-tabs')
        .querySelectorAll('button')
        .forEach((tab) =>
            tab.setAttribute('aria-current', tab.dataset.record === page.context.objectApiName ? 'page' : 'false')
        );
    showPage({ type: 'standard__recordPage', attributes: { ...page.context, actionName: 'view' }, state: {} });
}

/** The utility bar: console record tabs above, and a utility that loads when first opened. */
function setUpUtilityBar() {
    for (const [name, page] of Object.entries(RECORD_PAGES)) {
        const tab = h('button', { type: 'button', class: 'slds-button', 'data-record': name }, page.title);
        tab.addEventListener('click', () => showRecord(page));
        element('record-tabs').append(tab);
    }
    element('record-tabs').hidden = false;
    element('utility-bar').hidden = false;
    enterUtility('preview-utility-glance');
    const item = element('utility-item');
    const toggle = (open) => {
        element('utility-panel').hidden = !open;
        item.setAttribute('aria-expanded', String(open));
        if (open && launchers.length === 0) {
            addLauncher();
        }
    };
    item.addEventListener('click', () => toggle(element('utility-panel').hidden));
    element('utility-minimize').addEventListener('click', () => toggle(false));
}

// Lightning Experience marks the page with the user's language, as screen readers need.
if (LANGUAGES.includes(scenario.language)) {
    document.documentElement.lang = scenario.language.replace('_', '-');
}
showRecord(recordPage);
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
    if (surface.name === 'utility') {
        setUpUtilityBar();
    } else if (inFlow) {
        element('record-columns').hidden = true;
        element('flow-screen').hidden = false;
        addLauncher();
    } else {
        addLauncher();
    }
}

// For tests, the benchmark and the browser console: what the page recorded, and the UI API
// stand-in itself (`glancePreview.fetchRecord(recordId, fields, optionalFields)`).
window.glancePreview = Object.freeze({
    uiApiStats,
    fetchRecord,
    windowOpens: () => windowOpens.map((call) => ({ ...call })),
    toasts: () => toasts.map((toast) => ({ ...toast }))
});
