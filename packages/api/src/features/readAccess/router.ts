import { ZId, ZReadAccessInput, ZReadAccessListInput, ZReadAccessRevocation } from '@skranke/domain';
import { listReadAccesses } from '@skranke/db';
import { counterProcedure, router } from '../../trpc.js';
import { ZReadAccessItem, ZReadAccessList } from './outputs.js';
import { activateReadAccess, correctReadAccess, readReadAccess, requestReadAccess, revokeReadAccess } from './services.js';

export const readAccessRouter = router({
  list: counterProcedure.input(ZReadAccessListInput).output(ZReadAccessList).query(({ ctx, input }) => listReadAccesses(ctx.db, input, ctx.now())),

  get: counterProcedure.input(ZId).output(ZReadAccessItem).query(({ ctx, input }) => readReadAccess(ctx.db, ctx.staff, input.id, ctx.now())),

  create: counterProcedure.input(ZReadAccessInput).mutation(({ ctx, input }) => requestReadAccess(ctx.db, ctx.staff, input, ctx.now())),

  update: counterProcedure.input(ZId.extend({ data: ZReadAccessInput })).mutation(({ ctx, input }) => correctReadAccess(ctx.db, ctx.staff, input, ctx.now())),

  activate: counterProcedure.input(ZId).mutation(({ ctx, input }) => activateReadAccess(ctx.db, ctx.staff, input.id, ctx.now())),

  revoke: counterProcedure.input(ZReadAccessRevocation).mutation(({ ctx, input }) => revokeReadAccess(ctx.db, ctx.staff, input, ctx.now())),
});
