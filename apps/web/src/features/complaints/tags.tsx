import { useTranslation } from 'react-i18next';
import { policy, type ComplaintStatus } from '@skranke/domain';
import { statusTag, ToneTag } from '../../components/StatusTag';

export const StatusTag = statusTag<ComplaintStatus>('complaints.status', {
  received: 'waiting',
  inProgress: 'working',
  forwarded: 'passedOn',
  answered: 'done',
  closed: 'ended',
});

/** Red "Overskredet"; the policy's number of days is in the title for those who ask why. */
export function OverdueTag() {
  const { t } = useTranslation();
  return (
    <ToneTag tone="alarm" title={t('complaints.overdueHint', { days: String(policy.complaintOverdueDays) })}>
      {t('complaints.overdue')}
    </ToneTag>
  );
}
