/**
 * Dates, times and numbers as the reader writes them, on every screen, letter, message and CSV file: Danish
 * 30.06.2023 14:05 and 1.234,5; English 30/06/2023 14:05 and 1,234.5. Times are Copenhagen time: the counters
 * are in Denmark whatever zone the server's or the browser's clock is set to.
 */
import { isIsoDate } from './isoDate.js';
import type { Locale } from './messages.js';

const dateSeparator: Record<Locale, string> = { da: '.', en: '/' };
const numberLocale: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };

const copenhagen = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Copenhagen',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function copenhagenParts(at: Date): Record<'day' | 'month' | 'year' | 'hour' | 'minute', string> {
  const parts = Object.fromEntries(copenhagen.formatToParts(at).map((p) => [p.type, p.value]));
  return { day: parts.day!, month: parts.month!, year: parts.year!, hour: parts.hour!, minute: parts.minute! };
}

/** A calendar day (`YYYY-MM-DD`); any other text is returned as it is. */
export function formatDay(day: string, locale: Locale): string {
  if (!isIsoDate(day)) return day;
  const [y, m, d] = day.split('-');
  return [d, m, y].join(dateSeparator[locale]);
}

/** The day of a moment, in Copenhagen. */
export function formatDate(at: Date, locale: Locale): string {
  const { day, month, year } = copenhagenParts(at);
  return [day, month, year].join(dateSeparator[locale]);
}

/** A moment to the minute, in Copenhagen; the colon in both languages, as counter staff read clocks. */
export function formatDateTime(at: Date, locale: Locale): string {
  const { hour, minute } = copenhagenParts(at);
  return `${formatDate(at, locale)} ${hour}:${minute}`;
}

/** `grouping: false` for a spreadsheet cell, which reads 1.234 as a number only without the thousands dot. */
export function formatNumber(value: number, locale: Locale, { grouping = true, maximumFractionDigits = 1 } = {}): string {
  return new Intl.NumberFormat(numberLocale[locale], { useGrouping: grouping, maximumFractionDigits }).format(value);
}
