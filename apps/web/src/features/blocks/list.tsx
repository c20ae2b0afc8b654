import { useState } from 'react';
import { Form, Select, Table } from 'antd';
import { getDefaultSortOrder, useTable } from '@refinedev/antd';
import type { HttpError } from '@refinedev/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { BlockCredential, BlockRoute, BlockStatus } from '@skranke/domain';
import { CitizenCell, DateTimeCell, NoWrap } from '../../components/cells';
import { ExportButton, listExportInput } from '../../components/ExportButton';
import { ListTable } from '../../components/ListTable';
import { Page } from '../../components/Page';
import { ResetFiltersButton } from '../../components/ResetFiltersButton';
import { DateRangeFilterFields, LiveFilterForm } from '../../forms/LiveFilterForm';
import { dayFrom, dayTo, filterFields, oneOf } from '../../forms/filterFields';
import { formatDate, formatDateTime } from '../../format';
import { useBlockOptions, type MisuseKind, type PoliceReportState } from './options';
import { BlockStatusTag } from './tags';
import type { BlockListItem } from './types';

const blockFilters = filterFields({
  from: dayFrom('reportedOn'),
  to: dayTo('reportedOn'),
  credential: oneOf<BlockCredential>('credential'),
  route: oneOf<BlockRoute>('route'),
  status: oneOf<BlockStatus>('status'),
  misuse: oneOf<MisuseKind>('misuse'),
  policeReport: oneOf<PoliceReportState>('policeReport'),
});
type Filters = ReturnType<typeof blockFilters.fromFilters>;

/** Blocking requests, newest first: a block is acted on at once, and the list is read to follow up. */
export function BlockList() {
  const { t } = useTranslation();
  const options = useBlockOptions();
  const { tableProps, tableQuery, searchFormProps, sorters, filters, setFilters } = useTable<BlockListItem, HttpError, Filters>({
    resource: 'blocks',
    // Kinds and dates, never a CPR number: the filters may live in the address.
    syncWithLocation: true,
    sorters: { initial: [{ field: 'createdAt', order: 'desc' }] },
    pagination: { pageSize: 20 },
    onSearch: blockFilters.toFilters,
  });
  const form = searchFormProps.form!;
  const [initialValues] = useState(() => blockFilters.fromFilters(filters));

  const all = { value: '', label: t('blocks.filters.all') };

  return (
    <Page title={t('blocks.list.title')} actions={<ExportButton resource="blocks" input={listExportInput(filters, sorters)} />}>
      <LiveFilterForm<Filters>
        searchFormProps={searchFormProps}
        initialValues={initialValues}
        label={t('blocks.filters.label')}
      >
        <Form.Item name="status" label={t('blocks.fields.status')}>
          <Select options={[all, ...options.statuses]} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="credential" label={t('blocks.fields.credential')}>
          <Select options={[all, ...options.credentials]} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="route" label={t('blocks.fields.route')}>
          <Select options={[all, ...options.routes]} style={{ width: 320 }} />
        </Form.Item>
        <Form.Item name="misuse" label={t('blocks.fields.misuse')}>
          <Select options={[all, ...options.misuse]} style={{ width: 260 }} />
        </Form.Item>
        <Form.Item name="policeReport" label={t('blocks.fields.policeReport')}>
          <Select options={[all, ...options.policeReport]} style={{ width: 200 }} />
        </Form.Item>
        <DateRangeFilterFields fromLabel={t('blocks.filters.from')} toLabel={t('blocks.filters.to')} />
        <Form.Item>
          <ResetFiltersButton form={form} blank={blockFilters.fromFilters([])} setFilters={setFilters}>
            {t('blocks.filters.reset')}
          </ResetFiltersButton>
        </Form.Item>
      </LiveFilterForm>

      <ListTable {...tableProps} query={tableQuery} label={t('blocks.list.title')} count={(count) => t('blocks.list.count', { count })}>
        <Table.Column<BlockListItem>
          dataIndex="createdAt"
          title={t('blocks.fields.createdAt')}
          sorter
          defaultSortOrder={getDefaultSortOrder('createdAt', sorters)}
          render={(value: Date) => <DateTimeCell value={value} />}
        />
        <Table.Column<BlockListItem>
          key="citizen"
          title={t('blocks.fields.citizen')}
          render={(_, block) => <CitizenCell name={block.citizenName} cprMasked={block.citizenCprMasked} />}
        />
        <Table.Column<BlockListItem>
          dataIndex="status"
          title={t('blocks.fields.status')}
          render={(value: BlockStatus) => <BlockStatusTag status={value} />}
        />
        <Table.Column<BlockListItem> dataIndex="credential" title={t('blocks.fields.credential')} render={(value: BlockCredential) => options.credentialLabel(value)} />
        <Table.Column<BlockListItem> dataIndex="misuse" title={t('blocks.fields.misuse')} render={(value: MisuseKind) => options.misuseLabel(value)} />
        <Table.Column<BlockListItem>
          dataIndex="reportedOn"
          title={t('blocks.fields.reportedOn')}
          sorter
          defaultSortOrder={getDefaultSortOrder('reportedOn', sorters)}
          render={(value: string) => <NoWrap>{formatDate(value)}</NoWrap>}
        />
        <Table.Column<BlockListItem> dataIndex="route" title={t('blocks.fields.route')} render={(value: BlockRoute) => options.routeLabel(value)} />
        <Table.Column<BlockListItem>
          dataIndex="policeReport"
          title={t('blocks.fields.policeReport')}
          render={(value: PoliceReportState) => options.policeReportLabel(value)}
        />
        <Table.Column<BlockListItem> dataIndex="codesRevoked" title={t('blocks.fields.codesRevoked')} />
        <Table.Column<BlockListItem> dataIndex="createdByName" title={t('blocks.fields.createdBy')} />
        <Table.Column<BlockListItem>
          key="actions"
          title={t('common.actions')}
          render={(_, block) => (
            <Link to={`/blocks/${block.id}`} aria-label={t('blocks.list.showNamed', { name: block.citizenName, time: formatDateTime(block.createdAt) })}>
              {t('actions.show')}
            </Link>
          )}
        />
      </ListTable>
    </Page>
  );
}
