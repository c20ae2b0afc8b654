import type { z } from 'zod';
import {
  canMoveExemption,
  cprAgeOn,
  decisionProblem,
  policy,
  todayIso,
  type ExemptionStatus,
  type TExemptionData,
  type TExemptionDecision,
  type ZExemptionRevocation,
} from '@skranke/domain';
import {
  appendAudit,
  findCitizen,
  findExemption,
  findExemptionGround,
  findStaffById,
  insertExemption,
  updateExemption,
  type Db,
  type Queryable,
  type StaffMember,
} from '@skranke/db';
import { appError, orNotFound } from '../../errors.js';
import { citizenCard } from '../citizens/card.js';

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

export function readExemption(db: Queryable, actor: StaffMember, id: number, now: Date) {
  const exemption = orNotFound(findExemption(db, id));
  appendAudit(db, { staffId: actor.id, action: 'exemption.read', entity: 'exemption', entityId: exemption.id }, now);
  return {
    ...exemption,
    ground: exemption.groundId ? (findExemptionGround(db, exemption.groundId) ?? null) : null,
    citizen: citizenCard(db, findCitizen(db, exemption.citizenId)!, now),
    requestedByName: staffName(db, exemption.requestedBy),
    decidedByName: staffName(db, exemption.decidedBy),
    revokedByName: staffName(db, exemption.revokedBy),
  };
}

export function requestExemption(db: Db, actor: StaffMember, input: TExemptionData, now: Date) {
  return db.transaction((tx) => {
    checkReferences(tx, input);
    const exemption = insertExemption(tx, input, actor.id, now);
    appendAudit(tx, { staffId: actor.id, action: 'exemption.create', entity: 'exemption', entityId: exemption.id, details: { citizenId: input.citizenId } }, now);
    return { id: exemption.id };
  });
}

/** Corrections to the intake, while the request still awaits its decision. */
export function correctExemption(db: Db, actor: StaffMember, input: { id: number; data: TExemptionData }, now: Date) {
  return db.transaction((tx) => {
    const before = orNotFound(findExemption(tx, input.id));
    if (before.status !== 'requested') throw appError('CONFLICT', 'exemption.illegalTransition', { params: { from: `exemption.status.${before.status}`, to: 'exemption.status.requested' } });
    checkReferences(tx, input.data);
    updateExemption(tx, before.id, input.data, now);
    appendAudit(tx, { staffId: actor.id, action: 'exemption.update', entity: 'exemption', entityId: before.id }, now);
    return { id: before.id };
  });
}

export function decideExemption(db: Db, actor: StaffMember, input: TExemptionDecision, now: Date) {
  return db.transaction((tx) => {
    const exemption = orNotFound(findExemption(tx, input.id));
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
        decidedBy: actor.id,
        decisionReason: input.reason,
        resendPaperPost: input.decision === 'granted' && input.resendPaperPost,
      },
      now,
    );
    appendAudit(tx, { staffId: actor.id, action: 'exemption.decide', entity: 'exemption', entityId: exemption.id, details: { decision: input.decision } }, now);
    return { id: exemption.id, status: input.decision };
  });
}

export function revokeExemption(db: Db, actor: StaffMember, input: z.output<typeof ZExemptionRevocation>, now: Date) {
  return db.transaction((tx) => {
    const exemption = orNotFound(findExemption(tx, input.id));
    checkMove(exemption.status, 'revoked');
    updateExemption(tx, exemption.id, { status: 'revoked', revokedAt: now, revokedBy: actor.id, revocationReason: input.reason }, now);
    appendAudit(tx, { staffId: actor.id, action: 'exemption.revoke', entity: 'exemption', entityId: exemption.id }, now);
    return { id: exemption.id, status: 'revoked' as const };
  });
}
