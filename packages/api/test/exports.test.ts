import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { schema } from '@skranke/db';
import type { StaffRole, TVisitEvidenceInput } from '@skranke/domain';
import { exportErrorResponse, exportResources, openExport } from '../src/index.js';
import { createTestApi, type TestApi } from './harness.js';

let api: TestApi;
// The harness clock: Wednesday 25 November 2026, 10:30 in Copenhagen.
beforeEach(async () => void (api = await createTestApi()));
afterEach(() => api.close());

/** A credential verified as the counter does it: a driving licence and three right CPR questions. */
const licence: TVisitEvidenceInput = { method: 'cprQuestions', targetLevel: 'BETYDELIG', documents: [{ kind: 'drivingLicence', expiresOn: '2030-01-01' }], cprQuestions: { asked: 3, correct: 3 } };
const fullCpr = /\d{6}-?\d{4}/;

async function download(role: StaffRole | null, resource: string, input: unknown = {}) {
  const { fileName, body } = openExport(await api.contextAs(role), resource, input);
  const bytes = Buffer.concat(await Readable.from(body).toArray());
  return { fileName, bytes, text: bytes.toString('utf8') };
}
const rowsOf = (text: string) => parse(text, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
/** How an export is refused, as the HTTP route answers it: the API error's code, the status and the JSON body. */
async function refusal(role: StaffRole | null, resource: string, input: unknown = {}) {
  const context = await api.contextAs(role);
  try {
    openExport(context, resource, input);
  } catch (error) {
    return { code: (error as { code: string }).code, ...exportErrorResponse(error, 'da') };
  }
  throw new Error('expected the export to be refused');
}

describe('CSV export', () => {
  test('round-trips the visits list: BOM, semicolons, CRLF, the same Danish headers, terms and dates as the screens, CPR masked, same rows as the list', async () => {
    const caseworker = await api.as('caseworker');
    const { id: citizenId } = await caseworker.citizens.create({ cpr: '150385-1236', name: 'Anna; "Annie" Hansen', hasFixedAddress: true, address: 'Vej 1' });
    const first = await caseworker.visits.create({ citizenId, service: 'newMitId' });
    await caseworker.visits.complete({ id: first.id, evidence: licence });
    api.setNow(new Date('2026-11-25T10:05:00Z'));
    await caseworker.visits.create({ citizenId, service: 'readAccess' });

    const { fileName, bytes, text } = await download('caseworker', 'visits', { filters: [{ field: 'day', operator: 'eq', value: '2026-11-25' }] });
    expect(fileName).toBe('skranke-visits-2026-11-25.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.split('\r\n')[0]).toBe('\uFEFFNr.;Dato;Startet;Afsluttet;Borger;CPR-nummer;Sagsbehandler;Ydelse;Metode;Ønsket sikringsniveau;Opnået niveau;Udfald');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(text).not.toMatch(fullCpr);

    const listed = await caseworker.visits.list({ filters: [{ field: 'day', operator: 'eq', value: '2026-11-25' }] });
    expect(rowsOf(text).map((r) => Number(r['Nr.']))).toEqual(listed.data.map((v) => v.id));
    expect(rowsOf(text)).toEqual([
      { 'Nr.': '2', Dato: '25.11.2026', Startet: '25.11.2026 11:05', Afsluttet: '', Borger: 'Anna; "Annie" Hansen', 'CPR-nummer': '150385-XXXX', Sagsbehandler: 'Test caseworker', Ydelse: 'Læseadgang', Metode: '', 'Ønsket sikringsniveau': '', 'Opnået niveau': '', Udfald: 'Åben' },
      { 'Nr.': '1', Dato: '25.11.2026', Startet: '25.11.2026 10:30', Afsluttet: '25.11.2026 10:30', Borger: 'Anna; "Annie" Hansen', 'CPR-nummer': '150385-XXXX', Sagsbehandler: 'Test caseworker', Ydelse: 'Ny MitID', Metode: 'CPR-spørgsmål', 'Ønsket sikringsniveau': 'BETYDELIG', 'Opnået niveau': 'BETYDELIG', Udfald: 'Godkendt' },
    ]);
  });

  test('a reader of the English screens gets the file in English: headers, terms, dates and decimals', async () => {
    const caseworker = await api.as('caseworker');
    const { id: citizenId } = await caseworker.citizens.create({ cpr: '150385-1236', name: 'Anna Hansen', hasFixedAddress: true, address: 'Vej 1' });
    const visit = await caseworker.visits.create({ citizenId, service: 'newMitId' });
    await caseworker.visits.complete({ id: visit.id, evidence: licence });
    const { body } = openExport({ ...(await api.contextAs('caseworker')), locale: 'en' }, 'visits', {});
    const rows = rowsOf(Buffer.concat(await Readable.from(body).toArray()).toString('utf8'));
    expect(rows).toEqual([expect.objectContaining({ 'No.': String(visit.id), Date: '25/11/2026', Service: 'New MitID', Method: 'CPR questions', Outcome: 'Verified' })]);
  });

  test('the codes list exports states, never a code; the blocks list exports the request', async () => {
    const caseworker = await api.as('caseworker');
    const { id: citizenId } = await caseworker.citizens.create({ cpr: '150385-1236', name: 'Anna Hansen', hasFixedAddress: true, address: 'Vej 1' });
    const visit = await caseworker.visits.create({ citizenId, service: 'activationCode' });
    await caseworker.visits.complete({ id: visit.id, evidence: licence });
    const issued = await caseworker.codes.issue({ visitId: visit.id, kind: 'mitIdActivation' });
    await caseworker.blocks.create({ citizenId, misuse: 'phishing', description: 'Falsk sms', reportedOn: '2026-11-25', credential: 'mitId', credentialLevel: 'BETYDELIG', route: 'mitIdApp', blockConfirmed: true, policeReport: 'advised' });

    const codes = await download('caseworker', 'codes');
    expect(rowsOf(codes.text)).toEqual([expect.objectContaining({ 'Nr.': String(issued.id), Status: 'Tilbagekaldt', 'CPR-nummer': '150385-XXXX' })]);
    expect(codes.text).not.toContain(issued.code.replace(/-/g, ''));
    expect(codes.text).not.toContain('scrypt');
    const blocks = await download('caseworker', 'blocks');
    expect(rowsOf(blocks.text)).toEqual([expect.objectContaining({ Loginmiddel: 'MitID', Status: 'Aktiv', 'Mistanke om': 'Phishing eller svindel', 'Anmeldt af borgeren': '25.11.2026', 'Spærret via': 'I MitID-appen', 'Tilbagekaldte koder': '1' })]);
  });

  test('has every matching row, far past the largest page, in the list’s order', async () => {
    const now = api.now();
    api.db.insert(schema.citizens)
      .values(Array.from({ length: 250 }, (_, i) => ({ cpr: `0101${String(50 + (i % 40)).padStart(2, '0')}${String(1000 + i)}`, name: `Borger ${String(i).padStart(3, '0')}`, address: 'Vej', updatedAt: now })))
      .run();
    const rows = rowsOf((await download('caseworker', 'citizens', { sorters: [{ field: 'name', order: 'asc' }], pagination: { currentPage: 1, pageSize: 10 } })).text);
    expect(rows).toHaveLength(250);
    expect(rows[0]).toMatchObject({ Navn: 'Borger 000', 'CPR-nummer': '010150-XXXX', 'Har fast adresse i folkeregistret': 'Ja' });
    expect(rows.at(-1)?.Navn).toBe('Borger 249');
  });

  test('logs every export with its criteria, the CPR number masked', async () => {
    await (await api.as('caseworker')).citizens.create({ cpr: '150385-1236', name: 'Anna', hasFixedAddress: true, address: 'Vej 1' });
    const rows = rowsOf((await download('caseworker', 'citizens', { filters: [{ field: 'q', operator: 'contains', value: '1503851236' }] })).text);
    expect(rows.map((r) => r.Navn)).toEqual(['Anna']);
    const entry = api.db.select().from(schema.auditLog).all().at(-1);
    expect(entry).toMatchObject({ action: 'export', entity: 'citizens', staffId: api.staff.caseworker.id, details: { criteria: { filters: [{ field: 'q', operator: 'contains', value: '150385-XXXX' }], sorters: [] } } });
  });

  test('text a spreadsheet would run as a formula is written inert', async () => {
    await (await api.as('caseworker')).complaints.create({ channel: 'letter', subject: 'other', scheme: 'nemId', complainantName: '=HYPERLINK("http://x")', complainantPhone: '12345678', description: 'D' });
    expect(rowsOf((await download('caseworker', 'complaints')).text)[0]).toMatchObject({ 'Klagerens navn': `'=HYPERLINK("http://x")`, Status: 'Modtaget', Frist: 'Nej', 'Dage åben': '0' });
  });

  test('a report table exports the same figures as reports.summary, in the caseworker’s own scope', async () => {
    const caseworker = await api.as('caseworker');
    const supervisor = await api.as('supervisor');
    const { id: citizenId } = await caseworker.citizens.create({ cpr: '150385-1236', name: 'Anna', hasFixedAddress: true, address: 'Vej 1' });
    await caseworker.visits.abort({ id: (await caseworker.visits.create({ citizenId, service: 'newMitId' })).id });
    await supervisor.visits.create({ citizenId, service: 'other' });
    const range = { from: '2026-11-01', to: '2026-11-30' };
    expect(rowsOf((await download('supervisor', 'reports.caseworkers', range)).text)).toEqual([
      { Sagsbehandler: 'Test caseworker', 'I alt': '1', Godkendt: '0', Afvist: '0', Afbrudt: '1', Åbne: '0' },
      { Sagsbehandler: 'Test supervisor', 'I alt': '1', Godkendt: '0', Afvist: '0', Afbrudt: '0', Åbne: '1' },
    ]);
    expect(rowsOf((await download('caseworker', 'reports.caseworkers', range)).text).map((r) => r.Sagsbehandler)).toEqual(['Test caseworker']);
    expect((await refusal('caseworker', 'reports.caseworkers', { ...range, caseworkerId: api.staff.supervisor.id })).code).toBe('FORBIDDEN');
    const figures = rowsOf((await download('supervisor', 'reports.keyFigures', range)).text);
    expect(figures.find((f) => f.Nøgletal === 'Betjeninger i alt')?.Værdi).toBe('2');
  });

  test('the audit log exports for a supervisor, by CPR, with the search logged', async () => {
    const caseworker = await api.as('caseworker');
    const { id } = await caseworker.citizens.create({ cpr: '150385-1236', name: 'Anna', hasFixedAddress: true, address: 'Vej 1' });
    await caseworker.citizens.get({ id });
    const rows = rowsOf((await download('supervisor', 'audit', { filters: [{ field: 'citizenCpr', operator: 'eq', value: '1503851236' }] })).text);
    expect(rows.map((r) => [r.Handling, r.Medarbejder, r.Tidspunkt])).toEqual(
      expect.arrayContaining([['citizen.read', 'Test caseworker', '25.11.2026 10:30'], ['citizen.create', 'Test caseworker', '25.11.2026 10:30']]),
    );
    const actions = api.db.select().from(schema.auditLog).all().map((e) => e.action);
    expect(actions.slice(-2)).toEqual(['audit.search', 'export']);
  });
});

describe('CSV export refusals', () => {
  test('without a session: 401', async () => {
    expect(await refusal(null, 'visits')).toMatchObject({ code: 'UNAUTHORIZED', status: 401 });
  });

  test('a caseworker cannot export the audit log: 403', async () => {
    expect(await refusal('caseworker', 'audit')).toMatchObject({ code: 'FORBIDDEN', status: 403 });
  });

  test('an admin cannot export citizens’ data: 403', async () => {
    for (const resource of exportResources) expect((await refusal('admin', resource, { from: '2026-11-01', to: '2026-11-02' })).code).toBe('FORBIDDEN');
  });

  test('an unknown resource: 404', async () => {
    expect(await refusal('supervisor', 'passwords')).toMatchObject({ code: 'NOT_FOUND', status: 404 });
  });

  test('input the list refuses is refused the same way, with the field message in Danish: 400', async () => {
    const answer = await refusal('supervisor', 'reports.days', { from: '2026-11-30', to: '2026-11-01' });
    expect(answer).toMatchObject({ code: 'BAD_REQUEST', status: 400, body: { error: { fieldErrors: { to: 'Slutdatoen skal ligge på eller efter startdatoen.' } } } });
    expect((await refusal('supervisor', 'visits', { filters: [{ field: 'citizenCpr', operator: 'eq', value: 'x' }] })).status).toBe(400);
  });
});
