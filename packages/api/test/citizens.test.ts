import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { count } from 'drizzle-orm';
import { schema } from '@skranke/db';
import type { TCitizenInput } from '@skranke/domain';
import { createTestApi, errorOf, issuesByField, type TestApi } from './harness.js';

let api: TestApi;
beforeEach(async () => void (api = await createTestApi()));
afterEach(() => api.close());

const anna: TCitizenInput = {
  cpr: '150385-1236',
  name: 'Anna Hansen',
  hasFixedAddress: true,
  address: 'Bredgade 1, 1260 København K',
  phone: '12 34 56 78',
  email: 'anna@example.dk',
};

const citizenCount = () => api.db.select({ n: count() }).from(schema.citizens).get()!.n;
const audit = () => api.db.select().from(schema.auditLog).all();

describe('citizens.create', () => {
  test('stores a valid citizen and answers with the CPR number masked', async () => {
    const caller = await api.as('caseworker');
    const created = await caller.citizens.create(anna);
    expect(created).toMatchObject({ name: 'Anna Hansen', cprMasked: '150385-XXXX', phone: '12 34 56 78' });
    expect(JSON.stringify(created)).not.toContain('1236');
    expect(audit().at(-1)).toMatchObject({ action: 'citizen.create', entity: 'citizen', entityId: String(created.id), staffId: api.staff.caseworker.id });
  });

  test.each([
    ['a number with an impossible date', { cpr: '310485-1234' }, 'cpr', 'cpr.date'],
    ['a number of the wrong form', { cpr: '15038-1236' }, 'cpr', 'cpr.format'],
    ['a number whose birth date lies in the future (2030)', { cpr: '010130-4000' }, 'cpr', 'cpr.future'],
    ['a missing name', { name: '  ' }, 'name', 'validation.required'],
    ['no fixed address and no postal address', { hasFixedAddress: false, address: null }, 'postalAddress', 'citizen.postalAddressRequired'],
    ['a guardianship without the guardian', { guardianship: 'guardianship' as const }, 'guardianName', 'citizen.guardianNameRequired'],
    ['a malformed e-mail', { email: 'anna@' }, 'email', 'validation.email'],
  ])('refuses %s on that field and stores nothing', async (_, change, field, key) => {
    const caller = await api.as('caseworker');
    const error = await errorOf(caller.citizens.create({ ...anna, ...change }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(issuesByField(error.cause)[field]).toBe(key);
    expect(citizenCount()).toBe(0);
    expect(audit().filter((a) => a.action === 'citizen.create')).toHaveLength(0);
  });

  test('accepts a substitute number and one failing modulus 11', async () => {
    const caller = await api.as('caseworker');
    await caller.citizens.create({ ...anna, cpr: '750385-1236' });
    await caller.citizens.create({ ...anna, cpr: '1503851237' });
    expect(citizenCount()).toBe(2);
  });

  test('refuses a second citizen with the same CPR number, written either way', async () => {
    const caller = await api.as('caseworker');
    await caller.citizens.create(anna);
    const error = await errorOf(caller.citizens.create({ ...anna, cpr: '1503851236', name: 'Other' }));
    expect(error).toMatchObject({ code: 'CONFLICT', message: 'citizen.cprTaken' });
    expect(citizenCount()).toBe(1);
  });
});

describe('citizens.get', () => {
  test('returns the full record with age, and logs the read with its purpose', async () => {
    const caller = await api.as('supervisor');
    const { id } = await caller.citizens.create(anna);
    const record = await caller.citizens.get({ id, purpose: 'Ny betjening' });
    expect(record).toMatchObject({ cpr: '150385-1236', age: 41, birthDate: '1985-03-15', isSubstituteCpr: false });
    expect(audit().at(-1)).toMatchObject({ action: 'citizen.read', entityId: String(id), purpose: 'Ny betjening' });
  });

  test.each([
    ['written out', 'Borgeren 1509971897 ringede'],
    ['with spaces', 'Borgeren 15 09 97 1897 ringede'],
    ['in full-width digits', 'Borgeren １５０９９７１８９７ ringede'],
    ['with an en dash', 'Borgeren 150997–1897 ringede'],
  ])('a CPR number %s in the purpose is masked before it reaches the log', async (_, purpose) => {
    const caller = await api.as('caseworker');
    const { id } = await caller.citizens.create(anna);
    await caller.citizens.get({ id, purpose });
    expect(audit().at(-1)).toMatchObject({ action: 'citizen.read', purpose: 'Borgeren 150997-XXXX ringede' });
  });

  test('a search written in full-width digits finds the citizen; it and one with spaces are logged masked', async () => {
    const caller = await api.as('caseworker');
    await caller.citizens.create(anna);
    const found = await caller.citizens.list({ filters: [{ field: 'q', operator: 'contains', value: '１５０３８５１２３６' }] });
    expect(found.data.map((c) => c.name)).toEqual(['Anna Hansen']);
    await caller.citizens.list({ filters: [{ field: 'q', operator: 'contains', value: '15 03 85 1236' }] });
    const criteria = audit().filter((a) => a.action === 'citizen.search').map((a) => a.details?.criterion);
    expect(criteria).toEqual(['150385-XXXX', '150385-XXXX']);
  });

  test('answers NOT_FOUND for an unknown id', async () => {
    const caller = await api.as('caseworker');
    expect((await errorOf(caller.citizens.get({ id: 999 }))).code).toBe('NOT_FOUND');
  });
});

describe('citizens.list', () => {
  async function seedThree() {
    const caller = await api.as('caseworker');
    await caller.citizens.create({ ...anna, name: 'Bo Berg', cpr: '010203-4567' });
    await caller.citizens.create({ ...anna, name: 'Anna Hansen' });
    await caller.citizens.create({ ...anna, name: 'Carl Dahl', cpr: '151299-1112', hasFixedAddress: false, address: null, postalAddress: 'Postboks 7, 8000 Aarhus C' });
    return caller;
  }

  test('pages and sorts on the server, masking every CPR number', async () => {
    const caller = await seedThree();
    const page = await caller.citizens.list({ pagination: { currentPage: 2, pageSize: 2 }, sorters: [{ field: 'name', order: 'asc' }] });
    expect(page.total).toBe(3);
    expect(page.data.map((c) => c.name)).toEqual(['Carl Dahl']);
    const all = await caller.citizens.list({ sorters: [{ field: 'name', order: 'desc' }] });
    expect(all.data.map((c) => c.cprMasked)).toEqual(['151299-XXXX', '010203-XXXX', '150385-XXXX']);
    expect(JSON.stringify(all)).not.toMatch(/\d{6}-?\d{4}/);
  });

  test('opens with the most recently changed first (a statement prepared once), and shows each change at once', async () => {
    const caller = await seedThree();
    const bo = (await caller.citizens.list({ filters: [{ field: 'q', operator: 'contains', value: 'Bo' }] })).data[0]!;
    api.setNow(new Date('2026-11-25T10:00:00Z'));
    await caller.citizens.update({ id: bo.id, data: { ...anna, name: 'Bo Berg', cpr: '010203-4567', phone: '87 65 43 21' } });
    const opened = async (currentPage: number, extra: object = {}) =>
      caller.citizens.list({ pagination: { currentPage, pageSize: 2 }, ...extra });
    expect((await opened(1)).data.map((c) => c.name)).toEqual(['Bo Berg', 'Carl Dahl']);
    expect(await opened(2)).toMatchObject({ total: 3, data: [{ name: 'Anna Hansen', cprMasked: '150385-XXXX' }] });
    // As the web app opens it: sorted by the same column, with an empty search box.
    const asTheWebOpensIt = { sorters: [{ field: 'updatedAt', order: 'desc' }], filters: [{ field: 'q', operator: 'contains', value: '' }] };
    expect(await opened(1, asTheWebOpensIt)).toEqual(await opened(1));
    api.setNow(new Date('2026-11-25T10:05:00Z'));
    await caller.citizens.create({ ...anna, name: 'Dora Enevoldsen', cpr: '020304-5678' });
    expect(await opened(1)).toMatchObject({ total: 4, data: [{ name: 'Dora Enevoldsen' }, { name: 'Bo Berg' }] });
  });

  test('finds by name fragment or by CPR number, and logs the search masked', async () => {
    const caller = await seedThree();
    const byName = await caller.citizens.list({ filters: [{ field: 'q', operator: 'contains', value: 'ann' }] });
    expect(byName.data.map((c) => c.name)).toEqual(['Anna Hansen']);
    const byCpr = await caller.citizens.list({ filters: [{ field: 'q', operator: 'contains', value: '151299-1112' }] });
    expect(byCpr.data.map((c) => c.name)).toEqual(['Carl Dahl']);
    const byBirthDate = await caller.citizens.list({ filters: [{ field: 'q', operator: 'contains', value: '010203' }] });
    expect(byBirthDate.total).toBe(1);
    const searches = audit().filter((a) => a.action === 'citizen.search').map((a) => a.details?.criterion);
    expect(searches).toEqual(['ann', '151299-XXXX', '010203']); // a date of birth alone is what the masked form shows anyway
  });

  test('finds a CPR number written the ways the counter lookup accepts: a space or an en dash', async () => {
    const caller = await seedThree();
    for (const written of ['151299 1112', '151299–1112']) {
      const found = await caller.citizens.list({ filters: [{ field: 'q', operator: 'contains', value: written }] });
      expect(found.data.map((c) => c.name)).toEqual(['Carl Dahl']);
    }
    expect(await caller.citizens.lookup({ cpr: '151299 1112' })).toMatchObject({ name: 'Carl Dahl' });
  });

  test('[pub] a protected address shows on the citizen\'s own record only, never in the list', async () => {
    const caller = await api.as('caseworker');
    const { id } = await caller.citizens.create({ ...anna, addressProtected: true });
    expect(await caller.citizens.get({ id })).toMatchObject({ address: anna.address, addressProtected: true });
    const listed = await caller.citizens.list({});
    expect(listed.data).toEqual([expect.objectContaining({ id, address: null, addressProtected: true })]);
    expect(JSON.stringify(listed)).not.toContain('Bredgade');
  });

  test('a CPR number written any other way is masked in the audit log too', async () => {
    const caller = await seedThree();
    for (const value of ['151299 1112', '151299.1112', '15129911125']) {
      await caller.citizens.list({ filters: [{ field: 'q', operator: 'contains', value }] });
    }
    const searches = audit().filter((a) => a.action === 'citizen.search').map((a) => a.details?.criterion);
    expect(searches).toEqual(['151299-XXXX', '151299-XXXX', '151299-XXXX']);
  });

  test('takes one search box only, so no search escapes the audit log', async () => {
    const caller = await seedThree();
    const twoSearches = { filters: [{ field: 'q' as const, operator: 'contains' as const, value: '' }, { field: 'q' as const, operator: 'contains' as const, value: '151299-1112' }] };
    expect((await errorOf(caller.citizens.list(twoSearches))).code).toBe('BAD_REQUEST');
  });

  test('matches % and _ in a name literally', async () => {
    const caller = await seedThree();
    await caller.citizens.create({ ...anna, cpr: '020202-2222', name: 'Bo_Ib 100%' });
    const find = async (value: string) => (await caller.citizens.list({ filters: [{ field: 'q', operator: 'contains', value }] })).data.map((c) => c.name);
    expect(await find('o_I')).toEqual(['Bo_Ib 100%']);
    expect(await find('100%')).toEqual(['Bo_Ib 100%']);
    expect(await find('n_a')).toEqual([]);
  });

  test('filters on address status', async () => {
    const caller = await seedThree();
    const noAddress = await caller.citizens.list({ filters: [{ field: 'hasFixedAddress', operator: 'eq', value: false }] });
    expect(noAddress.data.map((c) => c.name)).toEqual(['Carl Dahl']);
  });

  test('refuses sort fields and filters outside the whitelist', async () => {
    const caller = await seedThree();
    const input = (value: unknown) => value as Parameters<typeof caller.citizens.list>[0];
    expect((await errorOf(caller.citizens.list(input({ sorters: [{ field: 'cpr', order: 'asc' }] })))).code).toBe('BAD_REQUEST');
    expect((await errorOf(caller.citizens.list(input({ filters: [{ field: 'cpr', operator: 'eq', value: '1' }] })))).code).toBe('BAD_REQUEST');
    expect((await errorOf(caller.citizens.list(input({ filters: [{ field: 'hasFixedAddress', operator: 'eq', value: 'yes' }] })))).code).toBe('BAD_REQUEST');
    expect((await errorOf(caller.citizens.list(input({ pagination: { currentPage: 1, pageSize: 5000 } })))).code).toBe('BAD_REQUEST');
  });
});

describe('citizens.update', () => {
  test('changes the record and logs which fields changed, not their values', async () => {
    const caller = await api.as('caseworker');
    const { id } = await caller.citizens.create(anna);
    api.setNow(new Date('2026-11-25T10:00:00Z'));
    const updated = await caller.citizens.update({ id, data: { ...anna, phone: '87 65 43 21', cpr: '150385-9999' } });
    expect(updated.updatedAt).toEqual(new Date('2026-11-25T10:00:00Z'));
    const entry = audit().at(-1)!;
    expect(entry).toMatchObject({ action: 'citizen.update', entityId: String(id) });
    expect((entry.details?.changed as string[]).sort()).toEqual(['cpr', 'phone']);
    expect(JSON.stringify(entry)).not.toContain('9999');
  });

  test("refuses taking another citizen's CPR number and keeps the record as it was", async () => {
    const caller = await api.as('caseworker');
    await caller.citizens.create({ ...anna, cpr: '010203-4567', name: 'Bo Berg' });
    const { id } = await caller.citizens.create(anna);
    const error = await errorOf(caller.citizens.update({ id, data: { ...anna, cpr: '010203-4567', name: 'Changed' } }));
    expect(error.code).toBe('CONFLICT');
    expect((await caller.citizens.get({ id })).name).toBe('Anna Hansen');
  });
});

test('no audit entry ever holds a CPR number', async () => {
  const caller = await api.as('caseworker');
  const { id } = await caller.citizens.create(anna);
  await caller.citizens.get({ id });
  await caller.citizens.list({ filters: [{ field: 'q', operator: 'contains', value: '1503851236' }] });
  await caller.citizens.update({ id, data: { ...anna, name: 'Anna B. Hansen' } });
  expect(JSON.stringify(audit())).not.toMatch(/1236/);
});
