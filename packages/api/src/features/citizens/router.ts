import { z } from 'zod';
import {
  ZCitizenInput,
  ZCitizenListInput,
  ZCprNumber,
  ZId,
  maskCpr,
  maskCprsIn,
  parseCpr,
  todayIso,
  ageOn,
} from '@skranke/domain';
import {
  appendAudit,
  findCitizen,
  findCitizenByCpr,
  insertCitizen,
  listCitizens,
  toCitizenListItem,
  updateCitizen,
  type CitizenRow,
} from '@skranke/db';
import { appError } from '../../errors.js';
import { citizenCard } from './card.js';
import { counterProcedure, router } from '../../trpc.js';

/** The full record, for the one screen that needs the whole CPR number, and the only one with a protected address. */
function fullRecord(row: CitizenRow, today: string) {
  const parsed = parseCpr(row.cpr);
  const cpr = parsed.ok ? parsed.cpr : null;
  return {
    ...toCitizenListItem(row),
    address: row.address,
    postalAddress: row.postalAddress,
    notes: row.notes,
    cpr: cpr?.formatted ?? row.cpr,
    birthDate: cpr?.birthDate ?? null,
    age: cpr ? ageOn(cpr.birthDate, today) : null,
    isSubstituteCpr: cpr?.isSubstitute ?? false,
  };
}

export const citizensRouter = router({
  list: counterProcedure.input(ZCitizenListInput).query(({ ctx, input }) => {
    const search = input.filters.find((f) => f.field === 'q');
    if (search?.value) {
      // [pub] Every search is logged with its criterion, CPR masked.
      appendAudit(
        ctx.db,
        { staffId: ctx.staff.id, action: 'citizen.search', entity: 'citizen', details: { criterion: maskCprsIn(search.value) } },
        ctx.now(),
      );
    }
    return listCitizens(ctx.db, input);
  }),

  /** The counter's first step: the caseworker types or pastes the CPR number; null when nobody has it. */
  lookup: counterProcedure.input(z.object({ cpr: ZCprNumber })).query(({ ctx, input }) => {
    const now = ctx.now();
    const row = findCitizenByCpr(ctx.db, input.cpr);
    appendAudit(
      ctx.db,
      { staffId: ctx.staff.id, action: 'citizen.lookup', entity: 'citizen', entityId: row?.id ?? null, details: { criterion: maskCpr(input.cpr) } },
      now,
    );
    return row ? citizenCard(ctx.db, row, now) : null;
  }),

  card: counterProcedure.input(ZId).query(({ ctx, input }) => {
    const row = findCitizen(ctx.db, input.id);
    if (!row) throw appError('NOT_FOUND', 'error.notFound');
    const now = ctx.now();
    appendAudit(ctx.db, { staffId: ctx.staff.id, action: 'citizen.readCard', entity: 'citizen', entityId: row.id }, now);
    return citizenCard(ctx.db, row, now);
  }),

  get: counterProcedure
    .input(ZId.extend({ purpose: z.string().trim().max(200).optional() }))
    .query(({ ctx, input }) => {
      const now = ctx.now();
      const row = findCitizen(ctx.db, input.id);
      if (!row) throw appError('NOT_FOUND', 'error.notFound');
      appendAudit(
        ctx.db,
        { staffId: ctx.staff.id, action: 'citizen.read', entity: 'citizen', entityId: row.id, purpose: input.purpose ?? null },
        now,
      );
      return fullRecord(row, todayIso(now));
    }),

  create: counterProcedure.input(ZCitizenInput).mutation(({ ctx, input }) => {
    const now = ctx.now();
    return ctx.db.transaction((tx) => {
      if (findCitizenByCpr(tx, input.cpr)) throw appError('CONFLICT', 'citizen.cprTaken', { field: 'cpr' });
      const row = insertCitizen(tx, input, now);
      appendAudit(tx, { staffId: ctx.staff.id, action: 'citizen.create', entity: 'citizen', entityId: row.id }, now);
      return toCitizenListItem(row);
    });
  }),

  update: counterProcedure.input(ZId.extend({ data: ZCitizenInput })).mutation(({ ctx, input }) => {
    const now = ctx.now();
    return ctx.db.transaction((tx) => {
      const before = findCitizen(tx, input.id);
      if (!before) throw appError('NOT_FOUND', 'error.notFound');
      const holder = findCitizenByCpr(tx, input.data.cpr);
      if (holder && holder.id !== before.id) throw appError('CONFLICT', 'citizen.cprTaken', { field: 'cpr' });
      const row = updateCitizen(tx, input.id, input.data, now);
      if (!row) throw appError('NOT_FOUND', 'error.notFound');
      // Which fields changed, not their values: the log must not become a second copy of personal data.
      const changed = (Object.keys(input.data) as (keyof typeof input.data)[]).filter((k) => before[k] !== row[k]);
      appendAudit(
        tx,
        { staffId: ctx.staff.id, action: 'citizen.update', entity: 'citizen', entityId: row.id, details: { changed } },
        now,
      );
      return toCitizenListItem(row);
    });
  }),
});
