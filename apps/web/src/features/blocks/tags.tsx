import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BlockStatus } from '@skranke/domain';

// Dark text on light backgrounds, as the codes' tags: antd's preset tag colours fall short of 4.5:1 contrast.
const statusColours: Record<BlockStatus, { color: string; background: string; borderColor: string }> = {
  active: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  reopened: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
};

/** Active (the MitID is blocked) or reopened (from a new verification at the counter). */
export function BlockStatusTag({ status }: { status: BlockStatus }) {
  const { t } = useTranslation();
  return <Tag style={statusColours[status]}>{t(`blocks.status.${status}`)}</Tag>;
}
