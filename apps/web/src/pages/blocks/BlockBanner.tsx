import { Alert } from 'antd';
import { useList, type HttpError } from '@refinedev/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { toDanishDate } from '../../forms/danishDate';
import { formatDateTime } from '../../format';
import type { Block, BlockListItem } from './types';

type BlockBannerProps = {
  block: Pick<Block, 'id' | 'misuse' | 'reportedOn' | 'codesRevoked' | 'createdAt'>;
};

/**
 * [seed] The citizen's latest blocking request, at the top of the citizen's page and card: whoever serves the
 * citizen next sees it before anything else. A plain banner, not a live alert: it is there when the page opens.
 */
export function BlockBanner({ block }: BlockBannerProps) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      role="none"
      message={<strong>{t('blocks.banner.title', { date: toDanishDate(block.reportedOn), misuse: t(`blocks.misuse.${block.misuse}`) })}</strong>}
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

/** The banner for a citizen whose record has no card at hand (the citizen's page): their newest request, if any. */
export function LatestBlockBanner({ citizenId }: { citizenId: number }) {
  const { result } = useList<BlockListItem, HttpError>({
    resource: 'blocks',
    filters: [{ field: 'citizenId', operator: 'eq', value: citizenId }],
    sorters: [{ field: 'createdAt', order: 'desc' }],
    pagination: { currentPage: 1, pageSize: 1 },
  });
  const block = result.data[0];
  return block ? <BlockBanner block={block} /> : null;
}
