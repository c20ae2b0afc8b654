import { Button, Flex, Form, Select, Space, Table } from 'antd';
import { InboxOutlined, PlusOutlined } from '@ant-design/icons';
import { getDefaultSortOrder, useTable } from '@refinedev/antd';
import type { CrudFilter, HttpError } from '@refinedev/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { exemptionCapacities, exemptionStatuses, type ExemptionCapacity, type ExemptionStatus } from '@skranke/domain';
import { DateCell } from '../../components/cells';
import { ExportButton, listExportInput } from '../../components/ExportButton';
import { LinkButton } from '../../components/LinkButton';
import { ListTable } from '../../components/ListTable';
import { Page } from '../../components/Page';
import { formatDate } from '../../format';
import { ExemptionStatusTag } from './tags';
import type { ExemptionListItem } from './types';

const ids = { status: 'exemption-filter-status', capacity: 'exemption-filter-capacity' };

function valueOf(filters: CrudFilter[], field: string): unknown {
  return filters.find((f) => 'field' in f && f.field === field && f.operator === 'eq')?.value;
}

export function ExemptionList() {
  const { t } = useTranslation();
  const { tableProps, tableQuery, sorters, filters, setFilters, setCurrentPage } = useTable<ExemptionListItem, HttpError>({
    resource: 'exemptions',
    // Statuses and capacities only, never a CPR number: the filters live in the address.
    syncWithLocation: true,
    // Oldest first: the request that has waited longest is the next one to decide.
    sorters: { initial: [{ field: 'requestedAt', order: 'asc' }] },
    pagination: { pageSize: 20 },
  });

  const status = (valueOf(filters, 'status') as ExemptionStatus | undefined) ?? '';
  const capacity = (valueOf(filters, 'capacity') as ExemptionCapacity | undefined) ?? '';
  const apply = (changes: CrudFilter[]) => {
    setFilters(changes, 'merge');
    setCurrentPage(1);
  };
  const onStatus = (value: ExemptionStatus | '') => apply([{ field: 'status', operator: 'eq', value: value || undefined }]);
  const onCapacity = (value: ExemptionCapacity | '') => apply([{ field: 'capacity', operator: 'eq', value: value || undefined }]);
  const reset = () => {
    setFilters([], 'replace');
    setCurrentPage(1);
  };
  const openOnly = status === 'requested';

  const all = { value: '' as const, label: t('exemptions.filters.all') };

  return (
    <Page
      title={t('exemptions.list.title')}
      actions={
        <>
          <ExportButton resource="exemptions" input={listExportInput(filters, sorters)} />
          <LinkButton type="primary" icon={<PlusOutlined />} to="/exemptions/create">
            {t('exemptions.create.title')}
          </LinkButton>
        </>
      }
    >
      <Form layout="vertical" role="search" aria-label={t('exemptions.filters.label')}>
        <Flex gap={16} wrap align="flex-end">
          <Form.Item label={t('exemptions.fields.status')} htmlFor={ids.status}>
            <Select<ExemptionStatus | ''>
              id={ids.status}
              value={status}
              onChange={onStatus}
              options={[all, ...exemptionStatuses.map((s) => ({ value: s, label: t(`exemptions.status.${s}`) }))]}
              style={{ width: 190 }}
            />
          </Form.Item>
          <Form.Item label={t('exemptions.fields.capacity')} htmlFor={ids.capacity}>
            <Select<ExemptionCapacity | ''>
              id={ids.capacity}
              value={capacity}
              onChange={onCapacity}
              options={[all, ...exemptionCapacities.map((c) => ({ value: c, label: t(`exemptions.capacity.${c}`) }))]}
              style={{ width: 240 }}
            />
          </Form.Item>
          <Form.Item>
            <Space wrap>
              {/* The supervisor's queue: requests awaiting a decision, oldest first. */}
              <div role="group" aria-label={t('exemptions.filters.quick')}>
                <Button
                  aria-pressed={openOnly}
                  type={openOnly ? 'primary' : 'default'}
                  icon={<InboxOutlined />}
                  onClick={() => onStatus(openOnly ? '' : 'requested')}
                >
                  {t('exemptions.filters.open')}
                </Button>
              </div>
              <Button onClick={reset}>{t('exemptions.filters.reset')}</Button>
            </Space>
          </Form.Item>
        </Flex>
      </Form>

      <ListTable {...tableProps} query={tableQuery} label={t('exemptions.list.title')} count={(count) => t('exemptions.list.count', { count })}>
        <Table.Column<ExemptionListItem>
          dataIndex="requestedAt"
          title={t('exemptions.fields.requestedAt')}
          sorter
          defaultSortOrder={getDefaultSortOrder('requestedAt', sorters)}
          render={(value: Date) => <DateCell value={value} />}
        />
        <Table.Column<ExemptionListItem> dataIndex="citizenName" title={t('exemptions.fields.citizen')} />
        <Table.Column<ExemptionListItem>
          dataIndex="citizenCprMasked"
          title={t('exemptions.list.cpr')}
          render={(value: string) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{value}</span>}
        />
        <Table.Column<ExemptionListItem>
          dataIndex="capacity"
          title={t('exemptions.fields.capacity')}
          render={(value: ExemptionCapacity) => t(`exemptions.capacity.${value}`)}
        />
        <Table.Column<ExemptionListItem>
          dataIndex="status"
          title={t('exemptions.fields.status')}
          render={(value: ExemptionStatus) => <ExemptionStatusTag status={value} />}
        />
        <Table.Column<ExemptionListItem>
          dataIndex="decidedAt"
          title={t('exemptions.fields.decidedAt')}
          sorter
          defaultSortOrder={getDefaultSortOrder('decidedAt', sorters)}
          render={(value: Date | null) => (value ? formatDate(value) : '')}
        />
        <Table.Column<ExemptionListItem>
          key="actions"
          title={t('common.actions')}
          render={(_, exemption) => (
            <Link
              to={`/exemptions/${exemption.id}`}
              aria-label={t('exemptions.list.showNamed', { name: exemption.citizenName, date: formatDate(exemption.requestedAt) })}
            >
              {t('actions.show')}
            </Link>
          )}
        />
      </ListTable>
    </Page>
  );
}
