import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@skranke/db';
import type { TCitizenInput, TVisitEvidenceInput } from '@skranke/domain';
import { AppErrorCause } from '../src/errors.js';
import { abortStaleVisits } from '../src/index.js';
import { createTestApi, errorOf, issuesByField, type TestApi } from './harness.js';

let api: TestApi;
let caller: Awaited<ReturnType<TestApi['as']>>;
// The harness clock: 25 November 2026, 10:30 in Copenhagen.
beforeEach(async () => {
  api = await createTestApi();
  caller = await api.as('caseworker');
});
afterEach(() => api.close());

const adult: TCitizenInput = { cpr: '150385-1236', name: 'Anna Hansen', hasFixedAddress: true, address: 'Bredgade 1, 1260 København K' };
const licence = { kind: 'drivingLicence', expiresOn: '2030-01-01' };
/** The counter's common case for a credential: a driving licence and three right CPR questions. */
const byQuestions: TVisitEvidenceInput = { method: 'cprQuestions', targetLevel: 'BETYDELIG', documents: [licence], cprQuestions: { asked: 3, correct: 3 } };
const witness = { cpr: '010180-1234', name: 'Vera Vidne', mitIdSince: '2025-01-01', photoIdSeen: true };
const byWitness: TVisitEvidenceInput = { ...byQuestions, method: 'witness', witness };

async function startVisit(citizen: Partial<TCitizenInput> = {}, service: 'newMitId' | 'nemIdKeyCard' = 'newMitId') {
  const { id: citizenId } = await caller.citizens.create({ ...adult, ...citizen });
  const { id } = await caller.visits.create({ citizenId, service });
  return id;
}

const visitRow = (id: number) => api.db.select().from(schema.visits).where(eq(schema.visits.id, id)).get()!;
const documentsOf = (id: number) => api.db.select().from(schema.visitDocuments).where(eq(schema.visitDocuments.visitId, id)).all();

/** The rule codes a refused call carries. */
async function brokenRules(call: Promise<unknown>) {
  const error = await errorOf(call);
  expect(error.code).toBe('BAD_REQUEST');
  expect(error.cause).toBeInstanceOf(AppErrorCause);
  return (error.cause as AppErrorCause).violations.map((v) => v.code);
}

describe('visits.complete', () => {
  test('verifies by a driving licence and CPR questions, stores the evidence and audits it', async () => {
    const id = await startVisit();
    expect(await caller.visits.complete({ id, evidence: byQuestions })).toEqual({ id, level: 'BETYDELIG' });
    expect(visitRow(id)).toMatchObject({ outcome: 'verified', level: 'BETYDELIG', method: 'cprQuestions', cprQuestionsAsked: 3, day: '2026-11-25', caseworkerId: api.staff.caseworker.id });
    expect(documentsOf(id)).toMatchObject([{ kind: 'drivingLicence', expiresOn: '2030-01-01', temporary: false }]);
    const actions = api.db.select().from(schema.auditLog).where(eq(schema.auditLog.entity, 'visit')).all().map((a) => a.action);
    expect(actions).toEqual(['visit.create', 'visit.complete']);
  });

  // Each rule is enforced by the server even when the browser is bypassed; a refused call stores nothing.
  test.each<[string, Partial<TCitizenInput>, TVisitEvidenceInput, string, ('newMitId' | 'nemIdKeyCard')?]>([
    ['an expired document', {}, { ...byQuestions, documents: [{ ...licence, expiresOn: '2026-11-24' }] }, 'visit.documentExpired'],
    ['a temporary health card', {}, { ...byQuestions, documents: [{ kind: 'temporaryHealthCard' }, licence] }, 'visit.documentNeverAccepted'],
    ['a digital copy of a passport', {}, { ...byQuestions, documents: [{ kind: 'passportWithCpr', expiresOn: '2030-01-01', digitalCopy: true }] }, 'visit.documentNotPhysical'],
    ['a foreign passport alone for BETYDELIG', {}, { ...byQuestions, documents: [{ kind: 'foreignPassport', expiresOn: '2030-01-01' }] }, 'visit.cprDocumentRequired'],
    ['a new MitID without the citizen present', {}, { ...byQuestions, inPerson: false }, 'visit.inPersonRequired'],
    ['two CPR questions', {}, { ...byQuestions, method: 'cprQuestions', cprQuestions: { asked: 2, correct: 2 } }, 'visit.cprQuestionsTooFew'],
    ['a wrong CPR answer', {}, { ...byQuestions, method: 'cprQuestions', cprQuestions: { asked: 3, correct: 2 } }, 'visit.cprQuestionsWrong'],
    ['a witness with MitID for 9 days', {}, { ...byWitness, witness: { ...witness, mitIdSince: '2026-11-16' } }, 'visit.witnessMitIdTooNew'],
    ['a witness with MitID since before MitID was issued', {}, { ...byWitness, witness: { ...witness, mitIdSince: '2020-06-01' } }, 'visit.witnessMitIdBeforeIssued'],
    ['a witness of 17', {}, { ...byWitness, witness: { ...witness, cpr: '010109-4321' } }, 'visit.witnessUnderAge'],
    ['the citizen as their own witness', {}, { ...byWitness, witness: { ...witness, cpr: adult.cpr } }, 'visit.witnessIsApplicant'],
    ['a witness without photo ID', {}, { ...byWitness, witness: { ...witness, photoIdSeen: false } }, 'visit.witnessPhotoIdMissing'],
    ['a witness whose photo ID lacks the CPR number', {}, { ...byWitness, witness: { ...witness, photoIdHasCpr: false } }, 'visit.witnessCprDocumentMissing'],
    ['an applicant of 12 for MitID', { cpr: '010114-4000' }, byQuestions, 'visit.applicantUnderAge'],
    ['a substitute CPR number', { cpr: '750385-1236' }, byQuestions, 'visit.noDanishCpr'],
    ['a NemID key card in 2026', {}, byQuestions, 'visit.nemIdEnded', 'nemIdKeyCard'],
  ])('refuses %s with its rule code and stores nothing', async (_, citizen, evidence, code, service) => {
    const id = await startVisit(citizen, service);
    expect(await brokenRules(caller.visits.complete({ id, evidence }))).toContain(code);
    expect(visitRow(id)).toMatchObject({ outcome: 'open', level: null, method: null, witnessId: null });
    expect(documentsOf(id)).toEqual([]);
    expect(api.db.select().from(schema.witnesses).all()).toEqual([]);
  });

  test('refuses a citizen without any address on record (legacy data) [seed]', async () => {
    const id = await startVisit();
    api.db.update(schema.citizens).set({ hasFixedAddress: false, address: null, postalAddress: null }).run();
    expect(await brokenRules(caller.visits.complete({ id, evidence: byQuestions }))).toEqual(['visit.postalAddressMissing']);
  });

  test('a witness may confirm three other people within 120 days, not a fourth', async () => {
    const others = ['010203-4567', '020304-5678', '030405-6789'];
    for (const cpr of others) {
      const id = await startVisit({ cpr, name: `Person ${cpr}` });
      await caller.visits.complete({ id, evidence: byWitness });
    }
    const fourth = await startVisit();
    expect(await brokenRules(caller.visits.complete({ id: fourth, evidence: byWitness }))).toEqual(['visit.witnessLimitReached']);
    // 120 days on, the first day's witnessings fall out of the 120 days ending today.
    api.setNow(new Date('2027-03-25T10:00:00Z'));
    caller = await api.as('caseworker'); // a new day, a new login
    expect(await caller.visits.complete({ id: fourth, evidence: { ...byWitness, documents: [licence] } })).toMatchObject({ level: 'BETYDELIG' });
  });

  test('a witness still counts on the 120th day of the window', async () => {
    for (const cpr of ['010203-4567', '020304-5678', '030405-6789']) {
      const id = await startVisit({ cpr, name: `Person ${cpr}` });
      await caller.visits.complete({ id, evidence: byWitness });
    }
    api.setNow(new Date('2027-03-24T10:00:00Z')); // day 119 after: the window still holds all three
    caller = await api.as('caseworker');
    const fourth = await startVisit();
    expect(await brokenRules(caller.visits.complete({ id: fourth, evidence: byWitness }))).toEqual(['visit.witnessLimitReached']);
  });

  test('a witness left in a documents visit is neither stored nor counted', async () => {
    for (const cpr of ['010203-4567', '020304-5678', '030405-6789']) {
      const id = await startVisit({ cpr, name: `Person ${cpr}` });
      await caller.visits.complete({ id, evidence: { ...byQuestions, witness } });
      expect(visitRow(id).witnessId).toBeNull();
    }
    const id = await startVisit();
    expect(await caller.visits.complete({ id, evidence: byWitness })).toMatchObject({ level: 'BETYDELIG' });
  });

  test('a closed visit cannot be completed again', async () => {
    const id = await startVisit();
    await caller.visits.complete({ id, evidence: byQuestions });
    expect(await errorOf(caller.visits.complete({ id, evidence: byQuestions }))).toMatchObject({ code: 'CONFLICT', message: 'visit.notOpen' });
  });

  test('a document that has an expiry date must have it recorded, or the expiry rule could be skipped', async () => {
    const id = await startVisit();
    expect(await brokenRules(caller.visits.complete({ id, evidence: { ...byQuestions, documents: [{ kind: 'drivingLicence' }] } }))).toEqual(['visit.expiryRequired', 'visit.legitimationMissing']);
    expect(await caller.visits.assess({ id, evidence: { ...byQuestions, documents: [licence, { kind: 'healthCard' }] } })).toEqual({ verified: true, level: 'BETYDELIG', violations: [] });
  });

  test('a witness MitID date of 0000-01-01 is refused as a typing error on its field', async () => {
    const id = await startVisit();
    const error = await errorOf(caller.visits.complete({ id, evidence: { ...byWitness, witness: { ...witness, mitIdSince: '0000-01-01' } } }));
    expect(issuesByField(error.cause)).toEqual({ 'evidence.witness.mitIdSince': 'validation.dateRange' });
  });

  test('rejects incomplete evidence with field messages', async () => {
    const id = await startVisit();
    const error = await errorOf(caller.visits.complete({ id, evidence: { method: 'witness', targetLevel: 'BETYDELIG', documents: [] } }));
    expect(issuesByField(error.cause)).toEqual({ 'evidence.documents': 'visit.documentsRequired', 'evidence.witness': 'validation.required' });
  });
});

describe('visits.assess', () => {
  test('gives live feedback without storing anything', async () => {
    const id = await startVisit();
    const feedback = await caller.visits.assess({ id, evidence: { ...byWitness, witness: { ...witness, mitIdSince: '2026-11-20' } } });
    expect(feedback).toMatchObject({ verified: false, violations: [{ code: 'visit.witnessMitIdTooNew', params: { days: 5, minimum: 10 } }] });
    expect(await caller.visits.assess({ id, evidence: byQuestions })).toEqual({ verified: true, level: 'BETYDELIG', violations: [] });
    expect(visitRow(id).outcome).toBe('open');
  });
});

describe('visits.refuse and abort', () => {
  test('a refusal records its reason and the rules the evidence broke', async () => {
    const id = await startVisit();
    const evidence = { ...byWitness, witness: { ...witness, mitIdSince: '2026-11-20' } };
    const broken = [{ code: 'visit.witnessMitIdTooNew', path: 'witness.mitIdSince', params: { days: 5, minimum: 10 } }];
    expect(await caller.visits.refuse({ id, reason: 'Vidnets MitID er for nyt.', evidence })).toEqual({ id, brokenRules: broken });
    // Kept with their numbers, so the record reads the same later even if the policy changes.
    expect(visitRow(id)).toMatchObject({ outcome: 'refused', refusalReason: 'Vidnets MitID er for nyt.', brokenRules: broken });
  });

  test('a refusal without a reason is refused', async () => {
    const id = await startVisit();
    const error = await errorOf(caller.visits.refuse({ id, reason: ' ' }));
    expect(issuesByField(error.cause)).toEqual({ reason: 'validation.required' });
    expect(visitRow(id).outcome).toBe('open');
  });

  test('an aborted visit is closed', async () => {
    const id = await startVisit();
    await caller.visits.abort({ id });
    expect(visitRow(id)).toMatchObject({ outcome: 'aborted' });
  });
});

describe('a visit left open (the page closed, the browser crashed)', () => {
  test('is closed as aborted at the next start-up or midnight, by the system and audited; today\'s stay open', async () => {
    const yesterday = await startVisit();
    api.setNow(new Date('2026-11-26T08:00:00Z'));
    caller = await api.as('caseworker');
    const today = (await caller.visits.create({ citizenId: visitRow(yesterday).citizenId, service: 'newMitId' })).id;
    expect(abortStaleVisits(api.db, api.now())).toBe(1);
    expect(visitRow(yesterday)).toMatchObject({ outcome: 'aborted', closedAt: api.now() });
    expect(visitRow(today).outcome).toBe('open');
    const entry = api.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'visit.abort')).get();
    expect(entry).toMatchObject({ staffId: null, entityId: String(yesterday), details: { stale: true } });
    expect(abortStaleVisits(api.db, api.now())).toBe(0);
  });

  test('can be resumed by another caseworker and completed the same day', async () => {
    const id = await startVisit();
    const colleague = await api.as('supervisor');
    expect((await colleague.citizens.card({ id: visitRow(id).citizenId })).visits.open).toEqual([expect.objectContaining({ id })]);
    expect(await colleague.visits.complete({ id, evidence: byQuestions })).toEqual({ id, level: 'BETYDELIG' });
  });
});

describe('visits.list and get', () => {
  test('filters by day, method and outcome, with the CPR number masked', async () => {
    const verified = await startVisit();
    await caller.visits.complete({ id: verified, evidence: byQuestions });
    api.setNow(new Date('2026-11-26T09:00:00Z'));
    caller = await api.as('caseworker');
    const refused = await startVisit({ cpr: '010203-4567' });
    await caller.visits.refuse({ id: refused, reason: 'Kunne ikke fastslå identiteten.' });

    const onDay = await caller.visits.list({ filters: [{ field: 'day', operator: 'gte', value: '2026-11-26' }, { field: 'day', operator: 'lte', value: '2026-11-26' }] });
    expect(onDay.data.map((v) => v.id)).toEqual([refused]);
    const byMethod = await caller.visits.list({ filters: [{ field: 'method', operator: 'eq', value: 'cprQuestions' }] });
    expect(byMethod.data.map((v) => [v.id, v.citizenCprMasked, v.caseworkerName])).toEqual([[verified, '150385-XXXX', 'Test caseworker']]);
    const all = await caller.visits.list({ filters: [{ field: 'caseworkerId', operator: 'eq', value: api.staff.caseworker.id }] });
    expect(all.total).toBe(2);
    expect(JSON.stringify(all)).not.toMatch(/\d{6}-?\d{4}/);
  });

  test('get returns the full record with its audit history; reads, this one included, only for a supervisor', async () => {
    const id = await startVisit();
    await caller.visits.complete({ id, evidence: byWitness });
    const visit = await caller.visits.get({ id });
    expect(visit).toMatchObject({ outcome: 'verified', caseworkerName: 'Test caseworker', witness: { name: 'Vera Vidne', cprMasked: '010180-XXXX' }, citizen: { name: 'Anna Hansen', age: 41 } });
    // [pub] Who read what is the audit log's, which is the supervisors': a caseworker sees the changes.
    expect(visit.history.map((h) => [h.action, h.staffName])).toEqual([
      ['visit.create', 'Test caseworker'],
      ['visit.complete', 'Test caseworker'],
    ]);
    const supervisor = await api.as('supervisor');
    expect((await supervisor.visits.get({ id })).history.map((h) => [h.action, h.staffName])).toEqual([
      ['visit.create', 'Test caseworker'],
      ['visit.complete', 'Test caseworker'],
      ['visit.read', 'Test caseworker'],
      ['visit.read', 'Test supervisor'],
    ]);
  });
});

describe('citizens.lookup', () => {
  test('finds the citizen card by CPR number and logs the lookup masked', async () => {
    const id = await startVisit();
    const card = await caller.citizens.lookup({ cpr: '1503851236' });
    expect(card).toMatchObject({ id: expect.any(Number), name: 'Anna Hansen', cprMasked: '150385-XXXX', age: 41, visits: { open: [{ id, service: 'newMitId' }], recent: [{ id, outcome: 'open' }] } });
    expect(await caller.citizens.lookup({ cpr: '010203-4567' })).toBeNull();
    const lookups = api.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'citizen.lookup')).all();
    expect(lookups.map((a) => a.details?.criterion)).toEqual(['150385-XXXX', '010203-XXXX']);
  });
});
