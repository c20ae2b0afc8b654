import { describe, expect, test } from 'vitest';
import { policy } from '../policy.js';
import { assessVisit, type VisitFacts } from './rules.js';
import { ZVisitEvidence, type TVisitEvidenceInput } from './visit.js';

const today = '2026-11-25';

/** A citizen born 15 March 1985, fixed address: nothing about them breaks a rule. */
const facts = (change: Partial<VisitFacts> = {}): VisitFacts => ({
  today,
  service: 'newMitId',
  citizen: { cpr: '1503851236', hasFixedAddress: true, postalAddress: null },
  witnessRecentWitnessings: 0,
  ...change,
});

const licence = { kind: 'danishDrivingLicence' as const, expiresOn: '2030-01-01' };

const evidence = (input: Partial<TVisitEvidenceInput> = {}) =>
  ZVisitEvidence.parse({ method: 'documents', targetLevel: 'BETYDELIG', documents: [licence], ...input });

const witness = { cpr: '0101801234', name: 'Vera Vidne', mitIdSince: '2025-01-01', photoIdSeen: true };
const byWitness = (change: Partial<typeof witness> & Record<string, unknown> = {}) =>
  evidence({ method: 'witness', witness: { ...witness, ...change } });

/** The codes of the broken rules, or 'verified at X'. */
function outcome(e = evidence(), f = facts()) {
  const result = assessVisit(e, f);
  return result.verified ? `verified at ${result.level}` : result.violations.map((v) => v.code);
}

describe('documents', () => {
  test('a Danish driving licence on its own reaches BETYDELIG [pub]', () => {
    expect(outcome()).toBe('verified at BETYDELIG');
    expect(outcome(evidence({ documents: [{ kind: 'danishDrivingLicenceApp', expiresOn: '2030-01-01', digitalCopy: true }] }))).toBe('verified at BETYDELIG');
  });

  test.each(['healthCard', 'specialHealthCard', 'residenceCertificate'] as const)(
    'a foreign passport reaches BETYDELIG only together with a %s [pub]',
    (companion) => {
      const passport = { kind: 'foreignPassport' as const, expiresOn: '2029-05-01' };
      expect(outcome(evidence({ documents: [passport] }))).toEqual(['visit.levelNotReached']);
      const card = { kind: companion, expiresOn: companion === 'healthCard' ? null : '2028-01-01' };
      expect(outcome(evidence({ documents: [passport, card] }))).toBe('verified at BETYDELIG');
      expect(outcome(evidence({ documents: [{ ...passport, kind: 'foreignIdCard' }, card] }))).toBe('verified at BETYDELIG');
    },
  );

  test('a document expiring today is valid; one that expired yesterday is refused [pub]', () => {
    expect(outcome(evidence({ documents: [{ ...licence, expiresOn: today }] }))).toBe('verified at BETYDELIG');
    expect(outcome(evidence({ documents: [{ ...licence, expiresOn: '2026-11-24' }] }))).toEqual(['visit.documentExpired', 'visit.legitimationMissing']);
  });

  test('temporary documents are refused, the temporary health card by its kind [pub]', () => {
    expect(outcome(evidence({ documents: [{ ...licence, temporary: true }] }))).toContain('visit.documentTemporary');
    expect(outcome(evidence({ documents: [licence, { kind: 'temporaryHealthCard' }] }))).toEqual(['visit.documentTemporary']);
  });

  test('documents must be physical, except the two apps [pub]', () => {
    expect(outcome(evidence({ documents: [{ ...licence, digitalCopy: true }] }))).toContain('visit.documentNotPhysical');
    expect(outcome(evidence({ documents: [licence, { kind: 'healthCardApp', digitalCopy: true }] }))).toBe('verified at BETYDELIG');
  });

  test('a valid document beside an invalid one still counts', () => {
    const expiredPassport = { kind: 'danishPassport' as const, expiresOn: '2020-01-01' };
    expect(outcome(evidence({ documents: [expiredPassport, licence] }))).toEqual(['visit.documentExpired']);
  });

  test('a health card alone reaches only LAV', () => {
    expect(outcome(evidence({ documents: [{ kind: 'healthCard' }], targetLevel: 'LAV' }))).toBe('verified at LAV');
    expect(assessVisit(evidence({ documents: [{ kind: 'healthCard' }] }), facts())).toMatchObject({
      verified: false,
      reached: 'LAV',
      violations: [{ code: 'visit.levelNotReached', params: { target: 'BETYDELIG', reached: 'LAV' } }],
    });
  });
});

test('a document with an expiry date must have it recorded; the health card has none', () => {
  const parse = (document: object) => ZVisitEvidence.safeParse({ method: 'documents', targetLevel: 'LAV', documents: [document] }).error?.issues;
  expect(parse({ kind: 'danishPassport' })).toMatchObject([{ path: ['documents', 0, 'expiresOn'], message: 'visit.expiryRequired' }]);
  expect(parse({ kind: 'healthCard' })).toBeUndefined();
});

describe('assurance level HØJ', () => {
  test('is reached in person with a physical Danish photo document', () => {
    expect(outcome(evidence({ targetLevel: 'HØJ' }))).toBe('verified at HØJ');
    expect(outcome(evidence({ targetLevel: 'HØJ', documents: [{ kind: 'danishPassport', expiresOn: '2031-02-03' }] }))).toBe('verified at HØJ');
  });

  test('is refused when the citizen is not there in person [pub]', () => {
    expect(outcome(evidence({ targetLevel: 'HØJ', inPerson: false }))).toEqual(['visit.highRequiresInPerson']);
  });

  test('is not reached by the driving-licence app, CPR questions or a witness', () => {
    expect(outcome(evidence({ targetLevel: 'HØJ', documents: [{ kind: 'danishDrivingLicenceApp', expiresOn: '2030-01-01' }] }))).toEqual(['visit.levelNotReached']);
    expect(outcome(evidence({ targetLevel: 'HØJ', method: 'cprQuestions', cprQuestions: { asked: 3, correct: 3 } }))).toEqual(['visit.levelNotReached']);
  });
});

describe('CPR questions', () => {
  const questions = (asked: number, correct: number) =>
    evidence({ method: 'cprQuestions', documents: [{ kind: 'healthCard' }], cprQuestions: { asked, correct } });

  test(`verify at BETYDELIG with legitimation and ${policy.cprQuestionsMinimum} of ${policy.cprQuestionsMinimum} right`, () => {
    expect(outcome(questions(3, 3))).toBe('verified at BETYDELIG');
    expect(outcome(questions(4, 4))).toBe('verified at BETYDELIG');
  });

  test('fewer than the policy minimum are refused [policy]', () => {
    expect(outcome(questions(2, 2))).toEqual(['visit.cprQuestionsTooFew']);
  });

  test('a single wrong answer is refused', () => {
    expect(outcome(questions(4, 3))).toEqual(['visit.cprQuestionsWrong']);
  });

  test('the minimum is configurable', () => {
    const strict = { ...policy, cprQuestionsMinimum: 4 };
    expect(assessVisit(questions(3, 3), facts(), strict)).toMatchObject({ verified: false, violations: [{ code: 'visit.cprQuestionsTooFew', params: { minimum: 4 } }] });
  });

  test('still need valid legitimation [seed]', () => {
    const e = evidence({ method: 'cprQuestions', documents: [{ kind: 'healthCard', digitalCopy: true }], cprQuestions: { asked: 3, correct: 3 } });
    expect(outcome(e)).toEqual(['visit.documentNotPhysical', 'visit.legitimationMissing']);
  });

  test('cannot report more right answers than questions', () => {
    expect(ZVisitEvidence.safeParse({ method: 'cprQuestions', targetLevel: 'LAV', documents: [licence], cprQuestions: { asked: 3, correct: 4 } }).error?.issues[0]).toMatchObject({
      message: 'visit.cprQuestionsCount',
      path: ['cprQuestions', 'correct'],
    });
  });
});

describe('witness', () => {
  test('an adult with MitID long enough, photo ID and few witnessings verifies at BETYDELIG', () => {
    expect(outcome(byWitness())).toBe('verified at BETYDELIG');
  });

  test(`MitID held exactly ${policy.witnessMitIdMinimumDays} days is enough, one day less is not [seed]`, () => {
    expect(outcome(byWitness({ mitIdSince: '2026-11-15' }))).toBe('verified at BETYDELIG');
    expect(assessVisit(byWitness({ mitIdSince: '2026-11-16' }), facts())).toMatchObject({
      violations: [{ code: 'visit.witnessMitIdTooNew', path: 'witness.mitIdSince', params: { days: 9, minimum: 10 } }],
    });
  });

  test('the MitID minimum is configurable (current guidance: 30 days)', () => {
    expect(assessVisit(byWitness({ mitIdSince: '2026-11-01' }), facts(), { ...policy, witnessMitIdMinimumDays: 30 }).verified).toBe(false);
  });

  test('a witness who turns 18 today may witness; one who turns 18 tomorrow may not [pub]', () => {
    expect(outcome(byWitness({ cpr: '251108-4321' }))).toBe('verified at BETYDELIG');
    expect(outcome(byWitness({ cpr: '261108-4321' }))).toEqual(['visit.witnessUnderAge']);
  });

  test('the citizen cannot witness for themselves [pub]', () => {
    expect(outcome(byWitness({ cpr: '150385-1236' }))).toEqual(['visit.witnessIsApplicant']);
  });

  test('must show photo ID, plus a CPR document when the photo ID lacks the number [pub]', () => {
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

describe('the applicant', () => {
  test('is 15 on the day: accepted; 15 tomorrow: refused [seed]', () => {
    expect(outcome(evidence(), facts({ citizen: { cpr: '2511114234', hasFixedAddress: true, postalAddress: null } }))).toBe('verified at BETYDELIG');
    expect(outcome(evidence(), facts({ citizen: { cpr: '2611114234', hasFixedAddress: true, postalAddress: null } }))).toEqual(['visit.applicantUnderAge']);
  });

  test('with a substitute number has no Danish CPR number and is refused [seed]', () => {
    expect(outcome(evidence(), facts({ citizen: { cpr: '7503851236', hasFixedAddress: true, postalAddress: null } }))).toEqual(['visit.noDanishCpr']);
  });

  test('without a fixed address needs a postal address [seed]', () => {
    expect(outcome(evidence(), facts({ citizen: { cpr: '1503851236', hasFixedAddress: false, postalAddress: null } }))).toEqual(['visit.postalAddressMissing']);
    expect(outcome(evidence(), facts({ citizen: { cpr: '1503851236', hasFixedAddress: false, postalAddress: 'Postboks 1, 8000 Aarhus C' } }))).toBe('verified at BETYDELIG');
  });
});

describe('NemID services', () => {
  test('could be handed out until 30 June 2023 and are refused after [seed]', () => {
    expect(outcome(evidence(), facts({ service: 'nemIdKeyCard', today: '2023-06-30' }))).toBe('verified at BETYDELIG');
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
    documents: [{ ...licence, expiresOn: '2020-01-01' }],
    witness: { ...witness, mitIdSince: today, photoIdSeen: false },
  });
  expect(outcome(e, facts({ witnessRecentWitnessings: 5 }))).toEqual(
    ['visit.documentExpired', 'visit.legitimationMissing', 'visit.witnessMitIdTooNew', 'visit.witnessPhotoIdMissing', 'visit.witnessLimitReached', 'visit.highRequiresInPerson'],
  );
});
