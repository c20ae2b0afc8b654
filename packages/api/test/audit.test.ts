import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { schema } from '@skranke/db';
import { createTestApi, errorOf, type TestApi } from './harness.js';

let api: TestApi;
beforeEach(async () => void (api = await createTestApi()));
afterEach(() => api.close());

const fullCpr = /\d{6}-?\d{4}/;
const auditRows = () => api.db.select().from(schema.auditLog).all();

/** A citizen the caseworker looks up by CPR, reads in full and opens the card of; another one read by the supervisor. */
async function readsOfTwoCitizens() {
  const caseworker = await api.as('caseworker');
  const supervisor = await api.as('supervisor');
  const anna = await caseworker.citizens.create({ cpr: '150385-1236', name: 'Anna', hasFixedAddress: true, address: 'Vej 1' });
  const bo = await caseworker.citizens.create({ cpr: '010203-4567', name: 'Bo', hasFixedAddress: true, address: 'Vej 2' });
  await caseworker.citizens.lookup({ cpr: '150385-1236' });
  api.setNow(new Date('2026-11-25T09:40:00Z'));
  await caseworker.citizens.get({ id: anna.id, purpose: 'Ny MitID' });
  api.setNow(new Date('2026-11-25T09:50:00Z'));
  await supervisor.citizens.card({ id: anna.id });
  await supervisor.citizens.get({ id: bo.id });
  return { caseworker, supervisor, anna, bo };
}

describe('audit procedures are the supervisors’', () => {
  test('a caseworker cannot read the audit log, nor who looked at a citizen', async () => {
    const { caseworker, anna } = await readsOfTwoCitizens();
    expect((await errorOf(caseworker.audit.list({}))).code).toBe('FORBIDDEN');
    expect((await errorOf(caseworker.audit.citizenReads({ citizenId: anna.id }))).code).toBe('FORBIDDEN');
  });
});

describe('audit.list', () => {
  test('newest first, with the staff member’s name; the read itself is logged afterwards', async () => {
    const { supervisor } = await readsOfTwoCitizens();
    const page = await supervisor.audit.list({ pagination: { currentPage: 1, pageSize: 3 } });
    expect(page.data.map((e) => [e.action, e.staffName])).toEqual([
      ['citizen.read', 'Test supervisor'],
      ['citizen.readCard', 'Test supervisor'],
      ['citizen.read', 'Test caseworker'],
    ]);
    expect(auditRows().at(-1)).toMatchObject({ action: 'audit.read', staffId: api.staff.supervisor.id, entity: 'auditLog' });
  });

  test('a CPR filter finds the entries about that citizen, and logs the search with the number masked', async () => {
    const { supervisor, anna } = await readsOfTwoCitizens();
    const found = await supervisor.audit.list({ filters: [{ field: 'citizenCpr', operator: 'eq', value: '150385-1236' }] });
    expect(found.data.map((e) => e.action)).toEqual(['citizen.readCard', 'citizen.read', 'citizen.lookup', 'citizen.create']);
    const [search, read] = auditRows().slice(-2);
    expect(search).toMatchObject({ action: 'audit.search', entity: 'citizen', entityId: String(anna.id), details: { criterion: '150385-XXXX' } });
    expect(read).toMatchObject({ action: 'audit.read', details: { citizenId: anna.id, filters: [{ field: 'citizenCpr', operator: 'eq', value: '150385-XXXX' }] } });
    expect(JSON.stringify(auditRows())).not.toMatch(fullCpr);
  });

  test('a CPR number nobody has finds nothing, and the search is still logged', async () => {
    const { supervisor } = await readsOfTwoCitizens();
    expect(await supervisor.audit.list({ filters: [{ field: 'citizenCpr', operator: 'eq', value: '3112999999' }] })).toEqual({ data: [], total: 0 });
    expect(auditRows().find((e) => e.action === 'audit.search')).toMatchObject({ entityId: null, details: { criterion: '311299-XXXX' } });
  });

  test('filters by staff member, action and time', async () => {
    const { supervisor } = await readsOfTwoCitizens();
    const page = await supervisor.audit.list({
      filters: [
        { field: 'staffId', operator: 'eq', value: api.staff.caseworker.id },
        { field: 'action', operator: 'in', value: ['citizen.read', 'citizen.lookup'] },
        { field: 'at', operator: 'gte', value: '2026-11-25T09:35:00Z' },
      ],
    });
    expect(page.data.map((e) => [e.action, e.purpose])).toEqual([['citizen.read', 'Ny MitID']]);
  });
});

describe('audit.citizenReads', () => {
  test('who looked at this citizen: reads of the record and card, newest first, with names', async () => {
    const { supervisor, anna } = await readsOfTwoCitizens();
    const reads = await supervisor.audit.citizenReads({ citizenId: anna.id });
    expect(reads.total).toBe(3);
    expect(reads.data.map((r) => [r.action, r.staffName, r.at.toISOString()])).toEqual([
      ['citizen.readCard', 'Test supervisor', '2026-11-25T09:50:00.000Z'],
      ['citizen.read', 'Test caseworker', '2026-11-25T09:40:00.000Z'],
      ['citizen.lookup', 'Test caseworker', '2026-11-25T09:30:00.000Z'],
    ]);
    expect(auditRows().at(-1)).toMatchObject({ action: 'audit.read', details: { view: 'citizenReads', citizenId: anna.id } });
  });

  test('an unknown citizen is not found', async () => {
    expect((await errorOf((await api.as('supervisor')).audit.citizenReads({ citizenId: 999 }))).code).toBe('NOT_FOUND');
  });
});
