import {
  ZId,
  ZReadAccessInput,
  ZReadAccessListInput,
  ZReadAccessRevocation,
  todayIso,
  verifiedToday,
  type TReadAccessData,
} from '@skranke/domain';
import {
  appendAudit,
  findCitizen,
  findReadAccess,
  findVisit,
  insertReadAccess,
  listReadAccesses,
  toReadAccessItem,
  updateReadAccess,
  type Queryable,
} from '@skranke/db';
import { appError } from '../../errors.js';
import { counterProcedure, router } from '../../trpc.js';

function existingReadAccess(db: Queryable, id: number) {
  const access = findReadAccess(db, id);
  if (!access) throw appError('NOT_FOUND', 'error.notFound');
  return access;
}

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

export const readAccessRouter = router({
  list: counterProcedure.input(ZReadAccessListInput).query(({ ctx, input }) => listReadAccesses(ctx.db, input, ctx.now())),

  get: counterProcedure.input(ZId).query(({ ctx, input }) => {
    const now = ctx.now();
    const access = existingReadAccess(ctx.db, input.id);
    appendAudit(ctx.db, { staffId: ctx.staff.id, action: 'readAccess.read', entity: 'readAccess', entityId: access.id }, now);
    return toReadAccessItem(access, now);
  }),

  create: counterProcedure.input(ZReadAccessInput).mutation(({ ctx, input }) => {
    const now = ctx.now();
    return ctx.db.transaction((tx) => {
      checkRequest(tx, input, now);
      const access = insertReadAccess(tx, input, ctx.staff.id, now);
      appendAudit(tx, { staffId: ctx.staff.id, action: 'readAccess.create', entity: 'readAccess', entityId: access.id, details: { citizenId: input.citizenId } }, now);
      return { id: access.id };
    });
  }),

  update: counterProcedure.input(ZId.extend({ data: ZReadAccessInput })).mutation(({ ctx, input }) => {
    const now = ctx.now();
    return ctx.db.transaction((tx) => {
      if (existingReadAccess(tx, input.id).status !== 'requested') throw appError('CONFLICT', 'readAccess.notRequested');
      checkRequest(tx, input.data, now);
      updateReadAccess(tx, input.id, input.data);
      appendAudit(tx, { staffId: ctx.staff.id, action: 'readAccess.update', entity: 'readAccess', entityId: input.id }, now);
      return { id: input.id };
    });
  }),

  /** requested → active, once it is set up for the receiver. */
  activate: counterProcedure.input(ZId).mutation(({ ctx, input }) => {
    const now = ctx.now();
    return ctx.db.transaction((tx) => {
      if (existingReadAccess(tx, input.id).status !== 'requested') throw appError('CONFLICT', 'readAccess.notRequested');
      updateReadAccess(tx, input.id, { status: 'active', activatedAt: now });
      appendAudit(tx, { staffId: ctx.staff.id, action: 'readAccess.activate', entity: 'readAccess', entityId: input.id }, now);
      return { id: input.id };
    });
  }),

  revoke: counterProcedure.input(ZReadAccessRevocation).mutation(({ ctx, input }) => {
    const now = ctx.now();
    return ctx.db.transaction((tx) => {
      const access = existingReadAccess(tx, input.id);
      if (toReadAccessItem(access, now).status !== 'active') throw appError('CONFLICT', 'readAccess.notActive');
      updateReadAccess(tx, input.id, { status: 'revoked', revokedAt: now, revocationReason: input.reason });
      appendAudit(tx, { staffId: ctx.staff.id, action: 'readAccess.revoke', entity: 'readAccess', entityId: input.id }, now);
      return { id: input.id };
    });
  }),
});
