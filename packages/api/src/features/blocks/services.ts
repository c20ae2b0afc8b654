import type { z } from 'zod';
import { blockProblem, isCredentialService, maskCpr, policy, reopenProblem, todayIso, type TBlockData, type ZBlockReopen } from '@skranke/domain';
import {
  appendAudit,
  blockStatus,
  citizenVisitsVerifiedOn,
  findBlock,
  findCitizen,
  findVisit,
  insertBlock,
  reopenBlock,
  type Db,
  type Queryable,
  type StaffMember,
} from '@skranke/db';
import { appError, orNotFound } from '../../errors.js';
import { revokeActiveCodes } from '../codes/services.js';

/** The block as taken, and for an active MitID block the visits of today it can be reopened from. */
export function readBlock(db: Queryable, actor: StaffMember, id: number, now: Date) {
  const found = orNotFound(findBlock(db, id));
  const { block } = found;
  const citizen = findCitizen(db, block.citizenId)!;
  appendAudit(db, { staffId: actor.id, action: 'block.read', entity: 'block', entityId: id, details: { citizenId: citizen.id } }, now);
  const reopenable = block.credential === 'mitId' && !block.reopenedAt;
  const reopenCandidates = reopenable
    ? citizenVisitsVerifiedOn(db, citizen.id, todayIso(now))
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
}

/** [seed] On suspected misuse the credential is blocked at once: the citizen's active codes go in the same step. */
export function takeBlock(db: Db, actor: StaffMember, input: TBlockData, now: Date) {
  const problem = blockProblem(input, todayIso(now), policy);
  if (problem) throw appError('BAD_REQUEST', problem.key, { field: problem.field, params: problem.params });
  return db.transaction((tx) => {
    if (!findCitizen(tx, input.citizenId)) throw appError('NOT_FOUND', 'error.notFound', { field: 'citizenId' });
    const revoked = revokeActiveCodes(tx, input.citizenId, 'blockRequest', actor.id, now);
    const block = insertBlock(tx, input, revoked.length, actor.id, now);
    appendAudit(tx, { staffId: actor.id, action: 'block.create', entity: 'block', entityId: block.id, details: { citizenId: input.citizenId, credential: input.credential, route: input.route, revokedCodes: revoked } }, now);
    return { id: block.id, codesRevoked: revoked.length };
  });
}

/** [pub, eIDAS] A blocked MitID is reopened from a new verification at the counter, at the level it had. */
export function reopenBlockedMitId(db: Db, actor: StaffMember, input: z.output<typeof ZBlockReopen>, now: Date) {
  return db.transaction((tx) => {
    const block = orNotFound(findBlock(tx, input.id)?.block);
    const visit = findVisit(tx, input.visitId)?.visit;
    if (!visit) throw appError('BAD_REQUEST', 'block.reopenVisitInvalid', { field: 'visitId' });
    const problem = reopenProblem(block, visit, now);
    if (problem) throw appError(problem.key === 'block.notReopenable' ? 'CONFLICT' : 'BAD_REQUEST', problem.key, { field: problem.field, params: problem.params });
    reopenBlock(tx, block.id, { visitId: visit.id, by: actor.id, at: now });
    appendAudit(tx, { staffId: actor.id, action: 'block.reopen', entity: 'block', entityId: block.id, details: { citizenId: block.citizenId, visitId: visit.id, level: visit.level } }, now);
    return { id: block.id, status: 'reopened' as const };
  });
}
