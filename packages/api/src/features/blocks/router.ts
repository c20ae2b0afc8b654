import { ZBlockInput, ZBlockListInput, ZBlockReopen, ZId } from '@skranke/domain';
import { listBlocks } from '@skranke/db';
import { counterProcedure, router } from '../../trpc.js';
import { ZBlock, ZBlockList } from './outputs.js';
import { readBlock, reopenBlockedMitId, takeBlock } from './services.js';

export const blocksRouter = router({
  list: counterProcedure.input(ZBlockListInput).output(ZBlockList).query(({ ctx, input }) => listBlocks(ctx.db, input)),

  get: counterProcedure.input(ZId).output(ZBlock).query(({ ctx, input }) => readBlock(ctx.db, ctx.staff, input.id, ctx.now())),

  create: counterProcedure.input(ZBlockInput).mutation(({ ctx, input }) => takeBlock(ctx.db, ctx.staff, input, ctx.now())),

  reopen: counterProcedure.input(ZBlockReopen).mutation(({ ctx, input }) => reopenBlockedMitId(ctx.db, ctx.staff, input, ctx.now())),
});
