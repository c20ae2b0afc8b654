import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@skranke/api';
import { trpc } from '../api/client';

export type Colleague = RouterOutputs['staff']['list']['data'][number];

/**
 * Colleagues who do counter work (active caseworkers and supervisors; admins do none): for assigning
 * complaints and for filtering lists by caseworker. One page of 100 is every colleague of a Borgerservice.
 */
export function useColleagues() {
  const { t } = useTranslation();
  const query = useQuery(
    trpc.staff.list.queryOptions(
      {
        filters: [{ field: 'active', operator: 'eq', value: true }],
        sorters: [{ field: 'displayName', order: 'asc' }],
        pagination: { currentPage: 1, pageSize: 100 },
      },
      { staleTime: 5 * 60_000 },
    ),
  );
  const colleagues: Colleague[] = (query.data?.data ?? []).filter((c) => c.role !== 'admin');
  return {
    colleagues,
    options: colleagues.map((c) => ({
      value: c.id,
      label: t('staff.colleague', { name: c.displayName, role: t(`roles.${c.role}`) }),
    })),
    nameOf: (id: number | null | undefined) => colleagues.find((c) => c.id === id)?.displayName,
    loading: query.isLoading,
  };
}
