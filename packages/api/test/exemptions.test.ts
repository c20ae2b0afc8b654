import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { count } from 'drizzle-orm';
import { schema } from '@skranke/db';
import type { TExemptionInput } from '@skranke/domain';
import { createTestApi, errorOf, issuesByField, type TestApi } from './harness.js';

let api: TestApi;
let caseworker: Awaited<ReturnType<TestApi['as']>>;
let supervisor: Awaited<ReturnType<TestApi['as']>>;
beforeEach(async () => {
  api = await createTestApi(); // 25 November 2026
  caseworker = await api.as('caseworker');
  supervisor = await api.as('supervisor');
});
afterEach(() => api.close());

async function request(cpr = '150385-1236', change: Partial<TExemptionInput> = {}) {
  const { id: citizenId } = await caseworker.citizens.create({ cpr, name: 'Anna Hansen', hasFixedAddress: true, address: 'Bredgade 1' });
  return (await caseworker.exemptions.create({ citizenId, capacity: 'self', idSeen: true, declarationReceived: true, ...change })).id;
}

const groundId = async (code: string) => (await caseworker.exemptions.grounds()).find((g) => g.code === code)!.id;

describe('intake', () => {
  test('every database has the five grounds of the seed', async () => {
    expect((await caseworker.exemptions.grounds()).map((g) => g.code)).toEqual(['cognitive', 'physical', 'noComputer', 'abroad', 'language']);
  });

  test('a request needs ID seen and, from the citizen, a signed declaration; nothing is stored without', async () => {
    const { id: citizenId } = await caseworker.citizens.create({ cpr: '150385-1236', name: 'Anna', hasFixedAddress: true, address: 'Vej 1' });
    const error = await errorOf(caseworker.exemptions.create({ citizenId, capacity: 'self' }));
    expect(issuesByField(error.cause)).toEqual({ idSeen: 'exemption.idRequired', declarationReceived: 'exemption.declarationRequired' });
    expect(api.db.select({ n: count() }).from(schema.exemptions).get()!.n).toBe(0);
  });
});

describe('decisions', () => {
  test("a caseworker's decide call is refused with FORBIDDEN; a supervisor's is carried out", async () => {
    const id = await request();
    expect((await errorOf(caseworker.exemptions.decide({ id, decision: 'granted', reason: 'Opfylder betingelserne.' }))).code).toBe('FORBIDDEN');
    expect(await supervisor.exemptions.decide({ id, decision: 'granted', reason: 'Opfylder betingelserne.', resendPaperPost: true })).toEqual({ id, status: 'granted' });
    expect(await caseworker.exemptions.get({ id })).toMatchObject({ status: 'granted', resendPaperPost: true, decidedByName: 'Test supervisor' });
  });

  test('refused → granted is an illegal transition and changes nothing', async () => {
    const id = await request();
    await supervisor.exemptions.decide({ id, decision: 'refused', reason: 'Borgeren trak ansøgningen.' });
    const error = await errorOf(supervisor.exemptions.decide({ id, decision: 'granted', reason: 'Alligevel.' }));
    expect(error).toMatchObject({ code: 'CONFLICT', message: 'exemption.illegalTransition' });
    expect((await caseworker.exemptions.get({ id })).status).toBe('refused');
  });

  test('a grant can be revoked, once', async () => {
    const id = await request();
    await supervisor.exemptions.decide({ id, decision: 'granted', reason: 'OK' });
    await supervisor.exemptions.revoke({ id, reason: 'Borgeren har fået computer.' });
    expect((await errorOf(supervisor.exemptions.revoke({ id, reason: 'Igen' }))).code).toBe('CONFLICT');
  });

  test('a citizen under 15 cannot be granted (no mailbox yet)', async () => {
    const id = await request('010112-4000');
    expect((await errorOf(supervisor.exemptions.decide({ id, decision: 'granted', reason: 'OK' }))).message).toBe('exemption.underAge');
  });

  test('residence abroad is always granted, never refused', async () => {
    const id = await request('150385-1236', { groundId: await groundId('abroad') });
    expect((await errorOf(supervisor.exemptions.decide({ id, decision: 'refused', reason: 'Nej' }))).message).toBe('exemption.abroadAlwaysGranted');
    await expect(supervisor.exemptions.decide({ id, decision: 'granted', reason: 'Bor i Spanien' })).resolves.toMatchObject({ status: 'granted' });
  });

  test('the supervisor queue lists open requests oldest first, CPR masked', async () => {
    const first = await request('150385-1236');
    api.setNow(new Date(api.now().getTime() + 60_000));
    const second = await request('010203-4567');
    await supervisor.exemptions.decide({ id: second, decision: 'refused', reason: 'Trukket tilbage' });
    const queue = await supervisor.exemptions.list({ filters: [{ field: 'status', operator: 'eq', value: 'requested' }] });
    expect(queue.data.map((e) => [e.id, e.citizenCprMasked])).toEqual([[first, '150385-XXXX']]);
  });
});

test("the citizen card shows the current exemption and the citizen's read accesses", async () => {
  const id = await request();
  await supervisor.exemptions.decide({ id, decision: 'granted', reason: 'OK' });
  const exemption = await caseworker.exemptions.get({ id });
  await caseworker.readAccess.create({ citizenId: exemption.citizenId, receiverCpr: '010160-1234', receiverName: 'Mor', rights: 'readWrite', endsOn: '2027-01-31', powerOfAttorney: true });
  const card = await caseworker.citizens.card({ id: exemption.citizenId });
  expect(card.exemption).toMatchObject({ id, status: 'granted' });
  expect(card.readAccesses).toMatchObject([{ receiverName: 'Mor', receiverCprMasked: '010160-XXXX', rights: 'readWrite', status: 'requested' }]);
});
