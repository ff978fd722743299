// The data scenario of this page load, read from the address bar. Permissions and field-level
// security are fixed for a page's lifetime on the platform too, so changing one reloads the page.

/** Scenario switches, each `1` (on) or `0` (off) in the query string. */
export const SCENARIOS = Object.freeze([
    { name: 'admin', fallback: true, label: 'Admin (Customize Application)' },
    { name: 'phoneHidden', fallback: false, label: 'Phone hidden (field-level security)' },
    { name: 'orgIdHidden', fallback: false, label: 'Org ID field not readable' },
    { name: 'userError', fallback: false, label: 'User record unreadable (error)' },
    { name: 'sessionKey', fallback: false, label: 'Session key on the Case (sets Session Key Field)' },
    { name: 'logFails', fallback: false, label: 'Creating a Task fails (validation rule)' }
]);

const params = new URLSearchParams(globalThis.location?.search ?? '');
const latency = Number(params.get('latency'));

export const scenario = Object.freeze({
    ...Object.fromEntries(
        SCENARIOS.map(({ name, fallback }) => [name, params.has(name) ? params.get(name) === '1' : fallback])
    ),
    baseline: params.get('baseline') === '1',
    latencyMs: Number.isFinite(latency) && latency > 0 ? latency : 0
});

/** `@salesforce/userPermission/<name>`: only Customize Application varies in the preview. */
export const hasUserPermission = (name) => name === 'CustomizeApplication' && scenario.admin;
