import { Button, Flex, Form, Input, Select, Table, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { getDefaultSortOrder, useTable } from '@refinedev/antd';
import type { BaseRecord, HttpError } from '@refinedev/core';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@skranke/api';
import { auditActions, endOfDay, startOfDay } from '@skranke/domain';
import { DateTimeCell } from '../../components/cells';
import { ExportButton, listExportInput } from '../../components/ExportButton';
import { ListTable } from '../../components/ListTable';
import { Page } from '../../components/Page';
import { ResetFiltersButton } from '../../components/ResetFiltersButton';
import { DateRangeFilterFields } from '../../forms/LiveFilterForm';
import { isoDateOrUndefined } from '../../forms/listFilterForm';
import { useColleagues } from '../../hooks/useColleagues';
import { AuditSubject } from './AuditSubject';
import { auditEntities, useAuditLabels } from './labels';

export type AuditListItem = RouterOutputs['audit']['list']['data'][number] & BaseRecord;

type Filters = {
  staffId?: number | '';
  action?: string;
  entity?: string;
  from?: string;
  to?: string;
  cpr?: string;
};

const ids = { staff: 'audit-staff', action: 'audit-action', entity: 'audit-entity', cpr: 'audit-cpr' };

/**
 * The audit log for supervisors, newest first. The CPR filter is sent in the request body only: the list does not
 * sync its filters to the address (and its page links carry none), so the number never reaches the URL, the history
 * or a log line. The server logs the search itself with the number masked.
 */
export function AuditList() {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const colleagues = useColleagues();
  const { tableProps, tableQuery, searchFormProps, sorters, filters, setFilters } = useTable<AuditListItem, HttpError, Filters>({
    resource: 'audit',
    syncWithLocation: false,
    sorters: { initial: [{ field: 'at', order: 'desc' }] },
    pagination: { pageSize: 50 },
    // Every filter is named on each search: a cleared one (undefined) is dropped, the others replace theirs.
    onSearch: ({ staffId, action, entity, from, to, cpr }) => {
      // The log is kept by the instant: a day runs from its first moment to its last, in Copenhagen.
      const [fromDay, toDay] = [isoDateOrUndefined(from), isoDateOrUndefined(to)];
      return [
        { field: 'staffId', operator: 'eq', value: staffId || undefined },
        { field: 'action', operator: 'eq', value: action || undefined },
        { field: 'entity', operator: 'eq', value: entity || undefined },
        { field: 'at', operator: 'gte', value: fromDay && startOfDay(fromDay).toISOString() },
        { field: 'at', operator: 'lte', value: toDay && endOfDay(toDay).toISOString() },
        { field: 'citizenCpr', operator: 'eq', value: cpr?.trim() || undefined },
      ];
    },
  });
  const form = searchFormProps.form!;
  const all = { value: '', label: t('audit.filters.all') };
  const total = tableQuery.data?.total;

  return (
    <Page title={t('audit.title')} actions={<ExportButton resource="audit" input={listExportInput(filters, sorters)} />}>
      <Form<Filters>
        {...searchFormProps}
        initialValues={{ staffId: '', action: '', entity: '', from: '', to: '', cpr: '' }}
        layout="vertical"
        role="search"
        aria-label={t('audit.filters.label')}
      >
        <Flex gap={16} wrap align="flex-end">
          <Form.Item name="staffId" label={t('audit.filters.staff')} htmlFor={ids.staff}>
            <Select id={ids.staff} showSearch optionFilterProp="label" options={[all, ...colleagues.options]} style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="action" label={t('audit.filters.action')} htmlFor={ids.action}>
            <Select
              id={ids.action}
              showSearch
              optionFilterProp="label"
              options={[all, ...auditActions.map((a) => ({ value: a, label: labels.action(a) }))]}
              style={{ width: 260 }}
            />
          </Form.Item>
          <Form.Item name="entity" label={t('audit.filters.entity')} htmlFor={ids.entity}>
            <Select
              id={ids.entity}
              options={[all, ...auditEntities.map((e) => ({ value: e, label: labels.entity(e) }))]}
              style={{ width: 180 }}
            />
          </Form.Item>
          <DateRangeFilterFields fromLabel={t('audit.filters.fromDate')} toLabel={t('audit.filters.toDate')} />
          <Form.Item name="cpr" label={t('audit.filters.cpr')} htmlFor={ids.cpr} extra={t('audit.filters.cprHint')}>
            <Input id={ids.cpr} allowClear autoComplete="off" spellCheck={false} placeholder={t('citizens.fields.cprPlaceholder')} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item>
            <Flex gap={8}>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                {t('audit.filters.search')}
              </Button>
              <ResetFiltersButton
                form={form}
                blank={{ staffId: '', action: '', entity: '', from: '', to: '', cpr: '' }}
                setFilters={setFilters}
              >
                {t('audit.filters.reset')}
              </ResetFiltersButton>
            </Flex>
          </Form.Item>
        </Flex>
      </Form>

      {total !== undefined && (
        <Typography.Paragraph role="status">{t('audit.list.count', { count: total })}</Typography.Paragraph>
      )}
      <ListTable
        {...tableProps}
        // Refine renders page numbers as links whose address holds the filters, the CPR number included.
        pagination={tableProps.pagination && { ...tableProps.pagination, itemRender: undefined }}
        size="small"
        query={tableQuery}
        label={t('audit.title')}
      >
        <Table.Column<AuditListItem>
          dataIndex="at"
          title={t('audit.fields.at')}
          sorter
          defaultSortOrder={getDefaultSortOrder('at', sorters)}
          render={(at: Date) => <DateTimeCell value={at} />}
        />
        <Table.Column<AuditListItem> dataIndex="staffName" title={t('audit.fields.staff')} render={(name: string | null) => name ?? t('audit.system')} />
        <Table.Column<AuditListItem> dataIndex="action" title={t('audit.fields.action')} render={(action: string) => labels.action(action)} />
        <Table.Column<AuditListItem>
          key="entity"
          title={t('audit.fields.entity')}
          render={(_, entry) => <AuditSubject entity={entry.entity} entityId={entry.entityId} />}
        />
        <Table.Column<AuditListItem> dataIndex="purpose" title={t('audit.fields.purpose')} render={(purpose: string | null) => purpose ?? '–'} />
        <Table.Column<AuditListItem>
          dataIndex="details"
          title={t('audit.fields.details')}
          // Masked when written: the log never holds a CPR number.
          render={(details: unknown) =>
            details ? (
              <Typography.Text code style={{ fontSize: 12, wordBreak: 'break-word' }}>
                {JSON.stringify(details)}
              </Typography.Text>
            ) : (
              '–'
            )
          }
        />
      </ListTable>
    </Page>
  );
}
