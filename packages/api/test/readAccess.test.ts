import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { TReadAccessInput } from '@skranke/domain';
import { createTestApi, errorOf, issuesByField, type TestApi } from './harness.js';

let api: TestApi;
let caller: Awaited<ReturnType<TestApi['as']>>;
let citizenId: number;
beforeEach(async () => {
  api = await createTestApi(); // 25 November 2026
  caller = await api.as('caseworker');
  citizenId = (await caller.citizens.create({ cpr: '150385-1236', name: 'Anna Hansen', hasFixedAddress: true, address: 'Bredgade 1' })).id;
});
afterEach(() => api.close());

const access = (change: Partial<TReadAccessInput> = {}): TReadAccessInput => ({
  citizenId,
  receiverCpr: '010160-1234',
  receiverName: 'Mor Hansen',
  rights: 'read',
  endsOn: '2027-06-30',
  powerOfAttorney: true,
  ...change,
});

async function verifiedVisitToday() {
  const { id } = await caller.visits.create({ citizenId, service: 'readAccess' });
  await caller.visits.complete({ id, evidence: { method: 'documents', targetLevel: 'BETYDELIG', documents: [{ kind: 'drivingLicence', expiresOn: '2030-01-01' }] } });
  return id;
}

describe('readAccess.create', () => {
  test("with the giver verified in a visit today; the receiver's CPR number masked", async () => {
    const { id } = await caller.readAccess.create(access({ powerOfAttorney: false, visitId: await verifiedVisitToday() }));
    expect(await caller.readAccess.get({ id })).toMatchObject({ status: 'requested', receiverCprMasked: '010160-XXXX', rights: 'read' });
    expect(JSON.stringify(await caller.readAccess.list({}))).not.toMatch(/0101601234/);
  });

  test('refuses without the identity condition, an end date today, the giver as receiver, or an open visit', async () => {
    expect(issuesByField((await errorOf(caller.readAccess.create(access({ powerOfAttorney: false })))).cause)).toEqual({ visitId: 'readAccess.identityRequired' });
    expect((await errorOf(caller.readAccess.create(access({ endsOn: '2026-11-25' })))).message).toBe('readAccess.endInPast');
    expect((await errorOf(caller.readAccess.create(access({ receiverCpr: '1503851236' })))).message).toBe('readAccess.receiverIsGiver');
    const { id: openVisit } = await caller.visits.create({ citizenId, service: 'readAccess' });
    expect((await errorOf(caller.readAccess.create(access({ powerOfAttorney: false, visitId: openVisit })))).message).toBe('readAccess.visitNotVerifiedToday');
    expect((await caller.readAccess.list({})).total).toBe(0);
  });
});

describe('states', () => {
  test('requested → active → expired after the end date, computed not stored', async () => {
    const { id } = await caller.readAccess.create(access({ endsOn: '2026-12-31' }));
    await caller.readAccess.activate({ id });
    const active = () => caller.readAccess.list({ filters: [{ field: 'status', operator: 'eq', value: 'active' }] });
    expect((await active()).total).toBe(1);
    api.setNow(new Date('2026-12-31T12:00:00Z'));
    caller = await api.as('caseworker');
    expect((await caller.readAccess.get({ id })).status).toBe('active');
    api.setNow(new Date('2027-01-01T12:00:00Z'));
    caller = await api.as('caseworker');
    expect((await caller.readAccess.get({ id })).status).toBe('expired');
    expect((await active()).total).toBe(0);
    expect((await caller.readAccess.list({ filters: [{ field: 'status', operator: 'eq', value: 'expired' }] })).data.map((a) => a.id)).toEqual([id]);
    expect((await errorOf(caller.readAccess.revoke({ id, reason: 'For sent' }))).code).toBe('CONFLICT');
  });

  test('an active access can be revoked; a requested one cannot be activated twice', async () => {
    const { id } = await caller.readAccess.create(access());
    await caller.readAccess.activate({ id });
    expect((await errorOf(caller.readAccess.activate({ id }))).message).toBe('readAccess.notRequested');
    await caller.readAccess.revoke({ id, reason: 'Borgeren ønsker det ikke længere' });
    expect((await caller.readAccess.get({ id })).status).toBe('revoked');
  });
});
