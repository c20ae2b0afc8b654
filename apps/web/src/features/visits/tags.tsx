import type { VisitOutcome } from '@skranke/domain';
import { statusTag } from '../../components/StatusTag';

export const OutcomeTag = statusTag<VisitOutcome>('visits.outcome', { open: 'waiting', verified: 'done', refused: 'alarm', aborted: 'ended' });
