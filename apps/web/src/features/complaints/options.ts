import { useTranslation } from 'react-i18next';
import {
  complaintChannels,
  complaintSchemes,
  complaintStatuses,
  complaintSubjects,
  forwardingChannels,
} from '@skranke/domain';

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
