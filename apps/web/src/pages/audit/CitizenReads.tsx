import { useState } from 'react';
import { Alert, Button, Drawer, Table } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { skipToken, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';
import { trpc } from '../../api/client';
import { AuditSubject } from './AuditSubject';
import { useAuditLabels } from './labels';

const pageSize = 20;

/**
 * "Who looked at this citizen": a supervisor's button on the citizen page opening the reads of their record and
 * cases, newest first. Fetched only when opened, since opening it is itself logged.
 */
export function CitizenReads({ citizenId, name }: { citizenId: number; name: string }) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const [open, setOpen] = useState(false);
  const [currentPage, setCurrentPage] = useState(1);
  const query = useQuery(trpc.audit.citizenReads.queryOptions(open ? { citizenId, pagination: { currentPage, pageSize } } : skipToken));
  const title = t('audit.citizenReads.title', { name });

  return (
    <>
      <Button icon={<EyeOutlined />} onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t('audit.citizenReads.open')}
      </Button>
      <Drawer open={open} onClose={() => setOpen(false)} title={title} width={720}>
        {query.error && <Alert type="error" showIcon message={query.error.message} />}
        <Table
          size="small"
          rowKey="id"
          aria-label={title}
          loading={query.isFetching}
          dataSource={query.data?.data ?? []}
          pagination={{ current: currentPage, pageSize, total: query.data?.total ?? 0, onChange: setCurrentPage, showSizeChanger: false }}
          locale={query.isLoading ? { emptyText: t('app.loading') } : undefined}
          columns={[
            { key: 'at', title: t('audit.fields.at'), render: (_, r) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.at)}</span> },
            { key: 'staff', title: t('audit.fields.staff'), render: (_, r) => r.staffName ?? t('audit.system') },
            { key: 'action', title: t('audit.fields.action'), render: (_, r) => labels.action(r.action) },
            { key: 'entity', title: t('audit.fields.entity'), render: (_, r) => <AuditSubject entity={r.entity} entityId={r.entityId} /> },
          ]}
        />
      </Drawer>
    </>
  );
}
