import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReadAccessStatus } from '@skranke/domain';

// Dark text on light backgrounds: antd's preset tag colours fall short of 4.5:1 contrast.
const statusColours: Record<ReadAccessStatus, { color: string; background: string; borderColor: string }> = {
  requested: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  active: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  expired: { color: '#874d00', background: '#fffbe6', borderColor: '#ffe58f' },
  revoked: { color: 'rgba(0, 0, 0, 0.88)', background: '#fafafa', borderColor: '#d9d9d9' },
};

export function ReadAccessStatusTag({ status }: { status: ReadAccessStatus }) {
  const { t } = useTranslation();
  return <Tag style={statusColours[status]}>{t(`readAccess.status.${status}`)}</Tag>;
}
