import { Alert, Table, Typography } from 'antd';
import { useList, type HttpError } from '@refinedev/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CodeKind, CodeStatus } from '@skranke/domain';
import { formatDateTime } from '../../format';
import { CodeStatusTag } from './tags';
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
        >
          <Table.Column<CodeListItem>
            dataIndex="issuedAt"
            title={t('codes.fields.issuedAt')}
            render={(value: Date) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(value)}</span>}
          />
          <Table.Column<CodeListItem> dataIndex="kind" title={t('codes.fields.kind')} render={(kind: CodeKind) => t(`codes.kind.${kind}`)} />
          <Table.Column<CodeListItem>
            dataIndex="status"
            title={t('codes.fields.status')}
            render={(status: CodeStatus) => <CodeStatusTag status={status} />}
          />
          <Table.Column<CodeListItem>
            dataIndex="expiresAt"
            title={t('codes.fields.expiresAt')}
            render={(value: Date) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(value)}</span>}
          />
          <Table.Column<CodeListItem> dataIndex="issuedByName" title={t('codes.fields.issuedBy')} />
          <Table.Column<CodeListItem>
            key="actions"
            title={t('common.actions')}
            render={(_, code) => (
              <Link to={`/codes/${code.id}`} aria-label={t('codes.list.showNamed', { name: code.citizenName, time: formatDateTime(code.issuedAt) })}>
                {t('actions.show')}
              </Link>
            )}
          />
        </Table>
      </div>
    </section>
  );
}
