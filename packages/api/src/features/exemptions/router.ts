import { ZExemptionDecision, ZExemptionInput, ZExemptionListInput, ZExemptionRevocation, ZId } from '@skranke/domain';
import { listExemptionGrounds, listExemptions } from '@skranke/db';
import { counterProcedure, router, staffProcedure } from '../../trpc.js';
import { ZExemption, ZExemptionList } from './outputs.js';
import { correctExemption, decideExemption, readExemption, requestExemption, revokeExemption } from './services.js';

/** [issue] Decisions on exemptions are a supervisor's. */
const supervisorProcedure = staffProcedure.meta({ access: ['supervisor'] });

export const exemptionsRouter = router({
  list: counterProcedure.input(ZExemptionListInput).output(ZExemptionList).query(({ ctx, input }) => listExemptions(ctx.db, input)),

  /** The grounds offered at intake (the citizen need not state one). */
  grounds: counterProcedure.query(({ ctx }) => listExemptionGrounds(ctx.db, true)),

  get: counterProcedure.input(ZId).output(ZExemption).query(({ ctx, input }) => readExemption(ctx.db, ctx.staff, input.id, ctx.now())),

  create: counterProcedure.input(ZExemptionInput).mutation(({ ctx, input }) => requestExemption(ctx.db, ctx.staff, input, ctx.now())),

  update: counterProcedure.input(ZId.extend({ data: ZExemptionInput })).mutation(({ ctx, input }) => correctExemption(ctx.db, ctx.staff, input, ctx.now())),

  decide: supervisorProcedure.input(ZExemptionDecision).mutation(({ ctx, input }) => decideExemption(ctx.db, ctx.staff, input, ctx.now())),

  revoke: supervisorProcedure.input(ZExemptionRevocation).mutation(({ ctx, input }) => revokeExemption(ctx.db, ctx.staff, input, ctx.now())),
});
