import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { TVisitEvidenceInput } from '@skranke/domain';
import { createTestApi, errorOf, issuesByField, type TestApi } from './harness.js';

let api: TestApi;
// The harness clock: Wednesday 25 November 2026, 10:30 in Copenhagen.
beforeEach(async () => void (api = await createTestApi()));
afterEach(() => api.close());

/** A credential verified as the counter does it: a driving licence and three right CPR questions. */
const licence: TVisitEvidenceInput = { method: 'cprQuestions', targetLevel: 'BETYDELIG', documents: [{ kind: 'drivingLicence', expiresOn: '2030-01-01' }], cprQuestions: { asked: 3, correct: 3 } };

/** Two visits by the caseworker (one verified, one aborted) and one refused by the supervisor, all today. */
async function aDayAtTheCounter() {
  const caseworker = await api.as('caseworker');
  const supervisor = await api.as('supervisor');
  const { id: citizenId } = await caseworker.citizens.create({ cpr: '150385-1236', name: 'Anna', hasFixedAddress: true, address: 'Vej 1' });
  const verified = await caseworker.visits.create({ citizenId, service: 'newMitId' });
  await caseworker.visits.complete({ id: verified.id, evidence: licence });
  await caseworker.visits.abort({ id: (await caseworker.visits.create({ citizenId, service: 'readAccess' })).id });
  await supervisor.visits.refuse({ id: (await supervisor.visits.create({ citizenId, service: 'newMitId' })).id, reason: 'Tvivl om identiteten' });
  return { caseworker, supervisor };
}
const today = { from: '2026-11-25', to: '2026-11-25' };

describe('reports.summary', () => {
  test('a supervisor sees every caseworker, or one chosen', async () => {
    const { supervisor } = await aDayAtTheCounter();
    const all = await supervisor.reports.summary(today);
    expect(all.visits.total).toBe(3);
    expect(all.visits.byCaseworker.map((c) => [c.caseworkerName, c.total])).toEqual([['Test caseworker', 2], ['Test supervisor', 1]]);
    expect(all.refusalReasons).toEqual([{ code: null, count: 1 }]);
    const one = await supervisor.reports.summary({ ...today, caseworkerId: api.staff.caseworker.id });
    expect(one.visits.byOutcome.filter((o) => o.count > 0)).toEqual([{ outcome: 'verified', count: 1 }, { outcome: 'aborted', count: 1 }]);
  });

  test("a caseworker sees only their own figures, and is refused another caseworker's", async () => {
    const { caseworker } = await aDayAtTheCounter();
    const mine = await caseworker.reports.summary(today);
    expect(mine.range.caseworkerId).toBe(api.staff.caseworker.id);
    expect(mine.visits.total).toBe(2);
    expect(mine.refusalReasons).toEqual([]);
    expect((await errorOf(caseworker.reports.summary({ ...today, caseworkerId: api.staff.supervisor.id }))).code).toBe('FORBIDDEN');
  });

  test('an end date before the start is refused on the end date', async () => {
    const error = await errorOf((await api.as('supervisor')).reports.summary({ from: '2026-11-25', to: '2026-11-01' }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(issuesByField(error.cause)).toEqual({ to: 'validation.rangeReversed' });
  });

  test('a range ending 9999-12-31 is refused as a typing error, not answered with a server error', async () => {
    const error = await errorOf((await api.as('supervisor')).reports.summary({ from: '2026-01-01', to: '9999-12-31' }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(issuesByField(error.cause)).toEqual({ to: 'validation.dateRange' });
  });
});

describe('reports.dashboard', () => {
  test('today and this week from Monday, counted for the caller when a caseworker', async () => {
    const { caseworker, supervisor } = await aDayAtTheCounter();
    const mine = await caseworker.reports.dashboard({});
    expect(mine.today.range).toEqual({ from: '2026-11-25', to: '2026-11-25', caseworkerId: api.staff.caseworker.id });
    expect(mine.week.range).toEqual({ from: '2026-11-23', to: '2026-11-25', caseworkerId: api.staff.caseworker.id });
    expect([mine.today.visits.total, mine.week.visits.total]).toEqual([2, 2]);
    expect((await supervisor.reports.dashboard()).today.visits.total).toBe(3);
    expect((await errorOf(caseworker.reports.dashboard({ caseworkerId: api.staff.supervisor.id }))).code).toBe('FORBIDDEN');
  });

  test('the week does not reach back before Monday', async () => {
    await aDayAtTheCounter();
    api.setNow(new Date('2026-11-30T09:00:00Z')); // the next Monday
    const next = await (await api.as('supervisor')).reports.dashboard();
    expect(next.week.range).toMatchObject({ from: '2026-11-30', to: '2026-11-30' });
    expect(next.week.visits.total).toBe(0);
  });
});
