import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { policy, type ComplaintStatus } from '@skranke/domain';

// Dark text on light backgrounds: antd's preset tag colours fall short of 4.5:1 contrast.
const statusColours: Record<ComplaintStatus, { color: string; background: string; borderColor: string }> = {
  received: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  inProgress: { color: '#874d00', background: '#fffbe6', borderColor: '#ffe58f' },
  forwarded: { color: '#391085', background: '#f9f0ff', borderColor: '#d3adf7' },
  answered: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  closed: { color: 'rgba(0, 0, 0, 0.88)', background: '#fafafa', borderColor: '#d9d9d9' },
};

const overdueColours = { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' };

export function StatusTag({ status }: { status: ComplaintStatus }) {
  const { t } = useTranslation();
  return <Tag style={statusColours[status]}>{t(`complaints.status.${status}`)}</Tag>;
}

/** Red "Overskredet"; the policy's number of days is in the tooltip-free title for those who ask why. */
export function OverdueTag() {
  const { t } = useTranslation();
  return (
    <Tag style={overdueColours} title={t('complaints.overdueHint', { days: String(policy.complaintOverdueDays) })}>
      {t('complaints.overdue')}
    </Tag>
  );
}
