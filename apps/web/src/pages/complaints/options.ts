import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  complaintChannels,
  complaintSchemes,
  complaintStatuses,
  complaintSubjects,
  forwardingChannels,
} from '@skranke/domain';
import { toHttpError } from '../../providers/httpError';
import { trpc } from '../../trpc';
import type { Colleague } from './types';

/** Every choice of the complaint forms and filters, labelled in the current language. */
export function useComplaintOptions() {
  const { t } = useTranslation();
  return {
    channels: complaintChannels.map((c) => ({ value: c, label: t(`complaints.channel.${c}`) })),
    subjects: complaintSubjects.map((s) => ({ value: s, label: t(`complaints.subject.${s}`) })),
    schemes: complaintSchemes.map((s) => ({ value: s, label: t(`complaints.scheme.${s}`) })),
    statuses: complaintStatuses.map((s) => ({ value: s, label: t(`complaints.status.${s}`) })),
    forwardingChannels: forwardingChannels.map((c) => ({ value: c, label: t(`complaints.forwardedVia.${c}`) })),
  };
}

/**
 * The colleagues a complaint can be assigned to: active caseworkers and supervisors (admins do no
 * counter work). One page of 100 is every colleague of a Borgerservice.
 */
export function useColleagues() {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['complaints', 'colleagues'],
    queryFn: async () => {
      try {
        return await trpc.staff.list.query({
          filters: [{ field: 'active', operator: 'eq', value: true }],
          sorters: [{ field: 'displayName', order: 'asc' }],
          pagination: { currentPage: 1, pageSize: 100 },
        });
      } catch (error) {
        throw toHttpError(error);
      }
    },
    staleTime: 5 * 60_000,
  });
  const colleagues: Colleague[] = (query.data?.data ?? []).filter((c) => c.role !== 'admin');
  return {
    colleagues,
    options: colleagues.map((c) => ({
      value: c.id,
      label: t('complaints.colleague', { name: c.displayName, role: t(`roles.${c.role}`) }),
    })),
    nameOf: (id: number | null | undefined) => colleagues.find((c) => c.id === id)?.displayName,
    loading: query.isLoading,
  };
}
