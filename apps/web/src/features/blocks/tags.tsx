import type { BlockStatus } from '@skranke/domain';
import { statusTag } from '../../components/StatusTag';

/** Active (the MitID is blocked) or reopened (from a new verification at the counter). */
export const BlockStatusTag = statusTag<BlockStatus>('blocks.status', { active: 'alarm', reopened: 'done' });
