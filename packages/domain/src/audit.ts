import { z } from 'zod';
import { maskCprsIn } from './cpr.js';
import { citizenReadActions } from './features.js';
import { plausibleDates, ZCprNumber } from './fields.js';
import { filterOn, listInput, ZPagination } from './list.js';

const ZStaffOrCitizenId = z.coerce.number().int().positive();
const ZAction = z.string().trim().min(1).max(100);

export const auditSortFields = ['at'] as const;

export const ZAuditFilter = z.discriminatedUnion('field', [
  filterOn('staffId', ['eq'], ZStaffOrCitizenId),
  /** Entries about the citizen: their record, and the cases (visits, requests, complaints) that are theirs. */
  filterOn('citizenId', ['eq'], ZStaffOrCitizenId),
  /** [pub] The same by CPR number: resolved on the server, and the search itself is logged with the number masked. */
  filterOn('citizenCpr', ['eq'], ZCprNumber),
  filterOn('action', ['eq', 'in'], z.union([ZAction, z.array(ZAction).min(1).max(30)])),
  filterOn('entity', ['eq'], ZAction),
  /** A time range: from (gte) and to (lte), both inclusive; an ISO 8601 instant or a Date. */
  filterOn(
    'at',
    ['gte', 'lte'],
    z.coerce
      .date({ error: 'validation.date' })
      .min(new Date(`${plausibleDates.from}T00:00:00Z`), { error: 'validation.dateRange' })
      .max(new Date(`${plausibleDates.to}T23:59:59Z`), { error: 'validation.dateRange' }),
  ),
]);
export type TAuditFilter = z.infer<typeof ZAuditFilter>;

/** Newest first unless the caller sorts otherwise. One CPR filter: each search is logged as one criterion. */
export const ZAuditListInput = listInput(auditSortFields, ZAuditFilter).refine(
  (input) => input.filters.filter((f) => f.field === 'citizenCpr').length <= 1,
  { error: 'validation.invalid', path: ['filters'] },
);
export type TAuditListInput = z.infer<typeof ZAuditListInput>;

/** "Who looked at this citizen", from the citizen card: newest first, a page at a time. */
export const ZCitizenReadsInput = z.object({
  citizenId: ZStaffOrCitizenId,
  pagination: ZPagination.default({ currentPage: 1, pageSize: 20 }),
});
export type TCitizenReadsInput = z.infer<typeof ZCitizenReadsInput>;

/** A read, not a change: who read what belongs to the audit log, which is the supervisors' [pub]. */
export function isReadAction(action: string): boolean {
  return action.endsWith('.read') || (citizenReadActions as readonly string[]).includes(action);
}

/**
 * A value (filters, a criterion) made fit for the audit log, which never holds a CPR number [pub]: every CPR-like
 * run in its text is masked, at any depth; dates become ISO text.
 */
export function maskedForAudit(value: unknown): unknown {
  if (typeof value === 'string') return maskCprsIn(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(maskedForAudit);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, maskedForAudit(v)]));
  }
  return value;
}
