import { describe, expect, test } from 'vitest';
import { formatDate, formatDateTime, formatDay, formatNumber } from './format.js';
import { translate } from './translate.js';

describe('one notation per reader for dates, times and numbers', () => {
  test('a calendar day in Danish and English; other text is left alone', () => {
    expect(formatDay('2023-06-30', 'da')).toBe('30.06.2023');
    expect(formatDay('2023-06-30', 'en')).toBe('30/06/2023');
    expect(formatDay('2023-02-30', 'da')).toBe('2023-02-30');
    expect(formatDay('ikke oplyst', 'da')).toBe('ikke oplyst');
  });

  test('a moment is written in Copenhagen time, summer and winter alike, whatever the clock zone', () => {
    expect(formatDateTime(new Date('2026-11-25T09:30:00Z'), 'da')).toBe('25.11.2026 10:30');
    expect(formatDateTime(new Date('2026-07-01T22:15:00Z'), 'en')).toBe('02/07/2026 00:15');
    expect(formatDate(new Date('2026-12-31T23:30:00Z'), 'da')).toBe('01.01.2027');
  });

  test('numbers with the reader\'s decimal sign; a spreadsheet cell without the thousands separator', () => {
    expect(formatNumber(15.14, 'da')).toBe('15,1');
    expect(formatNumber(15.14, 'en')).toBe('15.1');
    expect(formatNumber(1234, 'da')).toBe('1.234');
    expect(formatNumber(1234.5, 'da', { grouping: false })).toBe('1234,5');
  });

  test('a message writes a date parameter in the same notation as the screens', () => {
    const key = 'visit.nemIdEnded';
    expect(translate(key, 'da', { date: '2023-06-30' })).toContain(formatDay('2023-06-30', 'da'));
    expect(translate(key, 'en', { date: '2023-06-30' })).toContain(formatDay('2023-06-30', 'en'));
  });
});
