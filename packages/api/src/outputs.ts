import { z } from 'zod';

/**
 * The `{ data, total }` every list procedure returns (the list contract in domain/list.ts), around the schema of
 * one row: the row's schema names what a list may show, and anything else a query selects is stripped.
 */
export const listResult = <Item extends z.ZodType>(item: Item) => z.object({ data: z.array(item), total: z.number() });

/** A record's audit history, oldest first: when, who and what, with the entry's details (before/after). */
export const ZAuditHistory = z.array(
  z.object({ at: z.date(), action: z.string(), staffName: z.string().nullable(), details: z.record(z.string(), z.unknown()).nullable() }),
);
