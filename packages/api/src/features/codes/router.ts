import { ZCodeIssue, ZCodeListInput, ZCodeRedemption, ZCodeRevocation, ZId } from '@skranke/domain';
import { listCodes } from '@skranke/db';
import { counterProcedure, router } from '../../trpc.js';
import { ZCode, ZCodeList, ZIssuedCode } from './outputs.js';
import { issueCode, readCode, redeemCode, revokeCode } from './services.js';

export const codesRouter = router({
  list: counterProcedure.input(ZCodeListInput).output(ZCodeList).query(({ ctx, input }) => listCodes(ctx.db, input, ctx.now())),

  get: counterProcedure.input(ZId).output(ZCode).query(({ ctx, input }) => readCode(ctx.db, ctx.staff, input.id, ctx.now())),

  issue: counterProcedure.input(ZCodeIssue).output(ZIssuedCode).mutation(({ ctx, input }) => issueCode(ctx.db, ctx.staff, input, ctx.now())),

  revoke: counterProcedure.input(ZCodeRevocation).mutation(({ ctx, input }) => revokeCode(ctx.db, ctx.staff, input, ctx.now())),

  redeem: counterProcedure.input(ZCodeRedemption).mutation(({ ctx, input }) => redeemCode(ctx.db, ctx.staff, input, ctx.now())),
});
