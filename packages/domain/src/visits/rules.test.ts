import { describe, expect, test } from 'vitest';
import { policy } from '../policy.js';
import { defaultDocumentKinds, documentCatalogue } from './documents.js';
import { assessVisit, type VisitFacts } from './rules.js';
import { methodsFor, ZVisitEvidence, type TVisitEvidenceInput, type VisitService } from './visit.js';

const today = '2026-11-25';

/** A citizen born 15 March 1985, fixed address, come for a new MitID: nothing about them breaks a rule. */
const facts = (change: Partial<VisitFacts> = {}): VisitFacts => ({
  today,
  service: 'newMitId',
  citizen: { cpr: '1503851236', hasFixedAddress: true, postalAddress: null },
  witnessRecentWitnessings: 0,
  documentKinds: documentCatalogue(defaultDocumentKinds),
  ...change,
});

const expires = '2030-01-01';
const doc = (kind: string, more: Record<string, unknown> = {}) => ({ kind, expiresOn: expires, ...more });
const licence = doc('drivingLicence');
const questions = { asked: 3, correct: 3 };

/** The counter's common case: legitimation plus three right CPR questions. */
const evidence = (input: Partial<TVisitEvidenceInput> = {}) =>
  ZVisitEvidence.parse({ method: 'cprQuestions', targetLevel: 'BETYDELIG', documents: [licence], cprQuestions: questions, ...input });

const witness = { cpr: '0101801234', name: 'Vera Vidne', mitIdSince: '2025-01-01', photoIdSeen: true };
const byWitness = (change: Partial<typeof witness> & Record<string, unknown> = {}) =>
  evidence({ method: 'witness', witness: { ...witness, ...change } });

/** The codes of the broken rules, or 'verified at X'. */
function outcome(e = evidence(), f = facts()) {
  const result = assessVisit(e, f);
  return result.verified ? `verified at ${result.level}` : result.violations.map((v) => v.code);
}

const noExpiry = (kind: string) => ({ kind });

describe('documents: combinations by category, the same whatever the confirmation [pub]', () => {
  test.each<[string, object[], 'LAV' | 'BETYDELIG' | 'HØJ', string | string[]]>([
    ['A alone reaches BETYDELIG: driving licence', [licence], 'BETYDELIG', 'verified at BETYDELIG'],
    ['A alone reaches BETYDELIG: the driving-licence app, shown digitally', [doc('drivingLicenceApp', { digitalCopy: true })], 'BETYDELIG', 'verified at BETYDELIG'],
    ['A alone reaches BETYDELIG: residence permit with CPR number', [doc('residencePermitWithCpr')], 'BETYDELIG', 'verified at BETYDELIG'],
    ["A alone reaches BETYDELIG: the Foreign Ministry's ID card", [doc('foreignMinistryIdCard')], 'BETYDELIG', 'verified at BETYDELIG'],
    ['B + C reaches BETYDELIG: foreign passport and health card', [doc('foreignPassport'), noExpiry('healthCard')], 'BETYDELIG', 'verified at BETYDELIG'],
    ['B + C reaches BETYDELIG: municipal ID card and birth certificate', [doc('municipalIdCard'), noExpiry('birthCertificate')], 'BETYDELIG', 'verified at BETYDELIG'],
    ['B alone does not reach BETYDELIG', [doc('foreignPassport')], 'BETYDELIG', ['visit.cprDocumentRequired']],
    ['B alone reaches LAV [policy]', [doc('residencePermit')], 'LAV', 'verified at LAV'],
    ['C alone never verifies anyone: health card', [noExpiry('healthCard')], 'LAV', ['visit.photoIdRequired']],
    ['C + C never verifies anyone: health card and baptism certificate', [noExpiry('healthCard'), noExpiry('baptismCertificate')], 'BETYDELIG', ['visit.photoIdRequired']],
    ['HØJ: a passport with CPR number', [doc('passportWithCpr')], 'HØJ', 'verified at HØJ'],
    ['HØJ: a foreign passport whose chip the MitID app read, with one of C', [doc('foreignPassport', { chipRead: true }), noExpiry('healthCard')], 'HØJ', 'verified at HØJ'],
    ['HØJ: a passport without CPR number, chip read, with one of C', [doc('passportWithoutCpr', { chipRead: true }), noExpiry('residenceCertificate')], 'HØJ', 'verified at HØJ'],
    ['HØJ: not from a foreign ID card whose chip was not read', [doc('foreignIdCard'), noExpiry('healthCard')], 'HØJ', ['visit.highNotReached']],
    ['HØJ: not from a chip read without one of C', [doc('foreignPassport', { chipRead: true })], 'HØJ', ['visit.highNotReached']],
    ['HØJ: never from a driving licence', [licence], 'HØJ', ['visit.highNotReached']],
    ['HØJ: never from a driving licence, even with a CPR document', [licence, noExpiry('healthCard')], 'HØJ', ['visit.highNotReached']],
  ])('%s', (_rule, documents, targetLevel, expected) => {
    expect(outcome(evidence({ documents: documents as TVisitEvidenceInput['documents'], targetLevel }))).toEqual(expected);
  });

  test('the level the documents reach is told even when refused', () => {
    expect(assessVisit(evidence({ documents: [licence], targetLevel: 'HØJ' }), facts())).toEqual({
      verified: false,
      level: 'BETYDELIG',
      violations: [{ code: 'visit.highNotReached', path: 'targetLevel', params: { reached: 'BETYDELIG' } }],
    });
  });
});

describe("documents: each one's own validity [pub]", () => {
  test.each<[string, object[], string | string[]]>([
    ['one expiring today is valid', [doc('drivingLicence', { expiresOn: today })], 'verified at BETYDELIG'],
    ['one that expired yesterday is refused', [doc('drivingLicence', { expiresOn: '2026-11-24' })], ['visit.documentExpired', 'visit.legitimationMissing']],
    ['a kind with an expiry date printed needs it recorded', [noExpiry('passportWithCpr')], ['visit.expiryRequired', 'visit.legitimationMissing']],
    ['a kind without one needs none', [licence, noExpiry('healthCard')], 'verified at BETYDELIG'],
    ['a temporary document is refused', [doc('drivingLicence', { temporary: true })], ['visit.documentTemporary', 'visit.legitimationMissing']],
    ['the temporary health card is never accepted', [licence, noExpiry('temporaryHealthCard')], ['visit.documentNeverAccepted']],
    ['an emergency passport is never accepted', [doc('emergencyPassport')], ['visit.documentNeverAccepted', 'visit.legitimationMissing']],
    ['a digital copy of a physical document is refused', [doc('passportWithCpr', { digitalCopy: true })], ['visit.documentNotPhysical', 'visit.legitimationMissing']],
    ['the health-card app may be shown digitally', [licence, noExpiry('healthCardApp'), { kind: 'healthCardApp', digitalCopy: true }], 'verified at BETYDELIG'],
    ['an unknown code is refused', [licence, noExpiry('libraryCard')], ['visit.documentUnknown']],
    ['a valid document beside an invalid one still counts', [doc('passportWithCpr', { expiresOn: '2020-01-01' }), licence], ['visit.documentExpired']],
  ])('%s', (_rule, documents, expected) => {
    expect(outcome(evidence({ documents: documents as TVisitEvidenceInput['documents'] }))).toEqual(expected);
  });

  test('a retired or municipal kind is judged by its category, not its code', () => {
    const kinds = documentCatalogue([...defaultDocumentKinds, { code: 'nordicIdCard', category: 'A', hasExpiry: true, isApp: false, highRoute: null }]);
    expect(outcome(evidence({ documents: [doc('nordicIdCard')] }), facts({ documentKinds: kinds }))).toBe('verified at BETYDELIG');
  });
});

describe('credential services need legitimation and a confirmation, in person [seed; pub]', () => {
  const credentials: VisitService[] = ['newMitId', 'raiseAssuranceLevel', 'updateIdInformation', 'activationCode', 'temporaryCode'];
  test.each(credentials)('%s: legitimation alone is refused', (service) => {
    expect(outcome(evidence({ method: 'documents' }), facts({ service }))).toEqual(['visit.confirmationRequired']);
  });
  test.each(credentials)('%s: not in person is refused', (service) => {
    expect(outcome(evidence({ inPerson: false }), facts({ service }))).toEqual(['visit.inPersonRequired']);
  });
  test.each(['digitalPostExemption', 'readAccess', 'other'] as const)('%s issues no credential: legitimation alone verifies', (service) => {
    expect(outcome(evidence({ method: 'documents' }), facts({ service }))).toBe('verified at BETYDELIG');
    expect(methodsFor(service)[0]).toBe('documents');
  });
  test('the counter offers CPR questions first for a credential, and never legitimation alone', () => {
    expect(methodsFor('newMitId')).toEqual(['cprQuestions', 'witness']);
  });
  test('HØJ is in person for any service', () => {
    expect(outcome(evidence({ method: 'documents', targetLevel: 'HØJ', documents: [doc('passportWithCpr')], inPerson: false }), facts({ service: 'other' }))).toEqual(['visit.highRequiresInPerson']);
  });
});

describe('CPR questions', () => {
  const asked = (n: number, correct: number) => evidence({ cprQuestions: { asked: n, correct } });

  test(`verify with ${policy.cprQuestionsMinimum} of ${policy.cprQuestionsMinimum} right, or more`, () => {
    expect(outcome(asked(3, 3))).toBe('verified at BETYDELIG');
    expect(outcome(asked(4, 4))).toBe('verified at BETYDELIG');
  });
  test('fewer than the policy minimum are refused [policy]', () => expect(outcome(asked(2, 2))).toEqual(['visit.cprQuestionsTooFew']));
  test('a single wrong answer is refused', () => expect(outcome(asked(4, 3))).toEqual(['visit.cprQuestionsWrong']));
  test('the minimum is configurable', () => {
    expect(assessVisit(asked(3, 3), facts(), { ...policy, cprQuestionsMinimum: 4 })).toMatchObject({ verified: false, violations: [{ code: 'visit.cprQuestionsTooFew', params: { minimum: 4 } }] });
  });
  test('do not make a health card enough: a photo ID is still needed [pub]', () => {
    expect(outcome(evidence({ documents: [noExpiry('healthCard')] }))).toEqual(['visit.photoIdRequired']);
  });
  test('cannot report more right answers than questions', () => {
    expect(ZVisitEvidence.safeParse({ method: 'cprQuestions', targetLevel: 'LAV', documents: [licence], cprQuestions: { asked: 3, correct: 4 } }).error?.issues[0]).toMatchObject({
      message: 'visit.cprQuestionsCount',
      path: ['cprQuestions', 'correct'],
    });
  });
});

describe('witness', () => {
  test('an adult with MitID long enough, photo ID and few witnessings verifies', () => expect(outcome(byWitness())).toBe('verified at BETYDELIG'));

  test(`MitID held exactly ${policy.witnessMitIdMinimumDays} days is enough, one day less is not [seed]`, () => {
    expect(outcome(byWitness({ mitIdSince: '2026-11-15' }))).toBe('verified at BETYDELIG');
    expect(assessVisit(byWitness({ mitIdSince: '2026-11-16' }), facts())).toMatchObject({
      violations: [{ code: 'visit.witnessMitIdTooNew', path: 'witness.mitIdSince', params: { days: 9, minimum: 10 } }],
    });
  });
  test('a MitID date after today is refused as such, not as "0 days"', () => {
    expect(outcome(byWitness({ mitIdSince: '2026-12-01' }))).toEqual(['visit.witnessMitIdInFuture']);
  });
  test('a MitID date before MitID was issued (2021) is refused as a mistyped date', () => {
    expect(assessVisit(byWitness({ mitIdSince: '2020-12-31' }), facts())).toMatchObject({
      violations: [{ code: 'visit.witnessMitIdBeforeIssued', params: { date: '2021-01-01' } }],
    });
    expect(outcome(byWitness({ mitIdSince: '2021-01-01' }))).toBe('verified at BETYDELIG');
  });
  test('the MitID minimum is configurable (mitid.dk says 30 days)', () => {
    expect(assessVisit(byWitness({ mitIdSince: '2026-11-01' }), facts(), { ...policy, witnessMitIdMinimumDays: 30 }).verified).toBe(false);
  });
  test('a witness who turns 18 today may witness; one who turns 18 tomorrow may not [pub]', () => {
    expect(outcome(byWitness({ cpr: '251108-4321' }))).toBe('verified at BETYDELIG');
    expect(outcome(byWitness({ cpr: '261108-4321' }))).toEqual(['visit.witnessUnderAge']);
  });
  test('the citizen cannot witness for themselves [pub]', () => expect(outcome(byWitness({ cpr: '150385-1236' }))).toEqual(['visit.witnessIsApplicant']));
  test('shows photo ID of A, or B plus a CPR document [pub]', () => {
    expect(outcome(byWitness({ photoIdSeen: false }))).toEqual(['visit.witnessPhotoIdMissing']);
    expect(outcome(byWitness({ photoIdHasCpr: false }))).toEqual(['visit.witnessCprDocumentMissing']);
    expect(outcome(byWitness({ photoIdHasCpr: false, cprDocumentSeen: true }))).toBe('verified at BETYDELIG');
  });
  test(`may have witnessed for ${policy.witnessMaximumWitnessings - 1} others within ${policy.witnessWindowDays} days, not ${policy.witnessMaximumWitnessings} [pub]`, () => {
    expect(outcome(byWitness(), facts({ witnessRecentWitnessings: 2 }))).toBe('verified at BETYDELIG');
    expect(outcome(byWitness(), facts({ witnessRecentWitnessings: 3 }))).toEqual(['visit.witnessLimitReached']);
  });
  test('is dropped when the method is not a witness, so it is neither checked nor stored', () => {
    const e = evidence({ witness: { ...witness, mitIdSince: today, photoIdSeen: false } });
    expect(e.witness).toBeNull();
    expect(outcome(e)).toBe('verified at BETYDELIG');
  });
  test('is required when the method is a witness', () => {
    const parsed = ZVisitEvidence.safeParse({ method: 'witness', targetLevel: 'BETYDELIG', documents: [licence] });
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['witness', 'validation.required']]);
  });
});

describe('the applicant for a credential', () => {
  const citizen = (cpr: string, more: Partial<VisitFacts['citizen']> = {}) => ({ citizen: { cpr, hasFixedAddress: true, postalAddress: null, ...more } });

  test(`MitID from ${policy.mitIdMinimumAge}: 13 today accepted, 13 tomorrow refused [pub]`, () => {
    expect(outcome(evidence(), facts(citizen('2511134234')))).toBe('verified at BETYDELIG');
    expect(assessVisit(evidence(), facts(citizen('2611134234')))).toMatchObject({ violations: [{ code: 'visit.applicantUnderAge', params: { minimum: 13, credential: 'MitID' } }] });
  });
  test(`NemID from ${policy.nemIdMinimumAge}: a 14-year-old is refused [seed]`, () => {
    const nemId = facts({ ...citizen('2511094234'), service: 'nemIdKeyCard', today: '2023-06-01' });
    expect(assessVisit(evidence(), nemId)).toMatchObject({ violations: [{ code: 'visit.applicantUnderAge', params: { minimum: 15, credential: 'NemID' } }] });
  });
  test('ages are not checked for a service that issues no credential', () => {
    expect(outcome(evidence(), facts({ ...citizen('2511164234'), service: 'other' }))).toBe('verified at BETYDELIG');
  });
  test('with a substitute number has no Danish CPR number and is refused [seed]', () => {
    expect(outcome(evidence(), facts(citizen('7503851236')))).toEqual(['visit.noDanishCpr']);
  });
  test('without a fixed address needs a postal address [seed]', () => {
    expect(outcome(evidence(), facts(citizen('1503851236', { hasFixedAddress: false })))).toEqual(['visit.postalAddressMissing']);
    expect(outcome(evidence(), facts(citizen('1503851236', { hasFixedAddress: false, postalAddress: 'Postboks 1, 8000 Aarhus C' })))).toBe('verified at BETYDELIG');
  });
});

describe('NemID services [seed]', () => {
  test('an already ordered key card could be handed out until 30 June 2023', () => {
    expect(outcome(evidence(), facts({ service: 'nemIdKeyCard', today: '2023-06-30' }))).toBe('verified at BETYDELIG');
  });
  test('from 1 July 2023 every NemID service is refused, naming the date', () => {
    expect(assessVisit(evidence(), facts({ service: 'nemIdTemporaryPassword', today: '2023-07-01' }))).toMatchObject({
      violations: [{ code: 'visit.nemIdEnded', params: { date: '2023-06-30' } }],
    });
  });
});

test('every broken rule is reported at once, not only the first', () => {
  const e = evidence({
    method: 'witness',
    targetLevel: 'HØJ',
    inPerson: false,
    documents: [doc('drivingLicence', { expiresOn: '2020-01-01' })],
    witness: { ...witness, mitIdSince: '2026-11-20', photoIdSeen: false },
  });
  expect(outcome(e, facts({ witnessRecentWitnessings: 5 }))).toEqual([
    'visit.inPersonRequired',
    'visit.documentExpired',
    'visit.legitimationMissing',
    'visit.witnessMitIdTooNew',
    'visit.witnessPhotoIdMissing',
    'visit.witnessLimitReached',
  ]);
});
