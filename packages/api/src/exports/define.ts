import type { z } from 'zod';
import type { Locale, MessageKey, StaffRole, TReportRange } from '@skranke/domain';
import type { Db, ListQuery, StaffMember } from '@skranke/db';
import type { Meta } from '../trpc.js';
import { scopeReport } from '../services/reportScope.js';
import type { Cell } from './format.js';

export type ExportContext = { db: Db; staff: StaffMember; now: Date };
/** The export's own read-only connection, that a list's rows stream from. */
export type Reader = Parameters<ListQuery<unknown>['iterate']>[0];
/** A column: its heading as a catalogue key (written in the reader's language), and its cell. */
export type ExportColumn<Item> = { header: MessageKey; value: (item: Item, locale: Locale) => Cell };

/**
 * One CSV export: who may take it (the same roles as the list or report it copies), the same zod input as that
 * procedure (pagination is ignored: an export has every row), its columns, and where the rows come from.
 */
export type ExportDefinition<Input, Item> = {
  access: readonly StaffRole[];
  input: z.ZodType<Input>;
  columns: ExportColumn<Item>[];
  /**
   * Checks what the procedure checks (a report's scope, a CPR filter's lookup) and returns the rows: a list streams
   * from a statement on the export's own read connection; a report is a handful of rows already counted.
   */
  open(ctx: ExportContext, input: Input): { rows: (reader: Reader) => Iterable<Item>; audit?: Record<string, unknown> };
};

/** Access, input and row source first, so the columns are checked against the rows' own type. */
export const defineExport =
  <Input, Item>(access: readonly StaffRole[], input: z.ZodType<Input>, open: ExportDefinition<Input, Item>['open']) =>
  (columns: ExportColumn<Item>[]): ExportDefinition<Input, Item> => ({ access, input, open, columns });

/** A built tRPC procedure, as far as an export reads it: its access list and its input schema. */
type ListProcedure = { _def: { meta?: unknown; inputs: unknown[] } };

/**
 * A list's export: the same roles and the same input as the list procedure (read from it, so they cannot drift
 * apart), and the list's own query (filters and order), streamed.
 */
export const listExport = <Input, Item>(list: ListProcedure, query: (ctx: ExportContext, input: Input) => ListQuery<Item>) => {
  const access = (list._def.meta as Meta | undefined)?.access;
  if (!Array.isArray(access)) throw new Error('a list export copies a list procedure that names its roles');
  return defineExport<Input, Item>(access, list._def.inputs[0] as z.ZodType<Input>, (ctx, input) => {
    const rows = query(ctx, input);
    return { rows: (reader: Reader) => rows.iterate(reader) };
  });
};

/** A report table's export: the same SQL as `reports.summary`, over the same caseworker scope. */
export const fromReport =
  <Item>(table: (ctx: ExportContext, range: TReportRange) => Item[]) =>
  (ctx: ExportContext, input: TReportRange) => {
    const rows = table(ctx, scopeReport(ctx.staff, input));
    return { rows: () => rows };
  };
