import {
  addDays,
  assessVisit,
  isReadAction,
  maskCpr,
  policy,
  todayIso,
  type RuleViolation,
  type TVisitEvidence,
  type TVisitStart,
} from '@skranke/domain';
import {
  appendAudit,
  auditTrail,
  closeVisit,
  countRecentWitnessings,
  findCitizen,
  findStaffById,
  findVisit,
  insertVisit,
  loadDocumentCatalogue,
  recordVisitEvidence,
  staleOpenVisits,
  upsertWitness,
  type Db,
  type Queryable,
  type StaffMember,
  type VisitRow,
} from '@skranke/db';
import { appError, orNotFound } from '../../errors.js';
import { auditReaders } from '../../trpc.js';
import { citizenCard } from '../citizens/card.js';

function openVisit(db: Queryable, id: number): VisitRow {
  const found = orNotFound(findVisit(db, id));
  if (found.visit.outcome !== 'open') throw appError('CONFLICT', 'visit.notOpen');
  return found.visit;
}

/**
 * Runs the rule engine with the facts only the database knows (the citizen, the witness's history).
 * [pub] "Within 120 days": the 120 calendar days ending today.
 */
function assess(db: Queryable, visit: VisitRow, evidence: TVisitEvidence, now: Date) {
  const citizen = orNotFound(findCitizen(db, visit.citizenId));
  const today = todayIso(now);
  const witnessRecentWitnessings = evidence.witness
    ? countRecentWitnessings(db, evidence.witness.cpr, addDays(today, 1 - policy.witnessWindowDays), citizen.id)
    : 0;
  return assessVisit(evidence, { today, service: visit.service, citizen, witnessRecentWitnessings, documentKinds: loadDocumentCatalogue(db) });
}

/** The full record with its audit history; the read itself is logged first, so it shows in that history. */
export function readVisit(db: Queryable, actor: StaffMember, id: number, now: Date) {
  const found = orNotFound(findVisit(db, id));
  const { visit, documents, witness } = found;
  appendAudit(db, { staffId: actor.id, action: 'visit.read', entity: 'visit', entityId: visit.id }, now);
  const citizen = findCitizen(db, visit.citizenId)!;
  return {
    ...visit,
    caseworkerName: findStaffById(db, visit.caseworkerId)?.displayName ?? null,
    documents: documents.map(({ kind, expiresOn, temporary, digitalCopy, chipRead }) => ({ kind, expiresOn, temporary, digitalCopy, chipRead })),
    witness: witness ? { name: witness.name, cprMasked: maskCpr(witness.cpr) } : null,
    citizen: citizenCard(db, citizen, now),
    // Changes for everyone; who read the visit only for those who read the audit log.
    history: auditTrail(db, 'visit', visit.id).filter((entry) => (auditReaders as readonly string[]).includes(actor.role) || !isReadAction(entry.action)),
  };
}

/** Starts serving a citizen; the visit stays open until it is completed, refused or aborted. */
export function startVisit(db: Db, actor: StaffMember, input: TVisitStart, now: Date) {
  return db.transaction((tx) => {
    if (!findCitizen(tx, input.citizenId)) throw appError('NOT_FOUND', 'error.notFound', { field: 'citizenId' });
    const visit = insertVisit(tx, { ...input, caseworkerId: actor.id, startedAt: now, day: todayIso(now) });
    appendAudit(tx, { staffId: actor.id, action: 'visit.create', entity: 'visit', entityId: visit.id, details: { citizenId: input.citizenId, service: input.service } }, now);
    return { id: visit.id };
  });
}

/** Live rule feedback while the caseworker fills in the form: nothing is stored. */
export function assessOpenVisit(db: Queryable, id: number, evidence: TVisitEvidence, now: Date) {
  return assess(db, openVisit(db, id), evidence, now);
}

/** Verified, or refused with every broken rule's code; a refused call stores nothing. */
export function completeVisit(db: Db, actor: StaffMember, input: { id: number; evidence: TVisitEvidence }, now: Date) {
  return db.transaction((tx) => {
    const visit = openVisit(tx, input.id);
    const assessment = assess(tx, visit, input.evidence, now);
    if (!assessment.verified) {
      throw appError('BAD_REQUEST', 'visit.rulesBroken', { violations: assessment.violations });
    }
    const witness = input.evidence.witness;
    recordVisitEvidence(tx, visit.id, input.evidence, witness ? upsertWitness(tx, witness) : null);
    closeVisit(tx, visit.id, { outcome: 'verified', level: assessment.level, closedAt: now });
    appendAudit(tx, { staffId: actor.id, action: 'visit.complete', entity: 'visit', entityId: visit.id, details: { level: assessment.level, method: input.evidence.method } }, now);
    return { id: visit.id, level: assessment.level };
  });
}

/** [pub] A refusal always records its reason; the rules the evidence broke are kept beside it. */
export function refuseVisit(db: Db, actor: StaffMember, input: { id: number; reason: string; evidence?: TVisitEvidence | undefined }, now: Date) {
  return db.transaction((tx) => {
    const visit = openVisit(tx, input.id);
    let brokenRules: RuleViolation[] = [];
    if (input.evidence) {
      const assessment = assess(tx, visit, input.evidence, now);
      brokenRules = assessment.violations;
      const witness = input.evidence.witness;
      recordVisitEvidence(tx, visit.id, input.evidence, witness ? upsertWitness(tx, witness) : null);
    }
    closeVisit(tx, visit.id, { outcome: 'refused', refusalReason: input.reason, brokenRules, closedAt: now });
    appendAudit(tx, { staffId: actor.id, action: 'visit.refuse', entity: 'visit', entityId: visit.id, details: { brokenRules } }, now);
    return { id: visit.id, brokenRules };
  });
}

/** The citizen left before the identity could be established either way. */
export function abortVisit(db: Db, actor: StaffMember, id: number, now: Date) {
  return db.transaction((tx) => {
    const visit = openVisit(tx, id);
    closeVisit(tx, visit.id, { outcome: 'aborted', closedAt: now });
    appendAudit(tx, { staffId: actor.id, action: 'visit.abort', entity: 'visit', entityId: visit.id }, now);
    return { id: visit.id };
  });
}

/**
 * Closes as aborted every visit left open from an earlier counter day (a page closed, a browser crashed), so no
 * visit stays open for ever. Run at start-up and at midnight; each closing is audited, by the system (no staff).
 */
export function abortStaleVisits(db: Db, now: Date): number {
  return db.transaction((tx) => {
    const stale = staleOpenVisits(tx, todayIso(now));
    for (const visit of stale) {
      closeVisit(tx, visit.id, { outcome: 'aborted', closedAt: now });
      appendAudit(tx, { staffId: null, action: 'visit.abort', entity: 'visit', entityId: visit.id, details: { citizenId: visit.citizenId, stale: true } }, now);
    }
    return stale.length;
  });
}
