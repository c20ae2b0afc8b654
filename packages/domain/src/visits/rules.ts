import { ageOn, parseCpr } from '../cpr.js';
import { daysBetween, type IsoDate } from '../isoDate.js';
import type { MessageKey } from '../messages.js';
import { policy as defaultPolicy, type Policy } from '../policy.js';
import type { DocumentCatalogue, DocumentKindRule } from './documents.js';
import {
  assuranceLevels,
  isCredentialService,
  isNemIdService,
  methodsFor,
  type AssuranceLevel,
  type TIdentityDocument,
  type TVisitEvidence,
  type VisitService,
} from './visit.js';

/** A broken rule: a stable code (also the message key), the field it concerns, and values for the message. */
export type RuleViolation = { code: MessageKey; path: string; params?: Record<string, string | number> };

/**
 * The rule engine's answer (the `visits.assess` contract): verified or not, the level the evidence reaches (the
 * target level when verified; null when no valid combination), and every rule broken.
 */
export type VisitAssessment =
  | { verified: true; level: AssuranceLevel; violations: RuleViolation[] }
  | { verified: false; level: AssuranceLevel | null; violations: RuleViolation[] };

/** What the rules need to know beyond the evidence itself; the caller looks it up. */
export type VisitFacts = {
  today: IsoDate;
  service: VisitService;
  citizen: { cpr: string; hasFixedAddress: boolean; postalAddress: string | null };
  /** Verified visits this witness confirmed for other people within the policy's window, in this municipality. */
  witnessRecentWitnessings: number;
  /** The document kinds of the reference data, by code. */
  documentKinds: DocumentCatalogue;
};

const rank = (level: AssuranceLevel) => assuranceLevels.indexOf(level);

export function levelAtLeast(level: AssuranceLevel | null, minimum: AssuranceLevel): boolean {
  return level !== null && rank(level) >= rank(minimum);
}

type ShownDocument = { index: number; document: TIdentityDocument; kind: DocumentKindRule };

/** Each document's own problems (unknown, expired, temporary, a copy); the ones without any are valid. */
function documentViolations(documents: TIdentityDocument[], kinds: DocumentCatalogue, today: IsoDate) {
  const violations: RuleViolation[] = [];
  const valid: ShownDocument[] = [];
  documents.forEach((document, index) => {
    const path = `documents.${index}`;
    const kind = kinds.get(document.kind);
    if (!kind) {
      violations.push({ code: 'visit.documentUnknown', path: `${path}.kind` });
      return;
    }
    const broken: RuleViolation[] = [];
    // [pub] Expired or temporary documents (the temporary health card, the emergency passport) are never accepted.
    if (kind.category === 'never') broken.push({ code: 'visit.documentNeverAccepted', path: `${path}.kind` });
    else if (document.temporary) broken.push({ code: 'visit.documentTemporary', path: `${path}.temporary` });
    if (kind.hasExpiry && !document.expiresOn) broken.push({ code: 'visit.expiryRequired', path: `${path}.expiresOn` });
    // [pub] One expiring today is still valid today.
    if (document.expiresOn && document.expiresOn < today) broken.push({ code: 'visit.documentExpired', path: `${path}.expiresOn` });
    // [pub] Physical documents only, except the driving-licence app and the health-card app.
    if (document.digitalCopy && !kind.isApp) broken.push({ code: 'visit.documentNotPhysical', path: `${path}.digitalCopy` });
    violations.push(...broken);
    if (broken.length === 0) valid.push({ index, document, kind });
  });
  return { violations, valid };
}

/**
 * [pub] The level the valid documents reach together, whatever the confirmation: BETYDELIG from one of A, or one
 * of B with one of C; HØJ from a passport with CPR number, or a passport or national ID card whose chip the MitID
 * app read, with one of C (the citizen's MitID is tied to the CPR number); LAV from one photo ID [policy]. C alone
 * never verifies anyone. (HØJ is also always in person: a rule of its own.)
 */
function documentLevel(valid: readonly ShownDocument[]): AssuranceLevel | null {
  const has = (category: DocumentKindRule['category']) => valid.some((d) => d.kind.category === category);
  const high =
    valid.some((d) => d.kind.highRoute === 'alone') ||
    (has('C') && valid.some((d) => d.kind.highRoute === 'chipWithCprDocument' && d.document.chipRead));
  if (high) return 'HØJ';
  if (has('A') || (has('B') && has('C'))) return 'BETYDELIG';
  if (has('B')) return 'LAV';
  return null;
}

/** Why valid documents fall short of the target, in the caseworker's terms (below HØJ, only a missing C can). */
function levelViolation(reached: AssuranceLevel | null, target: AssuranceLevel): RuleViolation {
  if (reached === null) return { code: 'visit.photoIdRequired', path: 'documents' };
  if (target === 'HØJ') return { code: 'visit.highNotReached', path: 'targetLevel', params: { reached } };
  return { code: 'visit.cprDocumentRequired', path: 'documents' };
}

function witnessViolations(evidence: TVisitEvidence, facts: VisitFacts, citizenCpr: string | null, policy: Policy): RuleViolation[] {
  const witness = evidence.witness;
  if (!witness) return [];
  const broken: RuleViolation[] = [];
  const parsed = parseCpr(witness.cpr);
  if (parsed.ok && ageOn(parsed.cpr.birthDate, facts.today) < policy.witnessMinimumAge) {
    broken.push({ code: 'visit.witnessUnderAge', path: 'witness.cpr', params: { minimum: policy.witnessMinimumAge } });
  }
  if (parsed.ok && parsed.cpr.digits === citizenCpr) {
    broken.push({ code: 'visit.witnessIsApplicant', path: 'witness.cpr' });
  }
  const mitIdDays = daysBetween(witness.mitIdSince, facts.today);
  if (mitIdDays < 0) {
    broken.push({ code: 'visit.witnessMitIdInFuture', path: 'witness.mitIdSince' });
  } else if (witness.mitIdSince < policy.mitIdFirstIssued) {
    broken.push({ code: 'visit.witnessMitIdBeforeIssued', path: 'witness.mitIdSince', params: { date: policy.mitIdFirstIssued } });
  } else if (mitIdDays < policy.witnessMitIdMinimumDays) {
    broken.push({
      code: 'visit.witnessMitIdTooNew',
      path: 'witness.mitIdSince',
      params: { days: mitIdDays, minimum: policy.witnessMitIdMinimumDays },
    });
  }
  // [pub] The witness shows photo ID of category A, or B together with a CPR document.
  if (!witness.photoIdSeen) broken.push({ code: 'visit.witnessPhotoIdMissing', path: 'witness.photoIdSeen' });
  if (witness.photoIdSeen && !witness.photoIdHasCpr && !witness.cprDocumentSeen) {
    broken.push({ code: 'visit.witnessCprDocumentMissing', path: 'witness.cprDocumentSeen' });
  }
  if (facts.witnessRecentWitnessings >= policy.witnessMaximumWitnessings) {
    broken.push({
      code: 'visit.witnessLimitReached',
      path: 'witness.cpr',
      params: { maximum: policy.witnessMaximumWitnessings, days: policy.witnessWindowDays },
    });
  }
  return broken;
}

function cprQuestionViolations(evidence: TVisitEvidence, policy: Policy): RuleViolation[] {
  const q = evidence.cprQuestions;
  if (!q) return [];
  // [policy] At least 3 asked, and all answered correctly.
  if (q.asked < policy.cprQuestionsMinimum) {
    return [{ code: 'visit.cprQuestionsTooFew', path: 'cprQuestions.asked', params: { minimum: policy.cprQuestionsMinimum } }];
  }
  return q.correct < q.asked ? [{ code: 'visit.cprQuestionsWrong', path: 'cprQuestions.correct' }] : [];
}

/** [seed] The applicant for a credential: old enough, with a Danish CPR number and an address to write to. */
function applicantViolations(facts: VisitFacts, policy: Policy): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const nemId = isNemIdService(facts.service);
  const cpr = parseCpr(facts.citizen.cpr);
  // [seed] A Danish CPR number is required; without one the MitID app's P-code route is the way.
  if (!cpr.ok || cpr.cpr.isSubstitute) violations.push({ code: 'visit.noDanishCpr', path: 'citizen' });
  // [seed] NemID from 15; [pub mitid.dk] MitID from 13.
  const minimum = nemId ? policy.nemIdMinimumAge : policy.mitIdMinimumAge;
  if (cpr.ok && ageOn(cpr.cpr.birthDate, facts.today) < minimum) {
    violations.push({ code: 'visit.applicantUnderAge', path: 'citizen', params: { minimum, credential: nemId ? 'NemID' : 'MitID' } });
  }
  if (!facts.citizen.hasFixedAddress && !facts.citizen.postalAddress) {
    violations.push({ code: 'visit.postalAddressMissing', path: 'citizen' });
  }
  // [seed] Key cards and temporary passwords could be collected until 30 June 2023; from 1 July every NemID service is refused.
  if (nemId && facts.today > policy.nemIdLastCollection) {
    violations.push({ code: 'visit.nemIdEnded', path: 'service', params: { date: policy.nemIdLastCollection } });
  }
  return violations;
}

/**
 * The rule engine of the counter: given what the caseworker recorded and the facts around it, whether the identity
 * is verified at the target level, the level reached and every rule broken. The server runs it again before storing
 * an outcome, so the browser's live feedback is a convenience, not the safeguard.
 */
export function assessVisit(evidence: TVisitEvidence, facts: VisitFacts, policy: Policy = defaultPolicy): VisitAssessment {
  const credential = isCredentialService(facts.service);
  const violations: RuleViolation[] = credential ? applicantViolations(facts, policy) : [];

  if (!methodsFor(facts.service).includes(evidence.method)) {
    // [seed; pub] A document on its own never verifies a credential visit.
    violations.push({ code: 'visit.confirmationRequired', path: 'method' });
  }
  // [seed "møde op i Borgerservice"; pub] Nobody gets a credential on another's behalf; HØJ is always in person.
  if (!evidence.inPerson && (credential || evidence.targetLevel === 'HØJ')) {
    violations.push({ code: credential ? 'visit.inPersonRequired' : 'visit.highRequiresInPerson', path: 'inPerson' });
  }

  const documents = documentViolations(evidence.documents, facts.documentKinds, facts.today);
  violations.push(...documents.violations);
  const level = documentLevel(documents.valid);
  if (documents.valid.length === 0) violations.push({ code: 'visit.legitimationMissing', path: 'documents' });
  else if (!levelAtLeast(level, evidence.targetLevel)) violations.push(levelViolation(level, evidence.targetLevel));

  const citizenCpr = parseCpr(facts.citizen.cpr);
  violations.push(...cprQuestionViolations(evidence, policy));
  violations.push(...witnessViolations(evidence, facts, citizenCpr.ok ? citizenCpr.cpr.digits : null, policy));

  return violations.length === 0
    ? { verified: true, level: evidence.targetLevel, violations }
    : { verified: false, level, violations };
}
