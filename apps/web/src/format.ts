import * as notation from '@skranke/domain';
import { currentLocale } from './i18n';

/**
 * The reader's notation for dates, times and numbers: the domain's formatter, the one the server's messages, letters
 * and CSV files use, in the language chosen in the header.
 */
export function formatDateTime(value: Date | string | number): string {
  return notation.formatDateTime(new Date(value), currentLocale());
}

/** A calendar day (`YYYY-MM-DD`) as it is, or the Copenhagen day of a moment. */
export function formatDate(value: Date | string | number): string {
  return typeof value === 'string' && notation.isIsoDate(value)
    ? notation.formatDay(value, currentLocale())
    : notation.formatDate(new Date(value), currentLocale());
}

export function formatNumber(value: number): string {
  return notation.formatNumber(value, currentLocale());
}
