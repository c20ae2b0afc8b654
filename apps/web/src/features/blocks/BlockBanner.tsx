import { Alert } from 'antd';
import { UnlockOutlined } from '@ant-design/icons';
import { useList, type CrudFilter, type HttpError, type UseListProps } from '@refinedev/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

import { formatDate, formatDateTime } from '../../format';
import type { Block, BlockListItem } from './types';

type BlockBannerProps = {
  block: Pick<Block, 'id' | 'misuse' | 'reportedOn' | 'codesRevoked' | 'createdAt' | 'reopenedAt'>;
};

/**
 * [seed] The citizen's latest blocking request, at the top of the citizen's page and card: whoever serves the
 * citizen next sees it before anything else. A plain banner, not a live alert: it is there when the page opens.
 * A reopened block is history, not a warning: it is shown as information, saying when it was reopened.
 */
export function BlockBanner({ block }: BlockBannerProps) {
  const { t } = useTranslation();
  const date = formatDate(block.reportedOn);
  const misuse = t(`blocks.misuse.${block.misuse}`);
  const reopened = block.reopenedAt !== null;
  return (
    <Alert
      type={reopened ? 'info' : 'error'}
      showIcon
      icon={reopened ? <UnlockOutlined /> : undefined}
      role="none"
      message={
        <strong>
          {reopened
            ? t('blocks.banner.reopenedTitle', { date, misuse, time: formatDateTime(block.reopenedAt!) })
            : t('blocks.banner.title', { date, misuse })}
        </strong>
      }
      description={
        <>
          {t('blocks.banner.details', { count: block.codesRevoked, time: formatDateTime(block.createdAt) })}{' '}
          {/* Underlined: within a sentence, colour alone does not tell a link from its text. */}
          <Link to={`/blocks/${block.id}`} style={{ textDecoration: 'underline' }}>
            {t('blocks.banner.open')}
          </Link>
        </>
      }
      style={{ marginBottom: 16 }}
    />
  );
}

/**
 * The banner for a citizen whose record has no card at hand (the citizen's page): their newest active request,
 * else their newest one. An older block still active outweighs a newer one already reopened.
 */
export function LatestBlockBanner({ citizenId }: { citizenId: number }) {
  const latest = (filters: CrudFilter[]): UseListProps<BlockListItem, HttpError, BlockListItem> => ({
    resource: 'blocks',
    filters: [{ field: 'citizenId', operator: 'eq', value: citizenId }, ...filters],
    sorters: [{ field: 'createdAt', order: 'desc' }],
    pagination: { currentPage: 1, pageSize: 1 },
  });
  const active = useList<BlockListItem, HttpError>(latest([{ field: 'status', operator: 'eq', value: 'active' }]));
  const any = useList<BlockListItem, HttpError>(latest([]));
  const block = active.result.data[0] ?? (active.query.isSuccess ? any.result.data[0] : undefined);
  return block ? <BlockBanner block={block} /> : null;
}
