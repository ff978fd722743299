// The preview page: a Case record page with the Glance launcher in its right column, and a side
// panel that edits the launcher's properties live, switches data scenarios and runs the quick
// actions. The page and panel are plain DOM; the components are the project's own, compiled.
//
// Lightning Experience renders components with synthetic shadow DOM, which lets the global SLDS
// stylesheet style the `slds-*` classes inside them; the preview does the same.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import GlanceStuLauncher from 'c/glanceStuLauncher';
import BaselineCard from 'preview/baselineCard';
import { joinAction, sessionAction } from 'preview:quick-actions';
import { SCENARIO_DEFAULTS, scenario } from './platform/scenario.js';
import {
    CASE_ID,
    SAMPLE_CASE,
    SAMPLE_CASE_RELATED,
    SESSION_KEY_FIELD,
    fetchRecord,
    onUiApiActivity,
    uiApiStats
} from './platform/ui-api-server.js';

const RECORD_CONTEXT = { recordId: CASE_ID, objectApiName: 'Case' };

/** The launcher's App Builder properties as a fresh page sets them (see its js-meta.xml). */
const PROPERTY_DEFAULTS = Object.freeze({
    cardTitle: '',
    ssoType: 'idptoken',
    ssoValue: '',
    orgIdLength: '15',
    joinMode: 'none',
    viewerSameWindow: false,
    hideIdentity: false,
    sessionKeyField: '',
    hideAccountLinks: false
});

/** The session-key scenario is a key on the record and a launcher configured to read it. */
function propertyDefaults(pageScenario) {
    return { ...PROPERTY_DEFAULTS, sessionKeyField: pageScenario.sessionKey ? SESSION_KEY_FIELD : '' };
}

const QUICK_ACTION_BUNDLES = { glanceJoinAction: joinAction, glanceSessionAction: sessionAction };

function element(hook) {
    return document.querySelector(`[data-preview="${hook}"]`);
}

/** Property values from the address bar, so a scenario reload keeps what was edited. */
function initialProperties() {
    const params = new URLSearchParams(location.search);
    const properties = propertyDefaults(scenario);
    for (const [name, fallback] of Object.entries(PROPERTY_DEFAULTS)) {
        const value = params.get(name);
        if (value !== null) {
            properties[name] = typeof fallback === 'boolean' ? value === '1' : value;
        }
    }
    return properties;
}

const properties = initialProperties();
const launchers = [];

/** What the component receives: App Builder leaves a blank text property unset. */
function componentValue(value) {
    return value === '' ? undefined : value;
}

function applyProperties(launcher) {
    for (const [name, value] of Object.entries(properties)) {
        launcher[name] = componentValue(value);
    }
}

function pageUrl(scenarioChanges = {}) {
    const params = new URLSearchParams();
    const wanted = { ...scenario, ...scenarioChanges };
    for (const [name, fallback] of Object.entries(SCENARIO_DEFAULTS)) {
        if (wanted[name] !== fallback) {
            params.set(name, wanted[name] ? '1' : '0');
        }
    }
    for (const [name, fallback] of Object.entries(propertyDefaults(wanted))) {
        if (properties[name] !== fallback) {
            params.set(name, typeof fallback === 'boolean' ? (properties[name] ? '1' : '0') : properties[name]);
        }
    }
    if (scenario.baseline) {
        params.set('baseline', '1');
    }
    if (scenario.latencyMs) {
        params.set('latency', String(scenario.latencyMs));
    }
    const query = params.toString();
    return `${location.pathname}${query ? `?${query}` : ''}`;
}

function addLauncher() {
    const launcher = createElement('c-glance-stu-launcher', { is: GlanceStuLauncher });
    Object.assign(launcher, RECORD_CONTEXT);
    applyProperties(launcher);
    element('launchers').appendChild(launcher);
    launchers.push(launcher);
    element('launcher-count').textContent = String(launchers.length);
}

function fillCaseDetails() {
    const details = { ...SAMPLE_CASE, ...SAMPLE_CASE_RELATED, title: SAMPLE_CASE.CaseNumber };
    for (const node of document.querySelectorAll('[data-case]')) {
        node.textContent = details[node.dataset.case] ?? '';
    }
}

function setUpPropertyPanel() {
    for (const input of document.querySelectorAll('[data-prop]')) {
        const name = input.dataset.prop;
        const isFlag = typeof PROPERTY_DEFAULTS[name] === 'boolean';
        if (isFlag) {
            input.checked = properties[name];
        } else {
            input.value = properties[name];
        }
        input.addEventListener(isFlag ? 'change' : 'input', () => {
            properties[name] = isFlag ? input.checked : input.value;
            launchers.forEach(applyProperties);
            history.replaceState(null, '', pageUrl());
        });
    }
    // The panel edits live; there is nothing to submit.
    element('properties').addEventListener('submit', (event) => event.preventDefault());
}

function setUpScenarioPanel() {
    for (const input of document.querySelectorAll('[data-scenario]')) {
        const name = input.dataset.scenario;
        input.checked = scenario[name];
        input.addEventListener('change', () => {
            const changes = { [name]: input.checked };
            // A property left at the scenario's default follows the new scenario's default.
            for (const [property, fallback] of Object.entries(propertyDefaults(scenario))) {
                if (properties[property] === fallback) {
                    properties[property] = propertyDefaults({ ...scenario, ...changes })[property];
                }
            }
            location.assign(pageUrl(changes));
        });
    }
}

function setUpRequestCounter() {
    onUiApiActivity(({ requests, cacheHits }) => {
        element('request-count').textContent = String(requests);
        element('cache-hits').textContent = String(cacheHits);
    });
    element('add-launcher').addEventListener('click', addLauncher);
}

/** window.open calls, recorded instead of leaving the page or opening a tab. */
const windowOpens = [];

function recordWindowOpen() {
    window.open = (url, target) => {
        windowOpens.push({ url: String(url), target: target === undefined ? undefined : String(target) });
        element('last-window-open').textContent = String(url);
        // What a blocked pop-up gives: the preview opens no window.
        return null;
    };
}

function setUpQuickActions() {
    const missing = Object.entries(QUICK_ACTION_BUNDLES)
        .filter(([, component]) => !component)
        .map(([bundle]) => bundle);
    if (missing.length) {
        const note = element('quick-actions-missing');
        note.textContent = `Not in this build yet: ${missing.join(', ')}.`;
        note.hidden = false;
    }

    if (joinAction) {
        const button = element('run-join-action');
        button.hidden = false;
        let headless = null;
        button.addEventListener('click', () => {
            // As the platform does for a headless action: create the component, then invoke it.
            headless?.remove();
            headless = createElement('c-glance-join-action', { is: joinAction });
            Object.assign(headless, RECORD_CONTEXT);
            headless.hidden = true;
            document.body.appendChild(headless);
            headless.invoke();
        });
    }

    if (sessionAction) {
        const button = element('open-session-panel');
        const modal = element('session-modal');
        const body = element('session-modal-body');
        button.hidden = false;
        let panel = null;
        const close = () => {
            panel?.remove();
            panel = null;
            modal.hidden = true;
        };
        button.addEventListener('click', () => {
            close();
            panel = createElement('c-glance-session-action', { is: sessionAction });
            Object.assign(panel, RECORD_CONTEXT);
            // CloseActionScreenEvent: the component asks its container to close.
            panel.addEventListener('close', close);
            body.appendChild(panel);
            modal.hidden = false;
        });
        element('close-session-panel').addEventListener('click', close);
        document.addEventListener('keydown', (event) => {
            if (event.key === 'Escape' && !modal.hidden) {
                close();
            }
        });
    }
}

function start() {
    fillCaseDetails();
    recordWindowOpen();
    setUpRequestCounter();
    if (scenario.baseline) {
        // The render benchmark's baseline: the same page with a bare card instead of the launcher.
        element('launchers').appendChild(createElement('preview-baseline-card', { is: BaselineCard }));
        return;
    }
    setUpPropertyPanel();
    setUpScenarioPanel();
    setUpQuickActions();
    addLauncher();
}

// For tests, the benchmark and the browser console: what the page recorded, and the UI API
// stand-in itself (`glancePreview.fetchRecord(recordId, fields, optionalFields)`).
window.glancePreview = Object.freeze({
    uiApiStats,
    fetchRecord,
    windowOpens: () => windowOpens.map((call) => ({ ...call })),
    quickActions: Object.freeze(
        Object.entries(QUICK_ACTION_BUNDLES)
            .filter(([, component]) => component)
            .map(([bundle]) => bundle)
    )
});

start();
