import type Database from 'better-sqlite3';
import { asc, Column, desc, is, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { ListResult } from '@skranke/domain';

type Sorter<S extends string> = { field: S; order: 'asc' | 'desc' };

/**
 * Sorters resolve only through the resource's own column map (the whitelist); the id breaks ties stably, in the
 * same direction as the sort, so one index read backwards serves "newest first" (an ascending id after a
 * descending date would make SQLite sort every matching row).
 */
export function orderByOf<S extends string>(
  sorters: Sorter<S>[],
  /** A field may sort by several columns, e.g. the visit's day before its start time, to match an index. */
  columns: Record<S, SQLiteColumn | readonly SQLiteColumn[]>,
  fallback: SQL[],
  tieBreaker: SQLiteColumn,
  fallbackOrder: 'asc' | 'desc' = 'asc',
): SQL[] {
  const chosen = sorters.flatMap((s) => [columns[s.field]].flat().map((column) => (s.order === 'asc' ? asc(column) : desc(column))));
  const order = sorters.at(-1)?.order ?? fallbackOrder;
  return [...(chosen.length ? chosen : fallback), order === 'asc' ? asc(tieBreaker) : desc(tieBreaker)];
}

/** One page plus the count of all matching rows: the `{ data, total }` every list procedure returns. */
export function pageOf<Row>(
  pagination: { currentPage: number; pageSize: number },
  query: { rows: (limit: number, offset: number) => Row[]; count: () => number },
): ListResult<Row> {
  const { currentPage, pageSize } = pagination;
  return { data: query.rows(pageSize, (currentPage - 1) * pageSize), total: query.count() };
}

/** The flat selection a list reads (`db.select(columns)`): columns, or SQL whose value needs no decoding. */
export type SelectedColumns = Record<string, SQLiteColumn | SQL | SQL.Aliased>;

/** A drizzle select with its WHERE and ORDER BY applied, not yet limited. */
type OrderedSelect<Raw> = {
  limit(limit: number): { offset(offset: number): { all(): Raw[] } };
  toSQL(): { sql: string; params: unknown[] };
};

/**
 * A list built once from its filters and sorters and shared by the page its procedure returns (`pageOf`) and the
 * CSV export that streams every row: the WHERE and ORDER BY exist in one place, so the export matches the list.
 */
export type ListQuery<Item> = {
  rows(limit: number, offset: number): Item[];
  count(): number;
  /** Every matching row in list order, one at a time from a statement on `client`: no page, no cap. */
  iterate(client: Database.Database): Generator<Item>;
};

export function listQuery<Raw, Item>(spec: {
  columns: SelectedColumns;
  select: OrderedSelect<Raw>;
  count: () => number;
  /** Masks and computes what a list row shows (the same for the page and the export). */
  toItem: (row: Raw) => Item;
}): ListQuery<Item> {
  return {
    rows: (limit, offset) => spec.select.limit(limit).offset(offset).all().map(spec.toItem),
    count: spec.count,
    *iterate(client) {
      for (const row of iterateSelect<Raw>(client, spec.select, spec.columns)) yield spec.toItem(row);
    },
  };
}

/**
 * Runs a drizzle select through better-sqlite3's statement iterator (drizzle 0.45 has none for SQLite), so rows
 * are read as they are written out, never all held at once. Values are decoded as drizzle decodes them: each
 * column through its own mapping (timestamps to Dates, JSON text to values, 0/1 to booleans).
 */
export function* iterateSelect<Raw>(client: Database.Database, select: { toSQL(): { sql: string; params: unknown[] } }, columns: SelectedColumns): Generator<Raw> {
  const { sql, params } = select.toSQL();
  const names = Object.keys(columns);
  const fields = Object.values(columns);
  const statement = client.prepare<unknown[], unknown[]>(sql).raw(true);
  for (const values of statement.iterate(...params)) {
    const row: Record<string, unknown> = {};
    names.forEach((name, i) => {
      const value = values[i];
      const field = fields[i];
      row[name] = value !== null && is(field, Column) ? field.mapFromDriverValue(value) : value;
    });
    yield row as Raw;
  }
}
