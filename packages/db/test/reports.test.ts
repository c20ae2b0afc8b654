import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { policy, type RuleViolation, type VerificationMethod, type VisitOutcome, type VisitService } from '@skranke/domain';
import { closeDatabase, openDatabase, reportSummary, schema, type Db } from '../src/index.js';

/*
 * A small, hand-counted world on Wednesday 25 November 2026, 13:00 in Copenhagen. The reported range is Monday 23
 * to Wednesday 25 November; every fixture below says which figures it should (or should not) move.
 */
const now = new Date('2026-11-25T12:00:00Z');
const range = { from: '2026-11-23', to: '2026-11-25', caseworkerId: null };
const hours = (n: number) => n * 3_600_000;

let dir: string;
let db: Db;
let anna: number;
let bo: number;

const rule = (code: string, path = 'documents'): RuleViolation => ({ code, path, params: {} }) as RuleViolation;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'skranke-reports-'));
  db = openDatabase(join(dir, 'skranke.db'));
  const person = (username: string, displayName: string) =>
    db.insert(schema.staff).values({ username, displayName, role: 'caseworker', passwordHash: 'x' }).returning().get().id;
  anna = person('anna', 'Anna Andersen');
  bo = person('bo', 'Bo Berg');
  const citizen = db.insert(schema.citizens).values({ cpr: '0101901235', name: 'C', address: 'Vej 1', updatedAt: now }).returning().get().id;

  const visit = (caseworkerId: number, day: string, service: VisitService, method: VerificationMethod | null, outcome: VisitOutcome, brokenRules: RuleViolation[] | null = null) =>
    db.insert(schema.visits)
      .values({ citizenId: citizen, caseworkerId, day, service, method, outcome, brokenRules, startedAt: new Date(`${day}T09:00:00Z`), refusalReason: outcome === 'refused' ? 'Begrundelse' : null })
      .returning()
      .get().id;
  const v1 = visit(anna, '2026-11-23', 'newMitId', 'documents', 'verified');
  visit(anna, '2026-11-23', 'newMitId', 'witness', 'refused', [rule('visit.witnessMitIdTooNew', 'witness.mitIdSince'), rule('visit.witnessPhotoIdMissing', 'witness.photoIdSeen')]);
  // Two expired documents: one refusal for that rule, not two.
  visit(anna, '2026-11-24', 'activationCode', 'documents', 'refused', [rule('visit.documentExpired', 'documents.0'), rule('visit.documentExpired', 'documents.1')]);
  // Refused on the caseworker's judgement: no rule broken.
  visit(bo, '2026-11-24', 'newMitId', 'cprQuestions', 'refused', []);
  visit(bo, '2026-11-25', 'readAccess', null, 'aborted');
  visit(bo, '2026-11-25', 'newMitId', null, 'open');
  // Outside the range on either side.
  visit(anna, '2026-11-22', 'newMitId', 'documents', 'verified');
  visit(bo, '2026-11-26', 'newMitId', 'witness', 'refused', [rule('visit.witnessMitIdTooNew')]);

  const code = (issuedBy: number, day: string, status: 'issued' | 'used' | 'revoked', expiresAt: string, usedAt: string | null = null) =>
    db.insert(schema.temporaryCodes)
      .values({ citizenId: citizen, visitId: v1, kind: 'mitIdActivation', codeHash: 'h', status, day, issuedAt: new Date(`${day}T10:00:00Z`), issuedBy, expiresAt: new Date(expiresAt), usedAt: usedAt ? new Date(usedAt) : null })
      .run();
  code(anna, '2026-11-23', 'used', '2026-11-25T10:00:00Z', '2026-11-24T10:00:00Z'); // issued, redeemed
  code(anna, '2026-11-23', 'issued', '2026-11-25T10:00:00Z'); // issued, expired two hours ago
  code(bo, '2026-11-25', 'issued', '2026-11-27T10:00:00Z'); // issued, still valid
  code(bo, '2026-11-20', 'used', '2026-11-22T10:00:00Z', '2026-11-23T08:00:00Z'); // redeemed in range, issued before
  code(anna, '2026-11-21', 'issued', '2026-11-23T09:00:00Z'); // expired in range, issued before
  code(bo, '2026-11-20', 'issued', '2026-11-22T22:30:00Z'); // expired 23:30 Copenhagen time on the 22nd: before the range
  code(bo, '2026-11-24', 'revoked', '2026-11-26T10:00:00Z'); // issued (then revoked)

  const exemption = (requestedBy: number, ageMs: number, status: 'requested' | 'granted' = 'requested') =>
    db.insert(schema.exemptions)
      .values({ citizenId: citizen, capacity: 'self', idSeen: true, declarationReceived: true, status, requestedAt: new Date(now.getTime() - ageMs), requestedBy, updatedAt: now })
      .run();
  exemption(anna, hours(48)); // 2 days
  exemption(bo, hours(7 * 24 + 1)); // 7 days and an hour: still the first week
  exemption(bo, hours(8 * 24)); // 8 days
  exemption(anna, hours(45 * 24)); // 45 days
  exemption(anna, hours(100 * 24), 'granted'); // decided: not waiting

  const complaint = (receivedDay: string, status: 'received' | 'inProgress' | 'forwarded' | 'answered' | 'closed', assigneeId: number | null) =>
    db.insert(schema.complaints)
      .values({ receivedAt: new Date(`${receivedDay}T10:00:00Z`), receivedDay, channel: 'letter', subject: 'other', scheme: 'nemId', complainantName: 'K', complainantPhone: '12345678', description: 'D', status, assigneeId, createdBy: anna, updatedAt: now })
      .run();
  complaint('2026-10-01', 'inProgress', anna); // open, awaiting, overdue
  complaint('2026-10-25', 'received', bo); // 31 days: overdue
  complaint('2026-10-26', 'forwarded', null); // exactly 30 days: not yet overdue
  complaint('2026-09-01', 'answered', anna); // open, answered: not overdue
  complaint('2026-09-01', 'closed', bo);
});
afterAll(() => {
  closeDatabase(db);
  rmSync(dir, { recursive: true, force: true });
});

const counts = (total: number, verified: number, refused: number, aborted: number, open: number) => ({ total, verified, refused, aborted, open });

describe('reportSummary over hand-counted visits', () => {
  test('counts visits by outcome, caseworker, service, method and day within the range only', () => {
    const { visits } = reportSummary(db, range, now, policy);
    expect(visits.total).toBe(6);
    expect(visits.byOutcome).toEqual([
      { outcome: 'open', count: 1 },
      { outcome: 'verified', count: 1 },
      { outcome: 'refused', count: 3 },
      { outcome: 'aborted', count: 1 },
    ]);
    expect(visits.byCaseworker).toEqual([
      { caseworkerId: anna, caseworkerName: 'Anna Andersen', ...counts(3, 1, 2, 0, 0) },
      { caseworkerId: bo, caseworkerName: 'Bo Berg', ...counts(3, 0, 1, 1, 1) },
    ]);
    expect(visits.byService).toEqual([
      { service: 'newMitId', ...counts(4, 1, 2, 0, 1) },
      { service: 'activationCode', ...counts(1, 0, 1, 0, 0) },
      { service: 'readAccess', ...counts(1, 0, 0, 1, 0) },
    ]);
    expect(visits.byMethod).toEqual([
      { method: null, ...counts(2, 0, 0, 1, 1) },
      { method: 'documents', ...counts(2, 1, 1, 0, 0) },
      { method: 'cprQuestions', ...counts(1, 0, 1, 0, 0) },
      { method: 'witness', ...counts(1, 0, 1, 0, 0) },
    ]);
    expect(visits.perDay).toEqual([
      { day: '2026-11-23', ...counts(2, 1, 1, 0, 0) },
      { day: '2026-11-24', ...counts(2, 0, 2, 0, 0) },
      { day: '2026-11-25', ...counts(2, 0, 0, 1, 1) },
    ]);
  });

  test('counts refusals by broken rule, once per visit, and refusals without a rule under null', () => {
    expect(reportSummary(db, range, now, policy).refusalReasons).toEqual([
      { code: null, count: 1 },
      { code: 'visit.documentExpired', count: 1 },
      { code: 'visit.witnessMitIdTooNew', count: 1 },
      { code: 'visit.witnessPhotoIdMissing', count: 1 },
    ]);
  });

  test('one caseworker sees only their own visits, refusals and codes', () => {
    const mine = reportSummary(db, { ...range, caseworkerId: anna }, now, policy);
    expect(mine.visits.total).toBe(3);
    expect(mine.visits.byCaseworker.map((c) => c.caseworkerName)).toEqual(['Anna Andersen']);
    expect(mine.refusalReasons.map((r) => r.code)).toEqual(['visit.documentExpired', 'visit.witnessMitIdTooNew', 'visit.witnessPhotoIdMissing']);
    expect(mine.codes).toEqual({ issued: 2, redeemed: 1, expired: 2 });
  });

  test('a range with no visits reports zeros, not missing figures', () => {
    const empty = reportSummary(db, { from: '2025-01-01', to: '2025-01-31', caseworkerId: null }, now, policy);
    expect(empty.visits.total).toBe(0);
    expect(empty.visits.byOutcome.every((o) => o.count === 0)).toBe(true);
    expect(empty.visits.perDay).toEqual([]);
    expect(empty.codes).toEqual({ issued: 0, redeemed: 0, expired: 0 });
  });
});

describe('reportSummary over codes, exemptions and complaints', () => {
  test('codes issued by counter day, redeemed and expired by Copenhagen time within the range', () => {
    expect(reportSummary(db, range, now, policy).codes).toEqual({ issued: 4, redeemed: 2, expired: 2 });
  });

  test('a code expiring later today is not counted as expired yet', () => {
    const beforeExpiry = new Date('2026-11-25T09:59:59Z');
    expect(reportSummary(db, range, beforeExpiry, policy).codes.expired).toBe(1);
  });

  test('open exemption requests with their age: count, oldest, average and buckets', () => {
    expect(reportSummary(db, range, now, policy).exemptions).toEqual({
      open: 4,
      oldestRequestedAt: new Date(now.getTime() - hours(45 * 24)),
      // (2 + 7 1/24 + 8 + 45) / 4 = 15.51 days
      averageAgeDays: 15.5,
      ageBuckets: { days0to7: 2, days8to30: 1, over30: 1 },
    });
    expect(reportSummary(db, { ...range, caseworkerId: anna }, now, policy).exemptions).toMatchObject({ open: 2, averageAgeDays: 23.5, ageBuckets: { days0to7: 1, days8to30: 0, over30: 1 } });
  });

  test('no open exemption requests: no oldest, no average', () => {
    expect(reportSummary(db, { ...range, caseworkerId: 999 }, now, policy).exemptions).toEqual({
      open: 0,
      oldestRequestedAt: null,
      averageAgeDays: null,
      ageBuckets: { days0to7: 0, days8to30: 0, over30: 0 },
    });
  });

  test('complaints open, awaiting an answer and overdue after the policy days, as the complaints list counts them', () => {
    expect(reportSummary(db, range, now, policy).complaints).toEqual({ open: 4, awaitingAnswer: 3, overdue: 2 });
    expect(reportSummary(db, { ...range, caseworkerId: anna }, now, policy).complaints).toEqual({ open: 2, awaitingAnswer: 1, overdue: 1 });
    expect(reportSummary(db, range, now, { ...policy, complaintOverdueDays: 60 }).complaints.overdue).toBe(0);
  });
});
