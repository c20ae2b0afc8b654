import { ZBlockInput, ZBlockListInput, ZId, maskCpr, todayIso } from '@skranke/domain';
import { appendAudit, findBlock, findCitizen, insertBlock, listBlocks } from '@skranke/db';
import { appError } from '../errors.js';
import { counterProcedure, router } from '../trpc.js';
import { revokeActiveCodes } from './codes.js';

export const blocksRouter = router({
  list: counterProcedure.input(ZBlockListInput).query(({ ctx, input }) => listBlocks(ctx.db, input)),

  get: counterProcedure.input(ZId).query(({ ctx, input }) => {
    const found = findBlock(ctx.db, input.id);
    if (!found) throw appError('NOT_FOUND', 'error.notFound');
    const citizen = findCitizen(ctx.db, found.block.citizenId)!;
    appendAudit(ctx.db, { staffId: ctx.staff.id, action: 'block.read', entity: 'block', entityId: input.id, details: { citizenId: citizen.id } }, ctx.now());
    return { ...found.block, createdByName: found.createdByName, citizenName: citizen.name, citizenCprMasked: maskCpr(citizen.cpr) };
  }),

  /** [seed] On suspected misuse the credential is blocked at once: the citizen's active codes go in the same step. */
  create: counterProcedure.input(ZBlockInput).mutation(({ ctx, input }) => {
    const now = ctx.now();
    if (input.reportedOn > todayIso(now)) throw appError('BAD_REQUEST', 'block.reportedInFuture', { field: 'reportedOn' });
    return ctx.db.transaction((tx) => {
      if (!findCitizen(tx, input.citizenId)) throw appError('NOT_FOUND', 'error.notFound', { field: 'citizenId' });
      const revoked = revokeActiveCodes(tx, input.citizenId, 'blockRequest', ctx.staff.id, now);
      const block = insertBlock(tx, input, revoked.length, ctx.staff.id, now);
      appendAudit(tx, { staffId: ctx.staff.id, action: 'block.create', entity: 'block', entityId: block.id, details: { citizenId: input.citizenId, revokedCodes: revoked } }, now);
      return { id: block.id, codesRevoked: revoked.length };
    });
  }),
});
