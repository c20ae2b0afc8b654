import { describe, expect, test } from 'vitest';
import { policy } from '../policy.js';
import { dashboardPeriods, reportPresets, weekStart, ZReportInput } from './report.js';

describe('ZReportInput', () => {
  test('a single day is a range; the caseworker is optional', () => {
    expect(ZReportInput.parse({ from: '2026-11-25', to: '2026-11-25' })).toEqual({ from: '2026-11-25', to: '2026-11-25', caseworkerId: null });
  });

  test('an end before the start is refused on the end date', () => {
    const result = ZReportInput.safeParse({ from: '2026-11-25', to: '2026-11-24' });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['to', 'validation.rangeReversed']]);
  });

  test('a date that does not exist is refused', () => {
    expect(ZReportInput.safeParse({ from: '2026-02-30', to: '2026-03-01' }).error?.issues[0]?.message).toBe('validation.date');
  });
});

describe('dashboard periods', () => {
  test.each([
    ['2026-11-23', '2026-11-23'], // a Monday is its own week's start
    ['2026-11-25', '2026-11-23'],
    ['2026-11-29', '2026-11-23'], // Sunday ends the Danish week
    ['2027-01-01', '2026-12-28'], // across a new year
  ])('the week of %s starts on Monday %s', (day, monday) => expect(weekStart(day)).toBe(monday));

  test('today, and this week up to today', () => {
    expect(dashboardPeriods('2026-11-25')).toEqual({
      today: { from: '2026-11-25', to: '2026-11-25' },
      week: { from: '2026-11-23', to: '2026-11-25' },
    });
  });
});

describe('report presets', () => {
  test('each range ends today, except last month', () => {
    expect(reportPresets('2026-11-25')).toEqual({
      today: { from: '2026-11-25', to: '2026-11-25' },
      thisWeek: { from: '2026-11-23', to: '2026-11-25' },
      thisMonth: { from: '2026-11-01', to: '2026-11-25' },
      lastMonth: { from: '2026-10-01', to: '2026-10-31' },
      thisYear: { from: '2026-01-01', to: '2026-11-25' },
    });
  });

  test('in January, last month is last year\'s December; in March, February ends on its last day', () => {
    expect(reportPresets('2027-01-10').lastMonth).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(reportPresets('2028-03-01').lastMonth).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });
});

test('[policy] the audit retention is not below the floor the database enforces', () => {
  expect(policy.auditRetentionDays).toBeGreaterThanOrEqual(policy.auditRetentionMinimumDays);
});
