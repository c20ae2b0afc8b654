import { ZBlockInput, ZBlockListInput, ZBlockReopen, ZId, blockProblem, isCredentialService, maskCpr, policy, reopenProblem, todayIso } from '@skranke/domain';
import { appendAudit, blockStatus, citizenVisitsVerifiedOn, findBlock, findCitizen, findVisit, insertBlock, listBlocks, reopenBlock } from '@skranke/db';
import { appError } from '../../errors.js';
import { counterProcedure, router } from '../../trpc.js';
import { revokeActiveCodes } from '../codes/services.js';

export const blocksRouter = router({
  list: counterProcedure.input(ZBlockListInput).query(({ ctx, input }) => listBlocks(ctx.db, input)),

  /** The block as taken, and for an active MitID block the visits of today it can be reopened from. */
  get: counterProcedure.input(ZId).query(({ ctx, input }) => {
    const now = ctx.now();
    const found = findBlock(ctx.db, input.id);
    if (!found) throw appError('NOT_FOUND', 'error.notFound');
    const { block } = found;
    const citizen = findCitizen(ctx.db, block.citizenId)!;
    appendAudit(ctx.db, { staffId: ctx.staff.id, action: 'block.read', entity: 'block', entityId: input.id, details: { citizenId: citizen.id } }, now);
    const reopenable = block.credential === 'mitId' && !block.reopenedAt;
    const reopenCandidates = reopenable
      ? citizenVisitsVerifiedOn(ctx.db, citizen.id, todayIso(now))
          .filter((v) => isCredentialService(v.service) && v.closedAt !== null && v.closedAt.getTime() > block.createdAt.getTime())
          .map(({ id, service, level }) => ({ id, service, level }))
      : [];
    return {
      ...block,
      status: blockStatus(block),
      reopenable,
      reopenCandidates,
      createdByName: found.createdByName,
      reopenedByName: found.reopenedByName,
      citizenName: citizen.name,
      citizenCprMasked: maskCpr(citizen.cpr),
    };
  }),

  /** [seed] On suspected misuse the credential is blocked at once: the citizen's active codes go in the same step. */
  create: counterProcedure.input(ZBlockInput).mutation(({ ctx, input }) => {
    const now = ctx.now();
    const problem = blockProblem(input, todayIso(now), policy);
    if (problem) throw appError('BAD_REQUEST', problem.key, { field: problem.field, params: problem.params });
    return ctx.db.transaction((tx) => {
      if (!findCitizen(tx, input.citizenId)) throw appError('NOT_FOUND', 'error.notFound', { field: 'citizenId' });
      const revoked = revokeActiveCodes(tx, input.citizenId, 'blockRequest', ctx.staff.id, now);
      const block = insertBlock(tx, input, revoked.length, ctx.staff.id, now);
      appendAudit(tx, { staffId: ctx.staff.id, action: 'block.create', entity: 'block', entityId: block.id, details: { citizenId: input.citizenId, credential: input.credential, route: input.route, revokedCodes: revoked } }, now);
      return { id: block.id, codesRevoked: revoked.length };
    });
  }),

  /** [pub, eIDAS] A blocked MitID is reopened from a new verification at the counter, at the level it had. */
  reopen: counterProcedure.input(ZBlockReopen).mutation(({ ctx, input }) => {
    const now = ctx.now();
    return ctx.db.transaction((tx) => {
      const block = findBlock(tx, input.id)?.block;
      if (!block) throw appError('NOT_FOUND', 'error.notFound');
      const visit = findVisit(tx, input.visitId)?.visit;
      if (!visit) throw appError('BAD_REQUEST', 'block.reopenVisitInvalid', { field: 'visitId' });
      const problem = reopenProblem(block, visit, now);
      if (problem) throw appError(problem.key === 'block.notReopenable' ? 'CONFLICT' : 'BAD_REQUEST', problem.key, { field: problem.field, params: problem.params });
      reopenBlock(tx, block.id, { visitId: visit.id, by: ctx.staff.id, at: now });
      appendAudit(tx, { staffId: ctx.staff.id, action: 'block.reopen', entity: 'block', entityId: block.id, details: { citizenId: block.citizenId, visitId: visit.id, level: visit.level } }, now);
      return { id: block.id, status: 'reopened' as const };
    });
  }),
});
