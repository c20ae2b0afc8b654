import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TReportInput } from '@skranke/domain';
import { callApi } from '../../providers/httpError';
import { trpc } from '../../trpc';


/** Today and this week, for everyone (a supervisor) or one caseworker; the server narrows a caseworker to themself. */
export function useDashboard(caseworkerId: number | null) {
  return useQuery({
    queryKey: ['reports', 'dashboard', caseworkerId],
    queryFn: () => callApi(() => trpc.reports.dashboard.query({ caseworkerId })),
    placeholderData: keepPreviousData,
  });
}

/** One range's figures, all counted by the server. */
export function useReportSummary(input: TReportInput) {
  return useQuery({
    queryKey: ['reports', 'summary', input],
    queryFn: () => callApi(() => trpc.reports.summary.query(input)),
    placeholderData: keepPreviousData,
  });
}
