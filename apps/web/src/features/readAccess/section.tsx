import { useState } from 'react';
import { Alert, Button, Space, Table, Typography } from 'antd';
import { CheckOutlined, PlusOutlined, RollbackOutlined } from '@ant-design/icons';
import { useNotification } from '@refinedev/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isIsoDate, type ReadAccessStatus } from '@skranke/domain';
import { LinkButton } from '../../components/LinkButton';
import { ReasonDialog } from '../../components/ReasonDialog';

import { api, trpc } from '../../api/client';
import { ReadAccessStatusTag } from './tags';
import type { ReadAccessItem } from './types';
import { formatDate } from '../../format';

const headingId = 'citizen-read-access-heading';

/** The citizen's read accesses (læseadgange) on their page: who may read their Digital Post, until when. */
export function ReadAccessSection({ citizenId }: { citizenId: number }) {
  const { t } = useTranslation();
  const { open: notify } = useNotification();
  const [revoking, setRevoking] = useState<ReadAccessItem | null>(null);
  const accesses = useQuery(
    trpc.readAccess.list.queryOptions({
      filters: [{ field: 'citizenId', operator: 'eq', value: citizenId }],
      sorters: [{ field: 'createdAt', order: 'desc' }],
      pagination: { currentPage: 1, pageSize: 50 },
    }),
  );
  const done = (status: ReadAccessStatus) =>
    notify?.({ type: 'success', message: t('readAccess.done', { status: t(`readAccess.status.${status}`) }) });
  const activate = useMutation(
    trpc.readAccess.activate.mutationOptions({
      onSuccess: () => done('active'),
      onError: (error) => notify?.({ type: 'error', message: error.message }),
    }),
  );

  return (
    <section aria-labelledby={headingId} style={{ marginTop: 32 }}>
      <Space style={{ justifyContent: 'space-between', width: '100%', marginBottom: 12 }} wrap>
        <Typography.Title level={2} id={headingId} style={{ fontSize: 18, margin: 0 }}>
          {t('readAccess.section')}
        </Typography.Title>
        <LinkButton icon={<PlusOutlined />} to={`/read-access/create?citizen=${citizenId}`}>
          {t('readAccess.create.title')}
        </LinkButton>
      </Space>
      {accesses.isError && <Alert type="error" showIcon message={accesses.error.message} />}
      <div style={{ overflowX: 'auto' }}>
        <Table<ReadAccessItem>
          rowKey="id"
          dataSource={accesses.data?.data ?? []}
          loading={accesses.isLoading}
          pagination={false}
          aria-labelledby={headingId}
          // antd greys the empty text below 4.5:1 contrast.
          locale={{ emptyText: <span style={{ color: 'rgba(0, 0, 0, 0.88)' }}>{accesses.isLoading ? t('app.loading') : t('readAccess.none')}</span> }}
        >
          <Table.Column<ReadAccessItem> dataIndex="receiverName" title={t('readAccess.fields.receiverName')} />
          <Table.Column<ReadAccessItem>
            dataIndex="receiverCprMasked"
            title={t('readAccess.fields.receiverCpr')}
            render={(value: string) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{value}</span>}
          />
          <Table.Column<ReadAccessItem>
            dataIndex="rights"
            title={t('readAccess.fields.rights')}
            render={(value: ReadAccessItem['rights']) => t(`readAccess.rights.${value}`)}
          />
          <Table.Column<ReadAccessItem>
            dataIndex="endsOn"
            title={t('readAccess.fields.endsOn')}
            render={(value: string) => (isIsoDate(value) ? formatDate(value) : value)}
          />
          <Table.Column<ReadAccessItem>
            dataIndex="status"
            title={t('readAccess.fields.status')}
            render={(value: ReadAccessStatus) => <ReadAccessStatusTag status={value} />}
          />
          <Table.Column<ReadAccessItem>
            key="actions"
            title={t('common.actions')}
            render={(_, access) => (
              <Space>
                {access.status === 'requested' && (
                  <Button
                    size="small"
                    icon={<CheckOutlined />}
                    aria-label={t('readAccess.activateNamed', { name: access.receiverName })}
                    loading={activate.isPending && activate.variables?.id === access.id}
                    onClick={() => activate.mutate({ id: access.id })}
                  >
                    {t('readAccess.activate')}
                  </Button>
                )}
                {access.status === 'active' && (
                  <Button
                    size="small"
                    danger
                    icon={<RollbackOutlined />}
                    aria-label={t('readAccess.revokeNamed', { name: access.receiverName })}
                    onClick={() => setRevoking(access)}
                  >
                    {t('readAccess.revoke')}
                  </Button>
                )}
              </Space>
            )}
          />
        </Table>
      </div>
      {revoking && <RevokeDialog access={revoking} onClose={() => setRevoking(null)} onDone={() => done('revoked')} />}
    </section>
  );
}

function RevokeDialog({ access, onClose, onDone }: { access: ReadAccessItem; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <ReasonDialog
      title={t('readAccess.revokeTitle', { name: access.receiverName })}
      okText={t('readAccess.revoke')}
      cancelText={t('exemptions.decide.cancel')}
      reasonLabel={t('readAccess.reason')}
      submit={({ reason }) => api.readAccess.revoke.mutate({ id: access.id, reason })}
      onDone={onDone}
      onClose={onClose}
    />
  );
}
