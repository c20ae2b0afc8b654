/** Calendar date as `YYYY-MM-DD`. Strings, not Date objects, so no time zone can shift the day. */
export type IsoDate = string;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

export function isRealDate(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) &&
    y >= 0 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
  );
}

export function isIsoDate(s: string): boolean {
  const m = ISO_RE.exec(s);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** @throws RangeError if the parts are not a real date. */
export function toIsoDate(y: number, m: number, d: number): IsoDate {
  if (!isRealDate(y, m, d)) throw new RangeError(`Not a real date: ${y}-${m}-${d}`);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** @throws RangeError if `iso` is not a real ISO date. */
export function parseIsoDate(iso: IsoDate): { y: number; m: number; d: number } {
  const match = ISO_RE.exec(iso);
  const [y, m, d] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
  if (!match || !isRealDate(y, m, d)) throw new RangeError(`Not an ISO date: ${iso}`);
  return { y, m, d };
}

export function addDays(iso: IsoDate, n: number): IsoDate {
  const { y, m, d } = parseIsoDate(iso);
  // UTC avoids DST days of 23/25 hours; setUTCFullYear avoids Date.UTC mapping years 0–99 to 19xx.
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d + n);
  return toIsoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

function utcDay(iso: IsoDate): number {
  const { y, m, d } = parseIsoDate(iso);
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t.getTime() / 86_400_000;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round(utcDay(to) - utcDay(from));
}

/** The calendar date at instant `now` in `timeZone`; the caller injects the clock so domain code stays pure. */
/** One formatter per time zone: building an Intl.DateTimeFormat costs far more than using one (a list calls this per row). */
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

export function todayIso(now: Date, timeZone = 'Europe/Copenhagen'): IsoDate {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return toIsoDate(get('year'), get('month'), get('day'));
}

/** How far `timeZone`'s wall clock is ahead of UTC at `instant` (whole seconds). */
function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = new Date(0);
  wall.setUTCFullYear(get('year'), get('month') - 1, get('day'));
  wall.setUTCHours(get('hour'), get('minute'), get('second'));
  return wall.getTime() - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a calendar day begins in `timeZone`: turns a day range into the timestamps stored beside it.
 * Copenhagen changes its clocks at 02:00/03:00, so every day has a midnight; the second pass settles a day whose
 * offset differs from the UTC midnight's.
 */
export function startOfDay(iso: IsoDate, timeZone = 'Europe/Copenhagen'): Date {
  const { y, m, d } = parseIsoDate(iso);
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  const utcMidnight = t.getTime();
  const guess = utcMidnight - zoneOffsetMs(utcMidnight, timeZone);
  return new Date(utcMidnight - zoneOffsetMs(guess, timeZone));
}

/** The last millisecond of a calendar day in `timeZone`: a day as the inclusive upper bound of a range of instants. */
export function endOfDay(iso: IsoDate, timeZone = 'Europe/Copenhagen'): Date {
  return new Date(startOfDay(addDays(iso, 1), timeZone).getTime() - 1);
}
