import { describe, expect, test } from 'vitest';
import { addDays, daysBetween, endOfDay, isIsoDate, isLeapYear, isRealDate, parseIsoDate, startOfDay, toIsoDate, todayIso } from './isoDate.js';

describe('isLeapYear', () => {
  test.each([
    [2000, true], [2024, true], [1996, true], [1896, true], [2400, true],
    [1900, false], [1800, false], [2100, false], [2023, false], [2001, false],
  ])('%i → %s', (y, expected) => expect(isLeapYear(y)).toBe(expected));
});

describe('isRealDate', () => {
  test.each([
    [2024, 1, 31, true], [2024, 4, 30, true], [2024, 2, 29, true], [2000, 2, 29, true], [2023, 12, 31, true],
    [2024, 4, 31, false], [2024, 2, 30, false], [2023, 2, 29, false], [1900, 2, 29, false],
    [2024, 1, 0, false], [2024, 0, 1, false], [2024, 13, 1, false], [2024, 1, 32, false],
    [2024, 1.5, 1, false], [2024, 1, NaN, false], [-1, 1, 1, false], [10000, 1, 1, false],
  ])('%i-%i-%i → %s', (y, m, d, expected) => expect(isRealDate(y, m, d)).toBe(expected));
});

describe('isIsoDate', () => {
  test.each(['2024-02-29', '2000-02-29', '1899-12-31', '0001-01-01'])('accepts %s', (s) =>
    expect(isIsoDate(s)).toBe(true));
  test.each([
    '2023-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00',
    '2024-1-01', '24-01-01', '2024/01/01', '20240101', ' 2024-01-01', '2024-01-01T00:00', '', 'abcd-ef-gh',
  ])('rejects %j', (s) => expect(isIsoDate(s)).toBe(false));
});

describe('toIsoDate / parseIsoDate', () => {
  test('pads year, month and day', () => {
    expect(toIsoDate(2024, 3, 5)).toBe('2024-03-05');
    expect(toIsoDate(987, 1, 1)).toBe('0987-01-01');
  });
  test('throws on impossible dates', () => {
    expect(() => toIsoDate(2023, 2, 29)).toThrow(RangeError);
    expect(() => parseIsoDate('2023-02-29')).toThrow(RangeError);
    expect(() => parseIsoDate('nope')).toThrow(RangeError);
  });
  test('parses into numbers', () => expect(parseIsoDate('1999-07-04')).toEqual({ y: 1999, m: 7, d: 4 }));
});

describe('addDays', () => {
  test.each([
    ['2024-01-01', 0, '2024-01-01'],
    ['2024-01-31', 1, '2024-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2024-03-30', 1, '2024-03-31'], // DST change in Denmark: still exactly one calendar day
    ['2024-10-27', 1, '2024-10-28'],
    ['0050-01-01', 1, '0050-01-02'], // two-digit years must not be mapped to 19xx
  ])('%s %+i → %s', (iso, n, expected) => expect(addDays(iso, n)).toBe(expected));
  test('rejects invalid input', () => expect(() => addDays('2024-02-30', 1)).toThrow(RangeError));
});

describe('todayIso', () => {
  test.each([
    // Winter (UTC+1): 23:30 UTC is already the next day in Copenhagen.
    ['2024-01-15T23:30:00Z', '2024-01-16'],
    ['2024-01-15T22:59:59Z', '2024-01-15'],
    // Summer (UTC+2): 22:00 UTC is midnight in Copenhagen.
    ['2024-07-01T21:59:59Z', '2024-07-01'],
    ['2024-07-01T22:00:00Z', '2024-07-02'],
    ['2024-12-31T23:00:00Z', '2025-01-01'],
  ])('%s in Copenhagen → %s', (instant, expected) => expect(todayIso(new Date(instant))).toBe(expected));

  test('honours an explicit time zone', () => {
    const now = new Date('2024-01-15T23:30:00Z');
    expect(todayIso(now, 'UTC')).toBe('2024-01-15');
    expect(todayIso(now, 'America/New_York')).toBe('2024-01-15');
    expect(todayIso(now, 'Asia/Tokyo')).toBe('2024-01-16');
  });
});

describe('daysBetween', () => {
  test.each([
    ['2026-11-15', '2026-11-25', 10],
    ['2026-11-25', '2026-11-25', 0],
    ['2026-11-25', '2026-11-15', -10],
    ['2024-02-28', '2024-03-01', 2], // leap year
    ['2023-02-28', '2023-03-01', 1],
    ['2026-03-28', '2026-03-30', 2], // across the switch to summer time
    ['2025-12-31', '2026-01-01', 1],
  ])('from %s to %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe('startOfDay', () => {
  test.each([
    ['2026-11-25', '2026-11-24T23:00:00.000Z'], // winter time, UTC+1
    ['2026-07-01', '2026-06-30T22:00:00.000Z'], // summer time, UTC+2
    ['2026-03-29', '2026-03-28T23:00:00.000Z'], // clocks go forward at 02:00 that day
    ['2026-10-25', '2026-10-24T22:00:00.000Z'], // clocks go back at 03:00 that day
  ])('a Copenhagen day %s begins at %s', (day, instant) => {
    expect(startOfDay(day).toISOString()).toBe(instant);
    expect(todayIso(startOfDay(day))).toBe(day);
    expect(todayIso(new Date(startOfDay(day).getTime() - 1))).toBe(addDays(day, -1));
  });
});

describe('endOfDay', () => {
  test.each([
    ['2026-11-25', '2026-11-25T22:59:59.999Z'], // winter time, UTC+1
    ['2026-07-01', '2026-07-01T21:59:59.999Z'], // summer time, UTC+2
    ['2026-03-29', '2026-03-29T21:59:59.999Z'], // clocks go forward at 02:00 that day: 23 hours
    ['2026-10-25', '2026-10-25T22:59:59.999Z'], // clocks go back at 03:00 that day: 25 hours
  ])('a Copenhagen day %s ends at %s', (day, instant) => {
    expect(endOfDay(day).toISOString()).toBe(instant);
    expect(todayIso(endOfDay(day))).toBe(day);
    expect(todayIso(new Date(endOfDay(day).getTime() + 1))).toBe(addDays(day, 1));
  });
});
