import type { ReadAccessStatus } from '@skranke/domain';
import { statusTag } from '../../components/StatusTag';

export const ReadAccessStatusTag = statusTag<ReadAccessStatus>('readAccess.status', { requested: 'waiting', active: 'done', expired: 'working', revoked: 'ended' });
