import {
  ZId,
  ZRefusal,
  ZVisitEvidence,
  ZVisitListInput,
  ZVisitStart,
  addDays,
  assessVisit,
  isReadAction,
  maskCpr,
  policy,
  todayIso,
  type RuleViolation,
  type TVisitEvidence,
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
  listVisits,
  loadDocumentCatalogue,
  recordVisitEvidence,
  upsertWitness,
  type Queryable,
  type VisitRow,
} from '@skranke/db';
import { appError } from '../../errors.js';
import { counterProcedure, router } from '../../trpc.js';
import { auditReaders } from '../../trpc.js';
import { citizenCard } from '../citizens/card.js';

const ZEvidenceFor = ZId.extend({ evidence: ZVisitEvidence });

function openVisit(db: Queryable, id: number): VisitRow {
  const found = findVisit(db, id);
  if (!found) throw appError('NOT_FOUND', 'error.notFound');
  if (found.visit.outcome !== 'open') throw appError('CONFLICT', 'visit.notOpen');
  return found.visit;
}

/**
 * Runs the rule engine with the facts only the database knows (the citizen, the witness's history).
 * [pub] "Within 120 days": the 120 calendar days ending today.
 */
function assess(db: Queryable, visit: VisitRow, evidence: TVisitEvidence, now: Date) {
  const citizen = findCitizen(db, visit.citizenId);
  if (!citizen) throw appError('NOT_FOUND', 'error.notFound');
  const today = todayIso(now);
  const witnessRecentWitnessings = evidence.witness
    ? countRecentWitnessings(db, evidence.witness.cpr, addDays(today, 1 - policy.witnessWindowDays), citizen.id)
    : 0;
  return assessVisit(evidence, { today, service: visit.service, citizen, witnessRecentWitnessings, documentKinds: loadDocumentCatalogue(db) });
}

export const visitsRouter = router({
  list: counterProcedure.input(ZVisitListInput).query(({ ctx, input }) => listVisits(ctx.db, input)),

  /** The full record with its audit history; the read itself is logged first, so it shows in that history. */
  get: counterProcedure.input(ZId).query(({ ctx, input }) => {
    const now = ctx.now();
    const found = findVisit(ctx.db, input.id);
    if (!found) throw appError('NOT_FOUND', 'error.notFound');
    const { visit, documents, witness } = found;
    appendAudit(ctx.db, { staffId: ctx.staff.id, action: 'visit.read', entity: 'visit', entityId: visit.id }, now);
    const citizen = findCitizen(ctx.db, visit.citizenId)!;
    return {
      ...visit,
      caseworkerName: findStaffById(ctx.db, visit.caseworkerId)?.displayName ?? null,
      documents: documents.map(({ kind, expiresOn, temporary, digitalCopy, chipRead }) => ({ kind, expiresOn, temporary, digitalCopy, chipRead })),
      witness: witness ? { name: witness.name, cprMasked: maskCpr(witness.cpr) } : null,
      citizen: citizenCard(ctx.db, citizen, now),
      // Changes for everyone; who read the visit only for those who read the audit log.
      history: auditTrail(ctx.db, 'visit', visit.id).filter((entry) => (auditReaders as readonly string[]).includes(ctx.staff.role) || !isReadAction(entry.action)),
    };
  }),

  /** Starts serving a citizen; the visit stays open until it is completed, refused or aborted. */
  create: counterProcedure.input(ZVisitStart).mutation(({ ctx, input }) => {
    const now = ctx.now();
    return ctx.db.transaction((tx) => {
      if (!findCitizen(tx, input.citizenId)) throw appError('NOT_FOUND', 'error.notFound', { field: 'citizenId' });
      const visit = insertVisit(tx, { ...input, caseworkerId: ctx.staff.id, startedAt: now, day: todayIso(now) });
      appendAudit(tx, { staffId: ctx.staff.id, action: 'visit.create', entity: 'visit', entityId: visit.id, details: { citizenId: input.citizenId, service: input.service } }, now);
      return { id: visit.id };
    });
  }),

  /** Live rule feedback while the caseworker fills in the form: nothing is stored. */
  assess: counterProcedure.input(ZEvidenceFor).query(({ ctx, input }) => assess(ctx.db, openVisit(ctx.db, input.id), input.evidence, ctx.now())),

  /** Verified, or refused with every broken rule's code; a refused call stores nothing. */
  complete: counterProcedure.input(ZEvidenceFor).mutation(({ ctx, input }) => {
    const now = ctx.now();
    return ctx.db.transaction((tx) => {
      const visit = openVisit(tx, input.id);
      const assessment = assess(tx, visit, input.evidence, now);
      if (!assessment.verified) {
        throw appError('BAD_REQUEST', 'visit.rulesBroken', { violations: assessment.violations });
      }
      const witness = input.evidence.witness;
      recordVisitEvidence(tx, visit.id, input.evidence, witness ? upsertWitness(tx, witness) : null);
      closeVisit(tx, visit.id, { outcome: 'verified', level: assessment.level, closedAt: now });
      appendAudit(tx, { staffId: ctx.staff.id, action: 'visit.complete', entity: 'visit', entityId: visit.id, details: { level: assessment.level, method: input.evidence.method } }, now);
      return { id: visit.id, level: assessment.level };
    });
  }),

  /** [pub] A refusal always records its reason; the rules the evidence broke are kept beside it. */
  refuse: counterProcedure
    .input(ZRefusal.extend({ id: ZId.shape.id, evidence: ZVisitEvidence.optional() }))
    .mutation(({ ctx, input }) => {
      const now = ctx.now();
      return ctx.db.transaction((tx) => {
        const visit = openVisit(tx, input.id);
        let brokenRules: RuleViolation[] = [];
        if (input.evidence) {
          const assessment = assess(tx, visit, input.evidence, now);
          brokenRules = assessment.violations;
          const witness = input.evidence.witness;
          recordVisitEvidence(tx, visit.id, input.evidence, witness ? upsertWitness(tx, witness) : null);
        }
        closeVisit(tx, visit.id, { outcome: 'refused', refusalReason: input.reason, brokenRules, closedAt: now });
        appendAudit(tx, { staffId: ctx.staff.id, action: 'visit.refuse', entity: 'visit', entityId: visit.id, details: { brokenRules } }, now);
        return { id: visit.id, brokenRules };
      });
    }),

  /** The citizen left before the identity could be established either way. */
  abort: counterProcedure.input(ZId).mutation(({ ctx, input }) => {
    const now = ctx.now();
    return ctx.db.transaction((tx) => {
      const visit = openVisit(tx, input.id);
      closeVisit(tx, visit.id, { outcome: 'aborted', closedAt: now });
      appendAudit(tx, { staffId: ctx.staff.id, action: 'visit.abort', entity: 'visit', entityId: visit.id }, now);
      return { id: visit.id };
    });
  }),
});

