import { ZDashboardInput, ZReportInput, dashboardPeriods, policy, todayIso } from '@skranke/domain';
import { reportSummary } from '@skranke/db';
import { scopeReport } from '../services/reportScope.js';
import { counterProcedure, router } from '../trpc.js';

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
