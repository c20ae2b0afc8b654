import { isRealDate, parseIsoDate, toIsoDate } from './isoDate.js';
import type { IsoDate } from './isoDate.js';

export type CprErrorCode = 'cpr.format' | 'cpr.date' | 'cpr.future';

export type Cpr = {
  /** 10 digits, no dash. */
  digits: string;
  /** DDMMYY-SSSS */
  formatted: string;
  birthDate: IsoDate;
  isSubstitute: boolean;
  sex: 'male' | 'female';
};

export type ParseCprResult = { ok: true; cpr: Cpr } | { ok: false; error: CprErrorCode };

// [pub] Form DDMMYY-SSSS; the dash is optional in input, and a space or an en dash (as word processors write it) does as well.
const CPR_RE = /^(\d{6})[-–\s]?(\d{4})$/;
const SEARCH_RE = /^(\d{6})[-–\s]?(\d{0,4})$/;

export function normalizeCpr(input: string): string | null {
  const m = CPR_RE.exec(input.trim());
  return m ? `${m[1]}${m[2]}` : null;
}

// [pub] Century from the 7th digit (first of SSSS) together with YY.
function centuryOf(seventh: number, yy: number): number {
  if (seventh <= 3) return 1900;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800; // 5–8
}

/** `today`, when given, also refuses a birth date after it [pub]. */
export function parseCpr(input: string, today?: IsoDate): ParseCprResult {
  const digits = normalizeCpr(input);
  if (digits === null) return { ok: false, error: 'cpr.format' };
  const n = (i: number, len = 2) => Number(digits.slice(i, i + len));
  let day = n(0);
  const month = n(2);
  const year = centuryOf(n(6, 1), n(4)) + n(4);
  // [pub] Substitute numbers (erstatningspersonnummer) add 60 to the day; the real day must still exist.
  const isSubstitute = day > 60;
  if (isSubstitute) day -= 60;
  if (!isRealDate(year, month, day)) return { ok: false, error: 'cpr.date' };
  const birthDate = toIsoDate(year, month, day);
  if (today && birthDate > today) return { ok: false, error: 'cpr.future' };
  // [pub] No modulus-11 check: numbers issued since 1 Oct 2007 may fail it.
  return {
    ok: true,
    cpr: {
      digits,
      formatted: `${digits.slice(0, 6)}-${digits.slice(6)}`,
      birthDate,
      isSubstitute,
      // [pub] Last digit odd = male, even = female.
      sex: n(9, 1) % 2 === 1 ? 'male' : 'female',
    },
  };
}

export function isValidCpr(input: string, today?: IsoDate): boolean {
  return parseCpr(input, today).ok;
}

/** Shows only the date part; anything not of CPR form is masked entirely so no digits leak. */
export function maskCpr(input: string): string {
  const digits = normalizeCpr(input);
  return digits ? `${digits.slice(0, 6)}-XXXX` : 'XXXXXX-XXXX';
}

// A run of seven or more digits, single separators between them, in text already NFKC-normalised.
const DIGIT_RUN_RE = /\d(?:[\s./–—-]?\d){6,}/g;
// Dates as people write them (25.11.2026, 2026-11-25): no CPR number has a four-digit year.
const WRITTEN_DATE_RE = /^(\d{1,2}[./–-]\d{1,2}[./–-]\d{4}|\d{4}-\d{2}-\d{2})$/;

/** The digits could begin a CPR number: a day (or a substitute day, + 60) and a month. */
function startsLikeCpr(digits: string): boolean {
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  return ((day >= 1 && day <= 31) || (day >= 61 && day <= 91)) && month >= 1 && month <= 12;
}

/**
 * Free text (a search term, a purpose) with every CPR-like run of digits masked to its date part, however it was
 * written: `010190 1234`, `01 01 90 1234`, `010190.1234`, `01019012345`, full-width `０１０１９０１２３４`. The text is
 * NFKC-normalised first, so look-alike digits are digits. For the audit log and log lines, which must never hold a
 * CPR number; a written date or a number that cannot begin with a day and a month is left as it is.
 */
export function maskCprsIn(text: string): string {
  return text.normalize('NFKC').replace(DIGIT_RUN_RE, (run) => {
    const digits = run.replace(/\D/g, '');
    return WRITTEN_DATE_RE.test(run) || !startsLikeCpr(digits) ? run : `${digits.slice(0, 6)}-XXXX`;
  });
}

/**
 * Age in whole years on `onDate` (negative if `onDate` precedes the birth).
 * A 29 February birthday counts as reached on 1 March in non-leap years (the usual
 * Danish reading: one is not a year older until the 28 February has fully passed).
 * @throws RangeError if either date is not a real ISO date.
 */
export function ageOn(birthDate: IsoDate, onDate: IsoDate): number {
  const b = parseIsoDate(birthDate);
  const o = parseIsoDate(onDate);
  const beforeBirthday = o.m < b.m || (o.m === b.m && o.d < b.d);
  return o.y - b.y - (beforeBirthday ? 1 : 0);
}

export function cprAgeOn(input: string, onDate: IsoDate): number | null {
  const r = parseCpr(input);
  return r.ok ? ageOn(r.cpr.birthDate, onDate) : null;
}

/** True when a search term looks like a (possibly partial, ≥ 6 digits) CPR number. */
export function isCprSearchTerm(term: string): boolean {
  return SEARCH_RE.test(term.trim());
}

export function cprSearchPrefix(term: string): string | null {
  const m = SEARCH_RE.exec(term.trim());
  return m ? `${m[1]}${m[2]}` : null;
}
