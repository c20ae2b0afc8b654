import { and, asc, count, eq, getTableColumns, gte, lt, type SQL } from 'drizzle-orm';
import {
  maskCpr,
  readAccessStatus,
  todayIso,
  type TReadAccessData,
  type TReadAccessFilter,
  type TReadAccessListInput,
} from '@skranke/domain';
import type { Queryable } from '../client.js';
import { listQuery, orderByOf, pageOf } from '../list.js';
import { readAccesses, type ReadAccessRow } from '../schema.js';

function readAccessFilterSql(filter: TReadAccessFilter, today: string): SQL {
  if (filter.field === 'citizenId') return eq(readAccesses.citizenId, filter.value);
  switch (filter.value) {
    case 'active':
      return and(eq(readAccesses.status, 'active'), gte(readAccesses.endsOn, today))!;
    case 'expired':
      return and(eq(readAccesses.status, 'active'), lt(readAccesses.endsOn, today))!;
    default:
      return eq(readAccesses.status, filter.value);
  }
}

/** The status as of today, and the receiver's CPR number masked: a list never shows it whole. */
export function toReadAccessItem({ receiverCpr, ...row }: ReadAccessRow, now: Date) {
  return { ...row, receiverCprMasked: maskCpr(receiverCpr), status: readAccessStatus(row.status, row.endsOn, todayIso(now)) };
}

/** The read-access list's filtered, ordered select: one page for `readAccess.list`, every row for the export. */
export function readAccessesQuery(db: Queryable, input: Pick<TReadAccessListInput, 'filters' | 'sorters'>, now: Date) {
  const where = and(...input.filters.map((f) => readAccessFilterSql(f, todayIso(now))));
  const orderBy = orderByOf(input.sorters, { createdAt: readAccesses.createdAt, endsOn: readAccesses.endsOn }, [asc(readAccesses.createdAt)], readAccesses.id);
  const columns = getTableColumns(readAccesses);
  return listQuery({
    columns,
    select: db.select(columns).from(readAccesses).where(where).orderBy(...orderBy),
    count: () => db.select({ n: count() }).from(readAccesses).where(where).get()?.n ?? 0,
    toItem: (r) => toReadAccessItem(r, now),
  });
}

export function listReadAccesses(db: Queryable, input: TReadAccessListInput, now: Date) {
  return pageOf(input.pagination, readAccessesQuery(db, input, now));
}

export function findReadAccess(db: Queryable, id: number): ReadAccessRow | undefined {
  return db.select().from(readAccesses).where(eq(readAccesses.id, id)).get();
}

export function insertReadAccess(db: Queryable, data: TReadAccessData, by: number, now: Date): ReadAccessRow {
  return db.insert(readAccesses).values({ ...data, createdAt: now, createdBy: by }).returning().get();
}

export function updateReadAccess(db: Queryable, id: number, set: Partial<typeof readAccesses.$inferInsert>): ReadAccessRow {
  return db.update(readAccesses).set(set).where(eq(readAccesses.id, id)).returning().get()!;
}
