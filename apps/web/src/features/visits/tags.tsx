import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VisitOutcome } from '@skranke/domain';

// Dark text on light backgrounds: antd's preset green and blue tags fall short of 4.5:1 contrast.
const outcomeColours: Record<VisitOutcome, { color: string; background: string; borderColor: string }> = {
  open: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  verified: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  refused: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  aborted: { color: 'rgba(0, 0, 0, 0.88)', background: '#fafafa', borderColor: '#d9d9d9' },
};

export function OutcomeTag({ outcome }: { outcome: VisitOutcome }) {
  const { t } = useTranslation();
  return <Tag style={outcomeColours[outcome]}>{t(`visits.outcome.${outcome}`)}</Tag>;
}
