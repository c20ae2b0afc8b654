import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExemptionStatus } from '@skranke/domain';

// Dark text on light backgrounds: antd's preset tag colours fall short of 4.5:1 contrast.
const statusColours: Record<ExemptionStatus, { color: string; background: string; borderColor: string }> = {
  requested: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  granted: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  refused: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  revoked: { color: 'rgba(0, 0, 0, 0.88)', background: '#fafafa', borderColor: '#d9d9d9' },
};

export function ExemptionStatusTag({ status }: { status: ExemptionStatus }) {
  const { t } = useTranslation();
  return <Tag style={statusColours[status]}>{t(`exemptions.status.${status}`)}</Tag>;
}
