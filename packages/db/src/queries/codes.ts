import { and, asc, count, desc, eq, gt, gte, lte, type SQL } from 'drizzle-orm';
import { codeStatus, maskCpr, type TCodeFilter, type TCodeListInput } from '@skranke/domain';
import type { Queryable } from '../client.js';
import { listQuery, orderByOf, pageOf } from '../list.js';
import { citizens, staff, temporaryCodes, type TemporaryCodeRow } from '../schema.js';

/** Stored "issued" splits into active and expired by the clock; expiry is computed, never written by a job. */
function codeFilterSql(filter: TCodeFilter, now: Date): SQL {
  switch (filter.field) {
    case 'status':
      if (filter.value === 'issued') return and(eq(temporaryCodes.status, 'issued'), gt(temporaryCodes.expiresAt, now))!;
      if (filter.value === 'expired') return and(eq(temporaryCodes.status, 'issued'), lte(temporaryCodes.expiresAt, now))!;
      return eq(temporaryCodes.status, filter.value);
    case 'kind':
      return eq(temporaryCodes.kind, filter.value);
    case 'citizenId':
      return eq(temporaryCodes.citizenId, filter.value);
    case 'visitId':
      return eq(temporaryCodes.visitId, filter.value);
    case 'issuedBy':
      return eq(temporaryCodes.issuedBy, filter.value);
    case 'day':
      return filter.operator === 'gte' ? gte(temporaryCodes.day, filter.value) : filter.operator === 'lte' ? lte(temporaryCodes.day, filter.value) : eq(temporaryCodes.day, filter.value);
  }
}

/** Everything about a code except the code: the hash never leaves the db package. */
export function toCodeItem({ codeHash: _hash, ...row }: TemporaryCodeRow, now: Date) {
  return { ...row, status: codeStatus(row.status, row.expiresAt, now) };
}
export type CodeItem = ReturnType<typeof toCodeItem>;

const codeListColumns = {
  id: temporaryCodes.id,
  citizenId: temporaryCodes.citizenId,
  citizenName: citizens.name,
  citizenCpr: citizens.cpr,
  visitId: temporaryCodes.visitId,
  kind: temporaryCodes.kind,
  status: temporaryCodes.status,
  issuedAt: temporaryCodes.issuedAt,
  expiresAt: temporaryCodes.expiresAt,
  issuedByName: staff.displayName,
  failedAttempts: temporaryCodes.failedAttempts,
};

export function codesQuery(db: Queryable, input: Pick<TCodeListInput, 'filters' | 'sorters'>, now: Date) {
  const where = and(...input.filters.map((f) => codeFilterSql(f, now)));
  const orderBy = orderByOf(input.sorters, { issuedAt: temporaryCodes.issuedAt, expiresAt: temporaryCodes.expiresAt }, [desc(temporaryCodes.issuedAt)], temporaryCodes.id, 'desc');
  return listQuery({
    columns: codeListColumns,
    select: db
      .select(codeListColumns)
      .from(temporaryCodes)
      .innerJoin(citizens, eq(citizens.id, temporaryCodes.citizenId))
      .innerJoin(staff, eq(staff.id, temporaryCodes.issuedBy))
      .where(where)
      .orderBy(...orderBy),
    count: () => db.select({ n: count() }).from(temporaryCodes).where(where).get()?.n ?? 0,
    toItem: ({ citizenCpr, ...row }) => ({ ...row, citizenCprMasked: maskCpr(citizenCpr), status: codeStatus(row.status, row.expiresAt, now) }),
  });
}

export function listCodes(db: Queryable, input: TCodeListInput, now: Date) {
  return pageOf(input.pagination, codesQuery(db, input, now));
}

export function findCode(db: Queryable, id: number): TemporaryCodeRow | undefined {
  return db.select().from(temporaryCodes).where(eq(temporaryCodes.id, id)).get();
}

/** The citizen's codes that still work: stored as issued and not yet past their expiry. */
export function activeCodes(db: Queryable, citizenId: number, now: Date): TemporaryCodeRow[] {
  return db
    .select()
    .from(temporaryCodes)
    .where(and(eq(temporaryCodes.citizenId, citizenId), eq(temporaryCodes.status, 'issued'), gt(temporaryCodes.expiresAt, now)))
    .orderBy(asc(temporaryCodes.issuedAt))
    .all();
}

/** The citizen's latest codes, for the citizen card. */
export function citizenCodes(db: Queryable, citizenId: number, now: Date, latest = 5) {
  return db
    .select()
    .from(temporaryCodes)
    .where(eq(temporaryCodes.citizenId, citizenId))
    .orderBy(desc(temporaryCodes.issuedAt), desc(temporaryCodes.id))
    .limit(latest)
    .all()
    .map((row) => toCodeItem(row, now));
}

export function insertCode(db: Queryable, values: typeof temporaryCodes.$inferInsert): TemporaryCodeRow {
  return db.insert(temporaryCodes).values(values).returning().get();
}

export function updateCode(db: Queryable, id: number, set: Partial<typeof temporaryCodes.$inferInsert>): TemporaryCodeRow {
  return db.update(temporaryCodes).set(set).where(eq(temporaryCodes.id, id)).returning().get()!;
}
