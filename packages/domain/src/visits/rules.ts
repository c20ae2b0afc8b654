import { ageOn, parseCpr } from '../cpr.js';
import { daysBetween, type IsoDate } from '../isoDate.js';
import type { MessageKey } from '../messages.js';
import { policy as defaultPolicy, type Policy } from '../policy.js';
import {
  assuranceLevels,
  nemIdServices,
  type AssuranceLevel,
  type DocumentKind,
  type TIdentityDocument,
  type TVisitEvidence,
  type VisitService,
} from './visit.js';

/** A broken rule: a stable code (also the message key), the field it concerns, and values for the message. */
export type RuleViolation = { code: MessageKey; path: string; params?: Record<string, string | number> };

export type VisitAssessment =
  | { verified: true; level: AssuranceLevel }
  | { verified: false; reached: AssuranceLevel | null; violations: RuleViolation[] };

/** What the rules need to know beyond the evidence itself; the caller looks it up. */
export type VisitFacts = {
  today: IsoDate;
  service: VisitService;
  citizen: { cpr: string; hasFixedAddress: boolean; postalAddress: string | null };
  /** Verified visits this witness confirmed for other people within the policy's window. */
  witnessRecentWitnessings: number;
};

/** [pub] Documents are physical, except these two apps. */
const appDocuments: readonly DocumentKind[] = ['danishDrivingLicenceApp', 'healthCardApp'];
/** [pub] The temporary health card is temporary by nature. */
const temporaryKinds: readonly DocumentKind[] = ['temporaryHealthCard'];
/** [pub] A Danish driving licence on its own is enough for BETYDELIG (we count the Danish passport alike). */
const betydeligAlone: readonly DocumentKind[] = ['danishDrivingLicence', 'danishDrivingLicenceApp', 'danishPassport'];
/** [pub] A foreign passport or ID card reaches BETYDELIG only together with one of these. */
const foreignIdentity: readonly DocumentKind[] = ['foreignPassport', 'foreignIdCard'];
const foreignCompanion: readonly DocumentKind[] = ['healthCard', 'healthCardApp', 'specialHealthCard', 'residenceCertificate'];
/** [policy] HØJ at the counter: a physical Danish photo document, shown in person. */
const hojDocuments: readonly DocumentKind[] = ['danishPassport', 'danishDrivingLicence'];

const rank = (level: AssuranceLevel) => assuranceLevels.indexOf(level);

function documentViolations(documents: TIdentityDocument[], today: IsoDate): RuleViolation[] {
  return documents.flatMap((doc, i): RuleViolation[] => {
    const path = `documents.${i}`;
    const broken: RuleViolation[] = [];
    // [pub] An expired document is refused; one expiring today is still valid today.
    if (doc.expiresOn && doc.expiresOn < today) broken.push({ code: 'visit.documentExpired', path: `${path}.expiresOn` });
    if (doc.temporary || temporaryKinds.includes(doc.kind)) broken.push({ code: 'visit.documentTemporary', path });
    if (doc.digitalCopy && !appDocuments.includes(doc.kind)) broken.push({ code: 'visit.documentNotPhysical', path });
    return broken;
  });
}

/** The level the valid documents reach on their own. */
function documentLevel(valid: DocumentKind[], inPerson: boolean): AssuranceLevel | null {
  if (valid.length === 0) return null;
  const has = (kinds: readonly DocumentKind[]) => valid.some((k) => kinds.includes(k));
  const betydelig = has(betydeligAlone) || (has(foreignIdentity) && has(foreignCompanion));
  if (betydelig && inPerson && has(hojDocuments)) return 'HØJ';
  return betydelig ? 'BETYDELIG' : 'LAV';
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
  if (mitIdDays < policy.witnessMitIdMinimumDays) {
    broken.push({
      code: 'visit.witnessMitIdTooNew',
      path: 'witness.mitIdSince',
      params: { days: Math.max(0, mitIdDays), minimum: policy.witnessMitIdMinimumDays },
    });
  }
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

/**
 * The rule engine of the counter: given what the caseworker recorded and the facts around it, either the
 * assurance level the identity is verified at, or every rule the visit breaks. The server runs it again
 * before storing an outcome, so the browser's live feedback is a convenience, not the safeguard.
 */
export function assessVisit(evidence: TVisitEvidence, facts: VisitFacts, policy: Policy = defaultPolicy): VisitAssessment {
  const violations: RuleViolation[] = [];
  const cpr = parseCpr(facts.citizen.cpr);

  // [seed] A NemID applicant under 15, or without a Danish CPR number, is refused.
  if (!cpr.ok || cpr.cpr.isSubstitute) violations.push({ code: 'visit.noDanishCpr', path: 'citizen' });
  if (cpr.ok && ageOn(cpr.cpr.birthDate, facts.today) < policy.minimumApplicantAge) {
    violations.push({ code: 'visit.applicantUnderAge', path: 'citizen', params: { minimum: policy.minimumApplicantAge } });
  }
  // [seed] No fixed address in the folkeregister: a postal address is required.
  if (!facts.citizen.hasFixedAddress && !facts.citizen.postalAddress) {
    violations.push({ code: 'visit.postalAddressMissing', path: 'citizen' });
  }
  // [seed] NemID key cards and temporary passwords could be collected until 30 June 2023.
  if ((nemIdServices as readonly string[]).includes(facts.service) && facts.today > policy.nemIdLastCollection) {
    violations.push({ code: 'visit.nemIdEnded', path: 'service', params: { date: policy.nemIdLastCollection } });
  }

  const documentProblems = documentViolations(evidence.documents, facts.today);
  violations.push(...documentProblems);
  const invalid = new Set(documentProblems.map((v) => Number(v.path.split('.')[1])));
  const valid = evidence.documents.filter((_, i) => !invalid.has(i)).map((d) => d.kind);
  // [seed] Valid legitimation is always needed, whatever the method.
  if (valid.length === 0) violations.push({ code: 'visit.legitimationMissing', path: 'documents' });

  let reached: AssuranceLevel | null = null;
  switch (evidence.method) {
    case 'documents':
      reached = documentLevel(valid, evidence.inPerson);
      break;
    case 'cprQuestions': {
      const q = evidence.cprQuestions;
      if (q && q.asked < policy.cprQuestionsMinimum) {
        violations.push({ code: 'visit.cprQuestionsTooFew', path: 'cprQuestions.asked', params: { minimum: policy.cprQuestionsMinimum } });
      } else if (q && q.correct < q.asked) {
        violations.push({ code: 'visit.cprQuestionsWrong', path: 'cprQuestions.correct' });
      }
      // [policy] Legitimation plus passed CPR questions (or a witness) establishes BETYDELIG, never HØJ.
      reached = valid.length > 0 && q ? 'BETYDELIG' : null;
      break;
    }
    case 'witness':
      violations.push(...witnessViolations(evidence, facts, cpr.ok ? cpr.cpr.digits : null, policy));
      reached = valid.length > 0 && evidence.witness ? 'BETYDELIG' : null;
      break;
  }

  // [pub] HØJ requires the citizen to appear in person at the counter.
  if (evidence.targetLevel === 'HØJ' && !evidence.inPerson) {
    violations.push({ code: 'visit.highRequiresInPerson', path: 'inPerson' });
  } else if (valid.length > 0 && (!reached || rank(reached) < rank(evidence.targetLevel))) {
    violations.push({
      code: 'visit.levelNotReached',
      path: 'targetLevel',
      params: { target: evidence.targetLevel, reached: reached ?? '–' },
    });
  }

  return violations.length === 0 && reached
    ? { verified: true, level: evidence.targetLevel }
    : { verified: false, reached, violations };
}
