// The data scenario of this page load, read from the address bar. Permissions and field-level
// security are fixed for a page's lifetime on the platform too, so changing one reloads the page.

/** Scenario switches and their defaults; each is `1` (on) or `0` (off) in the query string. */
export const SCENARIO_DEFAULTS = Object.freeze({
    admin: true,
    phoneHidden: false,
    orgIdHidden: false,
    userError: false,
    sessionKey: false
});

function readScenario(search) {
    const params = new URLSearchParams(search);
    const scenario = {};
    for (const [name, fallback] of Object.entries(SCENARIO_DEFAULTS)) {
        const value = params.get(name);
        scenario[name] = value === null ? fallback : value === '1';
    }
    scenario.baseline = params.get('baseline') === '1';
    const latency = Number(params.get('latency'));
    scenario.latencyMs = Number.isFinite(latency) && latency > 0 ? latency : 0;
    return Object.freeze(scenario);
}

export const scenario = readScenario(globalThis.location?.search ?? '');

/** `@salesforce/userPermission/<name>`: only Customize Application varies in the preview. */
export function hasUserPermission(name) {
    return name === 'CustomizeApplication' ? scenario.admin : false;
}
