import { ZId, ZRefusal, ZVisitEvidence, ZVisitListInput, ZVisitStart } from '@skranke/domain';
import { listVisits } from '@skranke/db';
import { counterProcedure, router } from '../../trpc.js';
import { ZVisit, ZVisitList } from './outputs.js';
import { abortVisit, assessOpenVisit, completeVisit, readVisit, refuseVisit, startVisit } from './services.js';

const ZEvidenceFor = ZId.extend({ evidence: ZVisitEvidence });

export const visitsRouter = router({
  list: counterProcedure.input(ZVisitListInput).output(ZVisitList).query(({ ctx, input }) => listVisits(ctx.db, input)),

  get: counterProcedure.input(ZId).output(ZVisit).query(({ ctx, input }) => readVisit(ctx.db, ctx.staff, input.id, ctx.now())),

  create: counterProcedure.input(ZVisitStart).mutation(({ ctx, input }) => startVisit(ctx.db, ctx.staff, input, ctx.now())),

  assess: counterProcedure.input(ZEvidenceFor).query(({ ctx, input }) => assessOpenVisit(ctx.db, input.id, input.evidence, ctx.now())),

  complete: counterProcedure.input(ZEvidenceFor).mutation(({ ctx, input }) => completeVisit(ctx.db, ctx.staff, input, ctx.now())),

  refuse: counterProcedure
    .input(ZRefusal.extend({ id: ZId.shape.id, evidence: ZVisitEvidence.optional() }))
    .mutation(({ ctx, input }) => refuseVisit(ctx.db, ctx.staff, input, ctx.now())),

  abort: counterProcedure.input(ZId).mutation(({ ctx, input }) => abortVisit(ctx.db, ctx.staff, input.id, ctx.now())),
});
