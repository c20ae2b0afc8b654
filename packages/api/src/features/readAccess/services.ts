import type { z } from 'zod';
import { todayIso, verifiedToday, type TReadAccessData, type ZReadAccessRevocation } from '@skranke/domain';
import {
  appendAudit,
  findCitizen,
  findReadAccess,
  findVisit,
  insertReadAccess,
  toReadAccessItem,
  updateReadAccess,
  type Db,
  type Queryable,
  type StaffMember,
} from '@skranke/db';
import { appError, orNotFound } from '../../errors.js';

/**
 * [pub] The end date lies ahead; the receiver is someone else; the giver's identity was verified in their own
 * visit today (or a power of attorney is recorded, which the schema already demands otherwise).
 */
function checkRequest(db: Queryable, data: TReadAccessData, now: Date): void {
  const today = todayIso(now);
  const giver = findCitizen(db, data.citizenId);
  if (!giver) throw appError('NOT_FOUND', 'error.notFound', { field: 'citizenId' });
  if (data.endsOn <= today) throw appError('BAD_REQUEST', 'readAccess.endInPast', { field: 'endsOn' });
  if (data.receiverCpr === giver.cpr) throw appError('BAD_REQUEST', 'readAccess.receiverIsGiver', { field: 'receiverCpr' });
  if (data.visitId) {
    const visit = findVisit(db, data.visitId)?.visit;
    if (!visit || visit.citizenId !== giver.id || !verifiedToday(visit, now)) {
      throw appError('BAD_REQUEST', 'readAccess.visitNotVerifiedToday', { field: 'visitId' });
    }
  }
}

export function readReadAccess(db: Queryable, actor: StaffMember, id: number, now: Date) {
  const access = orNotFound(findReadAccess(db, id));
  appendAudit(db, { staffId: actor.id, action: 'readAccess.read', entity: 'readAccess', entityId: access.id }, now);
  return toReadAccessItem(access, now);
}

export function requestReadAccess(db: Db, actor: StaffMember, input: TReadAccessData, now: Date) {
  return db.transaction((tx) => {
    checkRequest(tx, input, now);
    const access = insertReadAccess(tx, input, actor.id, now);
    appendAudit(tx, { staffId: actor.id, action: 'readAccess.create', entity: 'readAccess', entityId: access.id, details: { citizenId: input.citizenId } }, now);
    return { id: access.id };
  });
}

export function correctReadAccess(db: Db, actor: StaffMember, input: { id: number; data: TReadAccessData }, now: Date) {
  return db.transaction((tx) => {
    if (orNotFound(findReadAccess(tx, input.id)).status !== 'requested') throw appError('CONFLICT', 'readAccess.notRequested');
    checkRequest(tx, input.data, now);
    updateReadAccess(tx, input.id, input.data);
    appendAudit(tx, { staffId: actor.id, action: 'readAccess.update', entity: 'readAccess', entityId: input.id }, now);
    return { id: input.id };
  });
}

/** requested → active, once it is set up for the receiver. */
export function activateReadAccess(db: Db, actor: StaffMember, id: number, now: Date) {
  return db.transaction((tx) => {
    if (orNotFound(findReadAccess(tx, id)).status !== 'requested') throw appError('CONFLICT', 'readAccess.notRequested');
    updateReadAccess(tx, id, { status: 'active', activatedAt: now });
    appendAudit(tx, { staffId: actor.id, action: 'readAccess.activate', entity: 'readAccess', entityId: id }, now);
    return { id };
  });
}

export function revokeReadAccess(db: Db, actor: StaffMember, input: z.output<typeof ZReadAccessRevocation>, now: Date) {
  return db.transaction((tx) => {
    const access = orNotFound(findReadAccess(tx, input.id));
    if (toReadAccessItem(access, now).status !== 'active') throw appError('CONFLICT', 'readAccess.notActive');
    updateReadAccess(tx, input.id, { status: 'revoked', revokedAt: now, revocationReason: input.reason });
    appendAudit(tx, { staffId: actor.id, action: 'readAccess.revoke', entity: 'readAccess', entityId: input.id }, now);
    return { id: input.id };
  });
}
