import { useQuery } from '@tanstack/react-query';
import type { TReportInput } from '@skranke/domain';
import { trpc } from '../../api/client';

/** Today and this week, for everyone (a supervisor) or one caseworker; the server narrows a caseworker to themself. */
export function useDashboard(caseworkerId: number | null) {
  return useQuery(trpc.reports.dashboard.queryOptions({ caseworkerId }));
}

/** One range's figures, all counted by the server. */
export function useReportSummary(input: TReportInput) {
  return useQuery(trpc.reports.summary.queryOptions(input));
}
