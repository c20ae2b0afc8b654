import { Alert, Table, Typography } from 'antd';
import { useList, type HttpError } from '@refinedev/core';
import { useTranslation } from 'react-i18next';
import { useCodeColumns } from './columns';
import type { CodeListItem } from './types';

const headingId = 'citizen-codes-heading';
const latest = 10;

/** The citizen's latest temporary codes and their states, on the citizen's page. Never the codes themselves. */
export function CitizenCodes({ citizenId }: { citizenId: number }) {
  const { t } = useTranslation();
  const { result, query } = useList<CodeListItem, HttpError>({
    resource: 'codes',
    filters: [{ field: 'citizenId', operator: 'eq', value: citizenId }],
    sorters: [{ field: 'issuedAt', order: 'desc' }],
    pagination: { currentPage: 1, pageSize: latest },
  });
  const total = result.total ?? 0;
  const columns = useCodeColumns();

  return (
    <section aria-labelledby={headingId} style={{ marginTop: 32 }}>
      <Typography.Title level={2} id={headingId} style={{ fontSize: 18 }}>
        {t('codes.section')}
      </Typography.Title>
      {query.isError && <Alert type="error" showIcon message={query.error.message} />}
      {total > latest && <Typography.Paragraph>{t('codes.section.latest', { count: latest })}</Typography.Paragraph>}
      <div style={{ overflowX: 'auto' }}>
        <Table<CodeListItem>
          rowKey="id"
          dataSource={result.data}
          loading={query.isLoading}
          pagination={false}
          size="small"
          aria-labelledby={headingId}
          // antd greys the empty text below 4.5:1 contrast.
          locale={{ emptyText: <span style={{ color: 'rgba(0, 0, 0, 0.88)' }}>{query.isLoading ? t('app.loading') : t('codes.section.none')}</span> }}
          columns={[columns.issuedAt, columns.kind, columns.status, columns.expiresAt, columns.issuedBy, columns.actions]}
        />
      </div>
    </section>
  );
}
