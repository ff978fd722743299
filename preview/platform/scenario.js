// The data scenario of this page load, read from the address bar. Permissions and field-level
// security are fixed for a page's lifetime on the platform too, so changing one reloads the page.

/** Scenario switches, each `1` (on) or `0` (off) in the query string. */
export const SCENARIOS = Object.freeze([
    // Neither: an agent. Each audience sees its own words for the same bad setting.
    { name: 'admin', fallback: true, label: 'Salesforce admin (Customize Application)' },
    { name: 'glanceAdmin', fallback: false, label: 'Glance admin (Glance_Account_Admin custom permission)' },
    { name: 'phoneHidden', fallback: false, label: 'Phone hidden (field-level security)' },
    { name: 'orgIdHidden', fallback: false, label: 'Org ID field not readable' },
    { name: 'userError', fallback: false, label: 'User record unreadable (error)' },
    { name: 'sessionKey', fallback: false, label: 'Session key on the records (sets Session Key Field)' },
    { name: 'visitorId', fallback: false, label: "Visitor ID on the Case's Contact (Glance_Visitor_Id__c)" },
    { name: 'logFails', fallback: false, label: 'Creating a Task fails (validation rule)' }
]);

/** Where the launcher sits, chosen from the panel (`?surface=`): each has its own page frame. */
export const SURFACES = Object.freeze([
    { name: 'case', label: 'Case record page', target: 'lightning__RecordPage' },
    { name: 'lead', label: 'Lead record page', target: 'lightning__RecordPage' },
    { name: 'utility', label: 'Utility bar of a console app', target: 'lightning__UtilityBar' },
    { name: 'flow', label: 'Flow screen', target: 'lightning__FlowScreen' },
    // The Glance Conversation card (force-app-channels) beside a stand-in conversation.
    { name: 'messaging', label: 'Messaging Session page', target: 'lightning__RecordPage', conversation: true },
    { name: 'voice', label: 'Voice Call page', target: 'lightning__RecordPage', conversation: true }
]);

const params = new URLSearchParams(globalThis.location?.search ?? '');
const latency = Number(params.get('latency'));

export const scenario = Object.freeze({
    ...Object.fromEntries(
        SCENARIOS.map(({ name, fallback }) => [name, params.has(name) ? params.get(name) === '1' : fallback])
    ),
    surface: SURFACES.find(({ name }) => name === params.get('surface')) ?? SURFACES[0],
    // The running user's language, as Salesforce names it (`ja`, `pt_BR`): labels follow it.
    language: params.get('lang') ?? 'en_US',
    baseline: params.get('baseline') === '1',
    latencyMs: Number.isFinite(latency) && latency > 0 ? latency : 0
});

/** `@salesforce/userPermission/<name>`: only Customize Application varies in the preview. */
export const hasUserPermission = (name) => name === 'CustomizeApplication' && scenario.admin;
/** `@salesforce/customPermission/<name>`: the Glance STU Admin permission set's one custom permission. */
export const hasCustomPermission = (name) => name === 'Glance_Account_Admin' && scenario.glanceAdmin;
