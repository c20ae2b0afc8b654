import type { ExemptionStatus } from '@skranke/domain';
import { statusTag } from '../../components/StatusTag';

export const ExemptionStatusTag = statusTag<ExemptionStatus>('exemptions.status', { requested: 'waiting', granted: 'done', refused: 'alarm', revoked: 'ended' });
