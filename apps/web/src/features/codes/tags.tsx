import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CodeStatus } from '@skranke/domain';

// Dark text on light backgrounds: antd's preset tag colours fall short of 4.5:1 contrast.
const statusColours: Record<CodeStatus, { color: string; background: string; borderColor: string }> = {
  issued: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  used: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  expired: { color: '#874d00', background: '#fffbe6', borderColor: '#ffe58f' },
  revoked: { color: 'rgba(0, 0, 0, 0.88)', background: '#fafafa', borderColor: '#d9d9d9' },
  blocked: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
};

export function CodeStatusTag({ status }: { status: CodeStatus }) {
  const { t } = useTranslation();
  return <Tag style={statusColours[status]}>{t(`codes.status.${status}`)}</Tag>;
}
