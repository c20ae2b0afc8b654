import { asc, desc, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { ListResult } from '@skranke/domain';

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
export function pageOf<Row>(
  pagination: { currentPage: number; pageSize: number },
  query: { rows: (limit: number, offset: number) => Row[]; count: () => number },
): ListResult<Row> {
  const { currentPage, pageSize } = pagination;
  return { data: query.rows(pageSize, (currentPage - 1) * pageSize), total: query.count() };
}
