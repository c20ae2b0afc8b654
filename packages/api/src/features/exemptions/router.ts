import {
  ZExemptionDecision,
  ZExemptionInput,
  ZExemptionListInput,
  ZExemptionRevocation,
  ZId,
  canMoveExemption,
  cprAgeOn,
  decisionProblem,
  policy,
  todayIso,
  type ExemptionStatus,
  type TExemptionData,
} from '@skranke/domain';
import {
  appendAudit,
  findCitizen,
  findExemption,
  findExemptionGround,
  findStaffById,
  insertExemption,
  listExemptionGrounds,
  listExemptions,
  updateExemption,
  type Queryable,
} from '@skranke/db';
import { appError } from '../../errors.js';
import { counterProcedure, router, staffProcedure } from '../../trpc.js';
import { citizenCard } from '../citizens/card.js';

/** [issue] Decisions on exemptions are a supervisor's. */
const supervisorProcedure = staffProcedure.meta({ access: ['supervisor'] });

function existingExemption(db: Queryable, id: number) {
  const exemption = findExemption(db, id);
  if (!exemption) throw appError('NOT_FOUND', 'error.notFound');
  return exemption;
}

function checkMove(from: ExemptionStatus, to: ExemptionStatus): void {
  if (!canMoveExemption(from, to)) {
    throw appError('CONFLICT', 'exemption.illegalTransition', { params: { from: `exemption.status.${from}`, to: `exemption.status.${to}` } });
  }
}

/** The citizen must exist; a ground, when given, must be one in use. */
function checkReferences(db: Queryable, data: TExemptionData): void {
  if (!findCitizen(db, data.citizenId)) throw appError('NOT_FOUND', 'error.notFound', { field: 'citizenId' });
  if (data.groundId && !findExemptionGround(db, data.groundId)?.active) throw appError('NOT_FOUND', 'error.notFound', { field: 'groundId' });
}

const staffName = (db: Queryable, id: number | null) => (id ? (findStaffById(db, id)?.displayName ?? null) : null);

export const exemptionsRouter = router({
  list: counterProcedure.input(ZExemptionListInput).query(({ ctx, input }) => listExemptions(ctx.db, input)),

  /** The grounds offered at intake (the citizen need not state one). */
  grounds: counterProcedure.query(({ ctx }) => listExemptionGrounds(ctx.db, true)),

  get: counterProcedure.input(ZId).query(({ ctx, input }) => {
    const now = ctx.now();
    const exemption = existingExemption(ctx.db, input.id);
    appendAudit(ctx.db, { staffId: ctx.staff.id, action: 'exemption.read', entity: 'exemption', entityId: exemption.id }, now);
    return {
      ...exemption,
      ground: exemption.groundId ? (findExemptionGround(ctx.db, exemption.groundId) ?? null) : null,
      citizen: citizenCard(ctx.db, findCitizen(ctx.db, exemption.citizenId)!, now),
      requestedByName: staffName(ctx.db, exemption.requestedBy),
      decidedByName: staffName(ctx.db, exemption.decidedBy),
      revokedByName: staffName(ctx.db, exemption.revokedBy),
    };
  }),

  create: counterProcedure.input(ZExemptionInput).mutation(({ ctx, input }) => {
    const now = ctx.now();
    return ctx.db.transaction((tx) => {
      checkReferences(tx, input);
      const exemption = insertExemption(tx, input, ctx.staff.id, now);
      appendAudit(tx, { staffId: ctx.staff.id, action: 'exemption.create', entity: 'exemption', entityId: exemption.id, details: { citizenId: input.citizenId } }, now);
      return { id: exemption.id };
    });
  }),

  /** Corrections to the intake, while the request still awaits its decision. */
  update: counterProcedure.input(ZId.extend({ data: ZExemptionInput })).mutation(({ ctx, input }) => {
    const now = ctx.now();
    return ctx.db.transaction((tx) => {
      const before = existingExemption(tx, input.id);
      if (before.status !== 'requested') throw appError('CONFLICT', 'exemption.illegalTransition', { params: { from: `exemption.status.${before.status}`, to: 'exemption.status.requested' } });
      checkReferences(tx, input.data);
      updateExemption(tx, before.id, input.data, now);
      appendAudit(tx, { staffId: ctx.staff.id, action: 'exemption.update', entity: 'exemption', entityId: before.id }, now);
      return { id: before.id };
    });
  }),

  decide: supervisorProcedure.input(ZExemptionDecision).mutation(({ ctx, input }) => {
    const now = ctx.now();
    return ctx.db.transaction((tx) => {
      const exemption = existingExemption(tx, input.id);
      checkMove(exemption.status, input.decision);
      const citizen = findCitizen(tx, exemption.citizenId)!;
      const ground = exemption.groundId ? findExemptionGround(tx, exemption.groundId) : undefined;
      const problem = decisionProblem(input.decision, {
        citizenAge: cprAgeOn(citizen.cpr, todayIso(now)),
        residenceAbroad: ground?.residenceAbroad ?? false,
        minimumAge: policy.digitalPostAge,
      });
      if (problem) throw appError('BAD_REQUEST', problem, { field: 'decision', params: { minimum: policy.digitalPostAge } });
      updateExemption(
        tx,
        exemption.id,
        {
          status: input.decision,
          decidedAt: now,
          decidedBy: ctx.staff.id,
          decisionReason: input.reason,
          resendPaperPost: input.decision === 'granted' && input.resendPaperPost,
        },
        now,
      );
      appendAudit(tx, { staffId: ctx.staff.id, action: 'exemption.decide', entity: 'exemption', entityId: exemption.id, details: { decision: input.decision } }, now);
      return { id: exemption.id, status: input.decision };
    });
  }),

  revoke: supervisorProcedure.input(ZExemptionRevocation).mutation(({ ctx, input }) => {
    const now = ctx.now();
    return ctx.db.transaction((tx) => {
      const exemption = existingExemption(tx, input.id);
      checkMove(exemption.status, 'revoked');
      updateExemption(tx, exemption.id, { status: 'revoked', revokedAt: now, revokedBy: ctx.staff.id, revocationReason: input.reason }, now);
      appendAudit(tx, { staffId: ctx.staff.id, action: 'exemption.revoke', entity: 'exemption', entityId: exemption.id }, now);
      return { id: exemption.id, status: 'revoked' as const };
    });
  }),
});
