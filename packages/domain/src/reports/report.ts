import { z } from 'zod';
import { addDays, parseIsoDate, type IsoDate } from '../isoDate.js';
import { ZIsoDate } from '../fields.js';

const ZCaseworkerId = z
  .number()
  .int()
  .positive()
  .nullish()
  .transform((v) => v ?? null);

/**
 * A report's range: counter days (Copenhagen) from and to, both inclusive, and optionally one caseworker. Any
 * range is allowed; every figure is counted in SQL, so a long range costs the database, not the server's memory.
 */
export const ZReportInput = z
  .object({ from: ZIsoDate, to: ZIsoDate, caseworkerId: ZCaseworkerId })
  .refine((r) => r.from <= r.to, { error: 'validation.rangeReversed', path: ['to'] });
export type TReportInput = z.input<typeof ZReportInput>;
export type TReportRange = z.output<typeof ZReportInput>;

/** The dashboard's periods are fixed (today, this week); only the caseworker may be chosen, by a supervisor. */
export const ZDashboardInput = z.object({ caseworkerId: ZCaseworkerId }).default({ caseworkerId: null });

/** Monday of the week `day` falls in (Danish weeks start on Monday). */
export function weekStart(day: IsoDate): IsoDate {
  const { y, m, d } = parseIsoDate(day);
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return addDays(day, -((t.getUTCDay() + 6) % 7));
}

/** The dashboard's two periods: today, and this week from Monday up to today. */
export function dashboardPeriods(today: IsoDate) {
  return { today: { from: today, to: today }, week: { from: weekStart(today), to: today } };
}

/** The reports page's ready-made ranges, each ending today or, for last month, on its last day. */
export function reportPresets(today: IsoDate) {
  const monthStart = `${today.slice(0, 7)}-01`;
  const lastMonthEnd = addDays(monthStart, -1);
  return {
    today: { from: today, to: today },
    thisWeek: { from: weekStart(today), to: today },
    thisMonth: { from: monthStart, to: today },
    lastMonth: { from: `${lastMonthEnd.slice(0, 7)}-01`, to: lastMonthEnd },
    thisYear: { from: `${today.slice(0, 4)}-01-01`, to: today },
  };
}

/** [policy] How long open exemption requests have waited, in whole days: within a week, within a month, longer. */
export const exemptionAgeBuckets = { days0to7: 7, days8to30: 30 } as const;
