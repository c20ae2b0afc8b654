import { formatDateTime, formatDay, formatNumber, isMessageKey, translate, type Locale } from '@skranke/domain';

/**
 * What a CSV cell holds: a value, a calendar day, or a term of the catalogue (a service, a status), which the file
 * writes in the reader's words as the screens do (`visits.service.newMitId` → "Ny MitID").
 */
export type Cell = string | number | boolean | Date | null | undefined | { day: string | null } | { term: string; raw: string };

export const day = (value: string | null | undefined): Cell => ({ day: value ?? null });

/** The term `prefix.value` (or the key itself without a prefix); a value the catalogue does not know is written as it is. */
export const term = (prefix: string, value: string | null | undefined): Cell =>
  value == null ? null : { term: prefix ? `${prefix}.${value}` : value, raw: value };

/**
 * Text a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets a leading apostrophe
 * (OWASP "CSV injection"): names and descriptions are typed by people, and the file is opened by others.
 */
function inert(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Dates and numbers in the reader's notation; numbers without a thousands separator, which a spreadsheet misreads. */
export function formatCell(value: Cell, locale: Locale): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return formatDateTime(value, locale);
  if (typeof value === 'boolean') return translate(value ? 'common.yes' : 'common.no', locale);
  if (typeof value === 'number') return formatNumber(value, locale, { grouping: false, maximumFractionDigits: 6 });
  if (typeof value === 'string') return inert(value);
  if ('day' in value) return value.day === null ? '' : formatDay(value.day, locale);
  return inert(isMessageKey(value.term) ? translate(value.term, locale) : value.raw);
}
