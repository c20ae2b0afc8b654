/**
 * Cell formats for CSV files opened in a Danish spreadsheet: dates as dd.mm.yyyy (HH:MM in Copenhagen time),
 * decimal comma, Ja/Nej, and text that cannot be read as a formula.
 */
export type Cell = string | number | boolean | Date | null | undefined;

const copenhagen = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Copenhagen',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

export function danishDateTime(value: Date): string {
  const parts = Object.fromEntries(copenhagen.formatToParts(value).map((p) => [p.type, p.value]));
  return `${parts.day}.${parts.month}.${parts.year} ${parts.hour}:${parts.minute}`;
}

/** A calendar day (`YYYY-MM-DD`) as dd.mm.yyyy; anything else is left as it is. */
export function danishDate(day: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
  return match ? `${match[3]}.${match[2]}.${match[1]}` : (day ?? '');
}

/**
 * Text a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets a leading apostrophe
 * (OWASP "CSV injection"): names and descriptions are typed by people, and the file is opened by others.
 */
function inert(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function formatCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return danishDateTime(value);
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nej';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(value).replace('.', ',');
  return inert(value);
}
