import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@skranke/db';
import type { AssuranceLevel, TVisitEvidenceInput, VisitService } from '@skranke/domain';
import { AppErrorCause } from '../src/errors.js';
import { createTestApi, errorOf, type TestApi } from './harness.js';

/**
 * The counter's rules as domain.md states them ("Identity-verification visit", "Documents"), each row named after
 * the rule it checks, run through the API as the counter calls it: `visits.assess` answers, and `visits.complete`
 * verifies or refuses with the same rule codes, storing nothing when it refuses.
 */

let api: TestApi;
let caller: Awaited<ReturnType<TestApi['as']>>;
let citizenId: number;
// The harness clock: 25 November 2026, 10:30 in Copenhagen.
beforeAll(async () => {
  api = await createTestApi();
  caller = await api.as('caseworker');
  citizenId = (await caller.citizens.create({ cpr: '150385-1236', name: 'Anna Hansen', hasFixedAddress: true, address: 'Bredgade 1, 1260 København K' })).id;
});
afterAll(() => api.close());

const valid = '2030-01-01';
const doc = (kind: string, more: Record<string, unknown> = {}) => ({ kind, expiresOn: valid, ...more });
const card = (kind: string) => ({ kind });
const questions = { asked: 3, correct: 3 };
const witness = { cpr: '010180-1234', name: 'Vera Vidne', mitIdSince: '2025-01-01', photoIdSeen: true };

type Row = {
  rule: string;
  service?: VisitService;
  evidence: Partial<TVisitEvidenceInput>;
  expected: AssuranceLevel | string[];
};

/** The rows: documents by category and level, whatever the confirmation, and the credential rules. */
const rows: Row[] = [
  // Documents [pub]: BETYDELIG from one of A, or B with C.
  { rule: 'BETYDELIG: A alone (driving licence)', evidence: { documents: [doc('drivingLicence')] }, expected: 'BETYDELIG' },
  { rule: 'BETYDELIG: A alone (driving-licence app, shown digitally)', evidence: { documents: [doc('drivingLicenceApp', { digitalCopy: true })] }, expected: 'BETYDELIG' },
  { rule: 'BETYDELIG: A alone (passport with CPR number)', evidence: { documents: [doc('passportWithCpr')] }, expected: 'BETYDELIG' },
  { rule: 'BETYDELIG: A alone (residence permit with CPR number)', evidence: { documents: [doc('residencePermitWithCpr')] }, expected: 'BETYDELIG' },
  { rule: "BETYDELIG: A alone (the Foreign Ministry's ID card)", evidence: { documents: [doc('foreignMinistryIdCard')] }, expected: 'BETYDELIG' },
  { rule: 'BETYDELIG: B + C (foreign passport and health card)', evidence: { documents: [doc('foreignPassport'), card('healthCard')] }, expected: 'BETYDELIG' },
  { rule: 'BETYDELIG: B + C (foreign ID card and health-card app)', evidence: { documents: [doc('foreignIdCard'), { kind: 'healthCardApp', digitalCopy: true }] }, expected: 'BETYDELIG' },
  { rule: 'BETYDELIG: B + C (passport without CPR number and residence certificate)', evidence: { documents: [doc('passportWithoutCpr'), card('residenceCertificate')] }, expected: 'BETYDELIG' },
  { rule: 'BETYDELIG: B + C (residence permit and birth certificate)', evidence: { documents: [doc('residencePermit'), card('birthCertificate')] }, expected: 'BETYDELIG' },
  { rule: 'BETYDELIG: B + C (municipal ID card and baptism certificate)', evidence: { documents: [doc('municipalIdCard'), card('baptismCertificate')] }, expected: 'BETYDELIG' },
  { rule: 'BETYDELIG: B + C (foreign passport and special health card)', evidence: { documents: [doc('foreignPassport'), doc('specialHealthCard')] }, expected: 'BETYDELIG' },
  { rule: 'BETYDELIG: B + C (foreign passport and personal certificate)', evidence: { documents: [doc('foreignPassport'), card('personalCertificate')] }, expected: 'BETYDELIG' },
  { rule: 'BETYDELIG: not from B alone (foreign passport)', evidence: { documents: [doc('foreignPassport')] }, expected: ['visit.cprDocumentRequired'] },
  { rule: 'BETYDELIG: not from B + B (two foreign documents)', evidence: { documents: [doc('foreignPassport'), doc('foreignIdCard')] }, expected: ['visit.cprDocumentRequired'] },
  // C alone or two of C never verify anyone [pub].
  { rule: 'never: C alone (yellow health card), even with CPR questions', evidence: { documents: [card('healthCard')] }, expected: ['visit.photoIdRequired'] },
  { rule: 'never: C alone (health card), even with a witness', evidence: { method: 'witness', witness, documents: [card('healthCard')] }, expected: ['visit.photoIdRequired'] },
  { rule: 'never: C + C (health card and birth certificate)', evidence: { documents: [card('healthCard'), card('birthCertificate')] }, expected: ['visit.photoIdRequired'] },
  { rule: 'never: C alone, even at LAV', evidence: { targetLevel: 'LAV', documents: [card('residenceCertificate')] }, expected: ['visit.photoIdRequired'] },
  // LAV from one photo ID [policy].
  { rule: 'LAV: one photo ID of B', evidence: { targetLevel: 'LAV', documents: [doc('municipalIdCard')] }, expected: 'LAV' },
  // HØJ [pub]: passport with CPR number; or a chip read by the MitID app with one of C; never a driving licence.
  { rule: 'HØJ: passport with CPR number', evidence: { targetLevel: 'HØJ', documents: [doc('passportWithCpr')] }, expected: 'HØJ' },
  { rule: 'HØJ: passport without CPR number, chip read, with C', evidence: { targetLevel: 'HØJ', documents: [doc('passportWithoutCpr', { chipRead: true }), card('healthCard')] }, expected: 'HØJ' },
  { rule: 'HØJ: foreign passport, chip read, with C', evidence: { targetLevel: 'HØJ', documents: [doc('foreignPassport', { chipRead: true }), card('healthCard')] }, expected: 'HØJ' },
  { rule: 'HØJ: foreign national ID card, chip read, with C', evidence: { targetLevel: 'HØJ', documents: [doc('foreignIdCard', { chipRead: true }), card('residenceCertificate')] }, expected: 'HØJ' },
  { rule: 'HØJ: not from a foreign passport whose chip was not read', evidence: { targetLevel: 'HØJ', documents: [doc('foreignPassport'), card('healthCard')] }, expected: ['visit.highNotReached'] },
  { rule: 'HØJ: not from a chip read without C', evidence: { targetLevel: 'HØJ', documents: [doc('foreignPassport', { chipRead: true })] }, expected: ['visit.highNotReached'] },
  { rule: 'HØJ: never from a driving licence', evidence: { targetLevel: 'HØJ', documents: [doc('drivingLicence')] }, expected: ['visit.highNotReached'] },
  { rule: 'HØJ: never from the driving-licence app with a CPR document', evidence: { targetLevel: 'HØJ', documents: [doc('drivingLicenceApp'), card('healthCard')] }, expected: ['visit.highNotReached'] },
  { rule: 'HØJ: always in person', service: 'other', evidence: { method: 'documents', targetLevel: 'HØJ', inPerson: false, documents: [doc('passportWithCpr')] }, expected: ['visit.highRequiresInPerson'] },
  // Each document's validity [pub].
  { rule: 'valid: expired documents are never accepted', evidence: { documents: [doc('drivingLicence', { expiresOn: '2026-11-24' })] }, expected: ['visit.documentExpired', 'visit.legitimationMissing'] },
  { rule: 'valid: temporary documents are never accepted (temporary driving licence)', evidence: { documents: [doc('drivingLicence', { temporary: true })] }, expected: ['visit.documentTemporary', 'visit.legitimationMissing'] },
  { rule: 'valid: the temporary health card is never accepted', evidence: { documents: [doc('drivingLicence'), card('temporaryHealthCard')] }, expected: ['visit.documentNeverAccepted'] },
  { rule: 'valid: an emergency passport is never accepted', evidence: { documents: [card('emergencyPassport')] }, expected: ['visit.documentNeverAccepted', 'visit.legitimationMissing'] },
  { rule: 'valid: physical documents only, except the two apps', evidence: { documents: [doc('passportWithCpr', { digitalCopy: true })] }, expected: ['visit.documentNotPhysical', 'visit.legitimationMissing'] },
  { rule: 'valid: a printed expiry date must be recorded', evidence: { documents: [card('passportWithCpr')] }, expected: ['visit.expiryRequired', 'visit.legitimationMissing'] },
  { rule: 'valid: a kind not in the reference data is refused', evidence: { documents: [doc('drivingLicence'), doc('libraryCard')] }, expected: ['visit.documentUnknown'] },
  // Credential services [seed; pub]: legitimation and a confirmation, in person.
  ...(['newMitId', 'raiseAssuranceLevel', 'updateIdInformation', 'activationCode', 'temporaryCode'] as const).flatMap((service): Row[] => [
    { rule: `credential (${service}): legitimation and CPR questions verify`, service, evidence: {}, expected: 'BETYDELIG' },
    { rule: `credential (${service}): legitimation and a witness verify`, service, evidence: { method: 'witness', witness }, expected: 'BETYDELIG' },
    { rule: `credential (${service}): legitimation alone never does`, service, evidence: { method: 'documents' }, expected: ['visit.confirmationRequired'] },
    { rule: `credential (${service}): never for someone not present`, service, evidence: { inPerson: false }, expected: ['visit.inPersonRequired'] },
  ]),
  { rule: 'credential: a wrong CPR answer is refused', evidence: { cprQuestions: { asked: 3, correct: 2 } }, expected: ['visit.cprQuestionsWrong'] },
  { rule: 'credential: fewer than 3 CPR questions are refused', evidence: { cprQuestions: { asked: 2, correct: 2 } }, expected: ['visit.cprQuestionsTooFew'] },
  { rule: 'credential: NemID services are refused since 1 July 2023', service: 'nemIdKeyCard', evidence: {}, expected: ['visit.nemIdEnded'] },
  // Services that issue no credential need valid legitimation only.
  ...(['digitalPostExemption', 'readAccess', 'other'] as const).flatMap((service): Row[] => [
    { rule: `no credential (${service}): legitimation alone verifies`, service, evidence: { method: 'documents' }, expected: 'BETYDELIG' },
    { rule: `no credential (${service}): C alone still does not`, service, evidence: { method: 'documents', documents: [card('healthCard')] }, expected: ['visit.photoIdRequired'] },
  ]),
];

const evidenceOf = (row: Row): TVisitEvidenceInput => ({
  method: 'cprQuestions',
  targetLevel: 'BETYDELIG',
  documents: [doc('drivingLicence')],
  cprQuestions: questions,
  ...row.evidence,
});

describe.each(rows)('$rule', (row) => {
  test('visits.assess and visits.complete agree', async () => {
    const { id } = await caller.visits.create({ citizenId, service: row.service ?? 'newMitId' });
    const evidence = evidenceOf(row);
    const assessment = await caller.visits.assess({ id, evidence });
    if (typeof row.expected === 'string') {
      expect(assessment).toEqual({ verified: true, level: row.expected, violations: [] });
      expect(await caller.visits.complete({ id, evidence })).toEqual({ id, level: row.expected });
      return;
    }
    expect(assessment.verified).toBe(false);
    expect(assessment.violations.map((v) => v.code)).toEqual(row.expected);
    const refused = await errorOf(caller.visits.complete({ id, evidence }));
    expect(refused.code).toBe('BAD_REQUEST');
    expect((refused.cause as AppErrorCause).violations.map((v) => v.code)).toEqual(row.expected);
    const stored = api.db.select().from(schema.visits).where(eq(schema.visits.id, id)).get()!;
    expect(stored).toMatchObject({ outcome: 'open', method: null, level: null });
    await caller.visits.abort({ id });
  });
});
