/*
 * Holds every UI API response the tests and the preview make up to the shapes the UI API
 * Developer Guide documents (../uiApiResponses.schema.json): the JSON fixtures, the record builder
 * of force-app/test/jest-utils, and every answer of the preview's stand-in, its field-level
 * security scenarios included. A fixture or an answer that drifts from the platform fails here.
 */
import fs from 'fs';
import path from 'path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import { uiApiReadError, uiApiWriteError, uiRecord } from '../../jest-utils/uiApi';

const ROOT = path.resolve(__dirname, '../../../..');
const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '../uiApiResponses.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).addSchema(schema);
const SHAPES = ['Record', 'ReadError', 'WriteError'] as const;
type Shape = (typeof SHAPES)[number];
const validators = Object.fromEntries(
    SHAPES.map((shape) => [shape, ajv.getSchema(`uiApiResponses.schema.json#/$defs/${shape}`)])
) as Record<Shape, ValidateFunction>;

/** ajv's findings, one line each, so a failure names the path that drifted. */
function findings(shape: Shape, response: unknown): string[] {
    const validate = validators[shape];
    return validate(response) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}
const expectShape = (shape: Shape, response: unknown) => expect(findings(shape, response)).toEqual([]);

/** Fixtures in these folders that are no UI API response. */
const NOT_UI_API = new Set(['pageReferences.json', 'vendorExamples.json']);
/** Which response a fixture stands for, by its name: `…ReadError`, `…CreateError`, or a record. */
function shapeOf(file: string): Shape {
    if (/ReadError\.json$/.test(file)) return 'ReadError';
    if (/(Create|Update)Error\.json$/.test(file)) return 'WriteError';
    return 'Record';
}
const jsonIn = (dir: string) =>
    fs.existsSync(dir)
        ? fs
              .readdirSync(dir)
              .filter((f) => f.endsWith('.json'))
              .map((f) => path.join(dir, f))
        : [];
const LWC = path.join(ROOT, 'force-app/main/default/lwc');
const FIXTURES = [
    ...jsonIn(path.join(ROOT, 'force-app/test/jest-data')),
    ...fs.readdirSync(LWC).flatMap((bundle) => jsonIn(path.join(LWC, bundle, '__tests__/data')))
]
    .filter((file) => !NOT_UI_API.has(path.basename(file)))
    .map((file): [string, Shape] => [path.relative(ROOT, file), shapeOf(file)]);
const readFixture = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));

describe('UI API shapes: the JSON fixtures', () => {
    it('finds the fixtures', () => {
        expect(FIXTURES.map(([, shape]) => shape).sort()).toEqual(
            expect.arrayContaining(['ReadError', 'Record', 'WriteError'])
        );
    });

    it.each(FIXTURES)('%s is a %s', (file, shape) => {
        expectShape(shape, readFixture(file));
    });
});

describe('UI API shapes: the schema catches drift', () => {
    const record = readFixture('force-app/test/jest-data/caseWithContactVisitorId.json') as {
        fields: { Contact: { value: Record<string, unknown> } };
    };
    const broken = (change: (copy: typeof record) => void) => {
        const copy = JSON.parse(JSON.stringify(record)) as typeof record;
        change(copy);
        return copy;
    };
    const asRecord = (copy: unknown) => copy as Record<string, unknown> & { fields: Record<string, unknown> };

    it.each<[string, unknown]>([
        ['a record without eTag', broken((copy) => delete asRecord(copy).eTag)],
        ['a related record without weakEtag', broken((copy) => delete copy.fields.Contact.value.weakEtag)],
        ['a field as a bare value', broken((copy) => (asRecord(copy).fields.Id = '500000000000001AAA'))],
        [
            'a field without displayValue',
            broken((copy) => (asRecord(copy).fields.Id = { value: '500000000000001AAA' }))
        ],
        [
            'a lookup as a bare ID',
            broken((copy) => (asRecord(copy).fields.Contact = { displayValue: null, value: '0035g00000AbCdEAAZ' }))
        ],
        [
            'an ID field holding a record',
            broken(
                (copy) => (asRecord(copy).fields.ContactId = { displayValue: null, value: copy.fields.Contact.value })
            )
        ],
        [
            'an empty field with a display value',
            broken((copy) => (asRecord(copy).fields.Id = { displayValue: 'x', value: null }))
        ],
        ['a 15-character ID', broken((copy) => (asRecord(copy).id = '500000000000001'))],
        ['a date that is not ISO 8601', broken((copy) => (asRecord(copy).lastModifiedDate = '11/24/2026'))],
        ['a property UI API never sends', broken((copy) => (asRecord(copy).Id = '500000000000001AAA'))]
    ])('rejects %s', (_, response) => {
        expect(findings('Record', response)).not.toEqual([]);
    });

    it('rejects a read error whose body is one object, and a write error without its Record Exceptions', () => {
        const read = readFixture('force-app/test/jest-data/userReadError.json') as { body: unknown[] };
        expect(findings('ReadError', { ...read, body: read.body[0] })).not.toEqual([]);
        expect(findings('ReadError', { ...read, ok: undefined })).not.toEqual([]);
        const write = uiApiWriteError('Refused', { errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'No' });
        expect(findings('WriteError', { ...write, body: { message: 'Refused' } })).not.toEqual([]);
        expect(findings('WriteError', { ...write, body: [{ errorCode: 'X', message: 'Refused' }] })).not.toEqual([]);
    });
});

describe('UI API shapes: the record builder', () => {
    const contact = uiRecord('Contact', '003000000000001AAA', { Name: 'Grace Hopper', Glance_Visitor_Id__c: 'V-1' });

    it.each<[string, unknown]>([
        ['a user', uiRecord('User', '005000000000000000', { Name: 'Ada', Glance_Viewer_Same_Window__c: true })],
        [
            'a case with its contact',
            uiRecord('Case', '500000000000001AAA', { ContactId: contact.id, Contact: contact })
        ],
        ['a case with an empty lookup', uiRecord('Case', '500000000000001AAA', { ContactId: null, Contact: null })]
    ])('builds %s as a Record', (_, record) => {
        expectShape('Record', record);
    });

    it("shows a related record's name, and nothing for an empty lookup", () => {
        const withContact = uiRecord('Case', '500000000000001AAA', { Contact: contact, Parent: null });
        expect(withContact.fields.Contact).toEqual({ displayValue: 'Grace Hopper', value: contact });
        expect(withContact.fields.Parent).toEqual({ displayValue: null, value: null });
    });

    it('builds read and write errors', () => {
        expectShape('ReadError', uiApiReadError(404, 'NOT_FOUND', 'The requested resource does not exist'));
        expectShape('WriteError', uiApiWriteError('Refused', { errorCode: 'INSUFFICIENT_ACCESS', message: 'No' }));
    });
});

/** What the tests use of the preview's stand-in (preview/platform/ui-api-server.js, plain JavaScript). */
interface StandIn {
    RUNNING_USER_ID: string;
    SAMPLE_CASE: Readonly<Record<string, unknown>> & { Id: string };
    SAMPLE_CONTACT: Readonly<Record<string, unknown>> & { Id: string };
    SAMPLE_LEAD: Readonly<Record<string, unknown>> & { Id: string };
    SAMPLE_MESSAGING_SESSION: Readonly<Record<string, unknown>> & { Id: string };
    SAMPLE_VOICE_CALL: Readonly<Record<string, unknown>> & { Id: string };
    fetchRecord(
        recordId: string,
        fields: string[],
        optionalFields: string[]
    ): Promise<{ data?: UiRecord; error?: unknown }>;
    createRecord(input: { apiName: string; fields: Record<string, unknown> }): Promise<UiRecord>;
    setUserFormulaValues(values: Record<string, unknown>): UiRecord;
}

/** The stand-in as a page with this query string loads it: the scenario is fixed at load. */
function loadStandIn(query: string): StandIn {
    window.history.replaceState(null, '', `/${query}`);
    let standIn: StandIn | undefined;
    jest.isolateModules(() => {
        // The typed boundary: the preview's modules are JavaScript; StandIn declares what is used.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        standIn = require('../../../../preview/platform/ui-api-server.js') as StandIn;
    });
    if (!standIn) throw new Error('the stand-in did not load');
    return standIn;
}

describe("UI API shapes: the preview stand-in's answers", () => {
    /** The user's formula fields as the preview sets them from Glance Settings. */
    const FORMULA_VALUES = {
        Glance_SSO_Type__c: 'idpid',
        Glance_SSO_Value__c: '12345',
        Glance_Join_Mode__c: null,
        Glance_Viewer_Same_Window__c: false,
        Glance_Wait_For_Session__c: true,
        Glance_Session_Field__c: 'Case.Contact.Glance_Visitor_Id__c'
    };
    const userFields = ['Name', 'Email', 'Phone', 'Glance_Org_Id__c', ...Object.keys(FORMULA_VALUES)];
    const qualified = (apiName: string, names: string[]) => names.map((name) => `${apiName}.${name}`);
    /** Every field of a sample record, and through its lookups the related record's. */
    const everyField = (apiName: string, values: Readonly<Record<string, unknown>>) => [
        ...qualified(apiName, Object.keys(values)),
        ...(apiName === 'Case'
            ? qualified(apiName, ['Contact.Name', 'Contact.Glance_Visitor_Id__c', 'Parent.CaseNumber'])
            : [])
    ];

    afterAll(() => window.history.replaceState(null, '', '/'));

    it.each(['', '?sessionKey=1&visitorId=1', '?phoneHidden=1&orgIdHidden=1'])(
        'answers every sample record as a Record (scenario %j)',
        async (query) => {
            const standIn = loadStandIn(query);
            const user = standIn.setUserFormulaValues(FORMULA_VALUES);
            expectShape('Record', user);
            const samples: [string, Readonly<Record<string, unknown>> & { Id: string }][] = [
                ['Case', standIn.SAMPLE_CASE],
                ['Contact', standIn.SAMPLE_CONTACT],
                ['Lead', standIn.SAMPLE_LEAD],
                ['MessagingSession', standIn.SAMPLE_MESSAGING_SESSION],
                ['VoiceCall', standIn.SAMPLE_VOICE_CALL]
            ];
            const answers = await Promise.all([
                standIn.fetchRecord(standIn.RUNNING_USER_ID, ['User.Name'], qualified('User', userFields)),
                ...samples.map(([apiName, values]) => standIn.fetchRecord(values.Id, [], everyField(apiName, values)))
            ]);
            for (const { data, error } of answers) {
                expect(error).toBeUndefined();
                expectShape('Record', data);
            }
            const [userAnswer, caseAnswer] = answers;
            // Field-level security leaves the hidden fields out of the answer, as UI API does.
            const hidden = query.includes('phoneHidden');
            expect(Object.keys(userAnswer.data?.fields ?? {})).toHaveLength(
                hidden ? userFields.length - 2 : userFields.length
            );
            expect(caseAnswer.data?.fields.Parent).toEqual({ displayValue: null, value: null });
            expect(caseAnswer.data?.fields.Contact.displayValue).toBe(standIn.SAMPLE_CONTACT.Name);
        }
    );

    it('answers a record it lacks, a required field the user cannot read and an unreadable user as read errors', async () => {
        const hiding = loadStandIn('?phoneHidden=1');
        const missing = await hiding.fetchRecord('500000000000009AAA', ['Case.Subject'], []);
        const unreadable = await hiding.fetchRecord(hiding.RUNNING_USER_ID, ['User.Phone'], []);
        const userError = loadStandIn('?userError=1');
        const forbidden = await userError.fetchRecord(userError.RUNNING_USER_ID, ['User.Name'], []);
        expect([missing, unreadable, forbidden].map(({ error }) => (error as { status: number }).status)).toEqual([
            404, 400, 403
        ]);
        [missing, unreadable, forbidden].forEach(({ error }) => expectShape('ReadError', error));
    });

    it('creates a Task as a Record, and refuses one as a write error', async () => {
        const task = {
            apiName: 'Task',
            fields: { Subject: 'Glance: View', WhatId: '5005g00000GlncEAAR', Status: 'Completed' }
        };
        expectShape('Record', await loadStandIn('').createRecord(task));
        const refusal = await loadStandIn('?logFails=1')
            .createRecord(task)
            .catch((error: unknown) => error);
        expectShape('WriteError', refusal);
        const other = await loadStandIn('')
            .createRecord({ apiName: 'Event', fields: {} })
            .catch((error: unknown) => error);
        expectShape('WriteError', other);
    });
});
