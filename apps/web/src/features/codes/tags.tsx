import type { CodeStatus } from '@skranke/domain';
import { statusTag } from '../../components/StatusTag';

export const CodeStatusTag = statusTag<CodeStatus>('codes.status', { issued: 'waiting', used: 'done', expired: 'working', revoked: 'ended', blocked: 'alarm' });
