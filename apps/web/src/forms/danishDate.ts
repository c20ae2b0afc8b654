import { isIsoDate, isRealDate, toIsoDate, type IsoDate } from '@skranke/domain';

// What a caseworker types or pastes: 31122030, 31-12-2030 (also with . / or space, and one-digit day or
// month), or an ISO date copied from elsewhere. Two-digit years are refused: 31-12-30 is 1930 or 2030.
const compact = /^(\d{2})(\d{2})(\d{4})$/;
const separated = /^(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})$/;
const iso = /^\d{4}-\d{2}-\d{2}$/;

/** The typed text as an ISO date; null when blank, 'invalid' when it is not a real date in a known form. */
export function parseDanishDate(text: string | null | undefined): IsoDate | null | 'invalid' {
  const value = (text ?? '').trim();
  if (!value) return null;
  if (iso.test(value)) return isIsoDate(value) ? value : 'invalid';
  const match = compact.exec(value) ?? separated.exec(value);
  if (!match) return 'invalid';
  const [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(y, m, d) ? toIsoDate(y, m, d) : 'invalid';
}
