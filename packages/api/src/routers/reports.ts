import { ZDashboardInput, ZReportInput, dashboardPeriods, policy, todayIso } from '@skranke/domain';
import { reportSummary, type StaffMember } from '@skranke/db';
import { appError } from '../errors.js';
import { counterProcedure, router } from '../trpc.js';

/**
 * [issue] Supervisors read reports for anyone; a caseworker sees their own figures only: naming nobody means
 * themselves, naming a colleague is refused. The CSV export of a report goes through the same scope.
 */
export function scopeReport<R extends { caseworkerId: number | null }>(staff: StaffMember, range: R): R {
  if (staff.role === 'supervisor') return range;
  if (range.caseworkerId !== null && range.caseworkerId !== staff.id) throw appError('FORBIDDEN', 'auth.forbidden', { field: 'caseworkerId' });
  return { ...range, caseworkerId: staff.id };
}

export const reportsRouter = router({
  /** Any range of counter days; every figure counted in SQL. */
  summary: counterProcedure.input(ZReportInput).query(({ ctx, input }) => reportSummary(ctx.db, scopeReport(ctx.staff, input), ctx.now(), policy)),

  /** The home page: today and this week (Monday to today), for everyone or one caseworker. */
  dashboard: counterProcedure.input(ZDashboardInput).query(({ ctx, input }) => {
    const now = ctx.now();
    const { caseworkerId } = scopeReport(ctx.staff, input);
    const { today, week } = dashboardPeriods(todayIso(now));
    return {
      today: reportSummary(ctx.db, { ...today, caseworkerId }, now, policy),
      week: reportSummary(ctx.db, { ...week, caseworkerId }, now, policy),
    };
  }),
});
