import { asc, count, desc, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { ListResult } from '@skranke/domain';
import type { Queryable } from './client.js';

type Sorter<S extends string> = { field: S; order: 'asc' | 'desc' };

/** Sorters resolve only through the resource's own column map (the whitelist); the id breaks ties stably. */
export function orderByOf<S extends string>(
  sorters: Sorter<S>[],
  columns: Record<S, SQLiteColumn>,
  fallback: SQL[],
  tieBreaker: SQLiteColumn,
): SQL[] {
  const chosen = sorters.map((s) => (s.order === 'asc' ? asc(columns[s.field]) : desc(columns[s.field])));
  return [...(chosen.length ? chosen : fallback), asc(tieBreaker)];
}

/** One page plus the count of all matching rows: the `{ data, total }` every list procedure returns. */
export function pageOf<T extends SQLiteTable, Row>(
  db: Queryable,
  table: T,
  query: {
    where: SQL | undefined;
    orderBy: SQL[];
    pagination: { currentPage: number; pageSize: number };
    map: (row: T['$inferSelect']) => Row;
  },
): ListResult<Row> {
  const { currentPage, pageSize } = query.pagination;
  const rows = db
    .select()
    .from(table as SQLiteTable)
    .where(query.where)
    .orderBy(...query.orderBy)
    .limit(pageSize)
    .offset((currentPage - 1) * pageSize)
    .all() as T['$inferSelect'][];
  const total = db.select({ n: count() }).from(table as SQLiteTable).where(query.where).get()?.n ?? 0;
  return { data: rows.map(query.map), total };
}
