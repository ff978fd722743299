type SettingsModule = typeof import('c/glanceStu');

/** Loads the module with the three setting labels set as an admin might edit them. */
function loadWithLabels(ssoType: string, ssoValue: string, orgIdLength: string): SettingsModule {
    // Forget loaded modules and mock instances, so the new label values are what the module reads.
    jest.resetModules();
    jest.doMock('@salesforce/label/c.GlanceStu_ActionSsoType', () => ({ __esModule: true, default: ssoType }), {
        virtual: true
    });
    jest.doMock('@salesforce/label/c.GlanceStu_ActionSsoValue', () => ({ __esModule: true, default: ssoValue }), {
        virtual: true
    });
    jest.doMock('@salesforce/label/c.GlanceStu_ActionOrgIdLength', () => ({ __esModule: true, default: orgIdLength }), {
        virtual: true
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('c/glanceStu') as SettingsModule;
}

describe('actionSettings', () => {
    it('ships labels that send the org ID (15 characters) as idptoken', () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { readCustomLabels } = require('../../../../../../scripts/custom-labels.cjs');
        const shipped: Map<string, string> = readCustomLabels();
        const { ACTION_SETTINGS } = loadWithLabels(
            shipped.get('GlanceStu_ActionSsoType') ?? '',
            shipped.get('GlanceStu_ActionSsoValue') ?? '',
            shipped.get('GlanceStu_ActionOrgIdLength') ?? ''
        );
        expect(ACTION_SETTINGS).toEqual({ ssoType: 'idptoken', ssoValue: '', orgIdLength: '15' });
    });

    it('reads edited labels, trimmed', () => {
        const { ACTION_SETTINGS } = loadWithLabels(' idpid ', ' 12345 ', '18');
        expect(ACTION_SETTINGS).toEqual({ ssoType: 'idpid', ssoValue: '12345', orgIdLength: '18' });
    });

    it('treats a lone hyphen in any label as blank', () => {
        const { ACTION_SETTINGS } = loadWithLabels('-', ' - ', '-');
        expect(ACTION_SETTINGS).toEqual({ ssoType: '', ssoValue: '', orgIdLength: '' });
    });

    it('names the labels to edit in messages', () => {
        const { ACTION_SETTING_NAMES } = loadWithLabels('idptoken', '-', '15');
        expect(ACTION_SETTING_NAMES.ssoValue).toBe('the custom label GlanceStu_ActionSsoValue');
        expect(ACTION_SETTING_NAMES.orgIdLength).toBe('the custom label GlanceStu_ActionOrgIdLength');
        expect(ACTION_SETTING_NAMES.ssoType).toBe('the custom label GlanceStu_ActionSsoType');
    });
});
