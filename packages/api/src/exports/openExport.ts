import { Readable, pipeline } from 'node:stream';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { stringify } from 'csv-stringify';
import { maskedForAudit, todayIso, translate, type Locale } from '@skranke/domain';
import { appendAudit, openReadOnlyConnection, type Db } from '@skranke/db';
import type { Context } from '../context.js';
import { appError } from '../errors.js';
import { allStaff, authorize, describeError } from '../trpc.js';
import { formatCell } from './format.js';
import type { ExportColumn, Reader } from './define.js';
import { exportDefinition } from './resources.js';

export type OpenedExport = { fileName: string; body: Readable };

/**
 * [issue] CSV that a Danish spreadsheet opens as it is: UTF-8 with a byte-order mark (or Excel guesses the code
 * page), `;` between fields (`,` is the decimal comma), CRLF line ends.
 */
export const csvOptions = { bom: true, delimiter: ';', record_delimiter: 'windows' } as const;

/**
 * Every row of a list or report as CSV, streamed: rows are read one at a time from a statement on a read-only
 * connection of the export's own (so a long download never holds up the shared one), formatted and written as
 * the client takes them. The connection closes when the last row is read or the client goes away.
 */
function csvStream(db: Db, locale: Locale, columns: ExportColumn<unknown>[], rows: (reader: Reader) => Iterable<unknown>, onError: (error: Error) => void): Readable {
  function* records() {
    const reader = openReadOnlyConnection(db);
    try {
      for (const item of rows(reader)) yield columns.map((c) => formatCell(c.value(item, locale), locale));
    } finally {
      reader.close();
    }
  }
  const csv = stringify({ ...csvOptions, header: true, columns: columns.map((c) => translate(c.header, locale)) });
  return pipeline(Readable.from(records()), csv, (error) => {
    if (error && error.code !== 'ERR_STREAM_PREMATURE_CLOSE') onError(error);
  });
}

/**
 * Checks an export request as a procedure call is checked (the session and role through the same `authorize`, the
 * input through the list's own zod schema), logs it with its criteria masked, and returns the file to stream.
 * Throws the API's errors; `exportErrorResponse` turns them into an HTTP answer.
 */
export function openExport(ctx: Context, resource: string, rawInput: unknown, onError: (error: Error) => void = () => {}): OpenedExport {
  const definition = exportDefinition(resource);
  const staff = authorize(ctx.staff, definition?.access ?? allStaff);
  if (!definition) throw appError('NOT_FOUND', 'error.notFound');
  // No body means no criteria; anything else (null, text) must pass the schema, never widen into "everything".
  const parsed = definition.input.safeParse(rawInput === undefined ? {} : rawInput);
  if (!parsed.success) throw new TRPCError({ code: 'BAD_REQUEST', message: 'validation.invalid', cause: parsed.error });
  const now = ctx.now();
  const opened = definition.open({ db: ctx.db, staff, now }, parsed.data);
  const { pagination: _everyRow, ...criteria } = parsed.data as Record<string, unknown>;
  // [pub] Every export is logged: what, and by which criteria, CPR numbers masked.
  appendAudit(ctx.db, { staffId: staff.id, action: 'export', entity: resource, details: { criteria: maskedForAudit(criteria), ...opened.audit } }, now);
  return {
    fileName: `skranke-${resource.replace(/\./g, '-')}-${todayIso(now)}.csv`,
    body: csvStream(ctx.db, ctx.locale, definition.columns, opened.rows, onError),
  };
}

/** A refused export as an HTTP status and the same JSON error body the API's procedures send, translated. */
export function exportErrorResponse(error: unknown, locale: Locale): { status: number; body: { error: { code: string; message: string; fieldErrors: Record<string, string> } } } {
  const trpcError = error instanceof TRPCError ? error : new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: error });
  const { message, fieldErrors } = describeError(trpcError, locale);
  return { status: getHTTPStatusCodeFromError(trpcError), body: { error: { code: trpcError.code, message, fieldErrors } } };
}
