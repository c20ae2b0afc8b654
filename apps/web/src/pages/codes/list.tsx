import { useEffect, useRef, useState } from 'react';
import { Button, Flex, Form, Select, Space, Table, Typography } from 'antd';
import { getDefaultSortOrder, useTable } from '@refinedev/antd';
import type { CrudFilter, HttpError } from '@refinedev/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { codeKinds, codeStatuses, type CodeKind, type CodeStatus } from '@skranke/domain';
import { ExportButton, listExportInput } from '../../components/ExportButton';
import { Page } from '../../components/Page';
import { DateInput } from '../../forms/DateInput';
import { parseDanishDate, toDanishDate } from '../../forms/danishDate';
import { formatDateTime } from '../../format';
import { useColleagues } from '../../hooks/useColleagues';
import { CodeStatusTag } from './tags';
import type { CodeListItem } from './types';

type Filters = {
  from?: string;
  to?: string;
  status?: CodeStatus | '';
  kind?: CodeKind | '';
  issuedBy?: number | '';
};

const valueOf = (filters: CrudFilter[], field: string, operator: string) =>
  filters.find((f) => 'field' in f && f.field === field && f.operator === operator)?.value as string | undefined;

/** The form's values from the filters in the address, so a reload or a shared link shows the same list. */
function formValues(filters: CrudFilter[]): Filters {
  const from = valueOf(filters, 'day', 'gte');
  const to = valueOf(filters, 'day', 'lte');
  const issuedBy = valueOf(filters, 'issuedBy', 'eq');
  return {
    from: from ? toDanishDate(from) : '',
    to: to ? toDanishDate(to) : '',
    status: (valueOf(filters, 'status', 'eq') as CodeStatus | undefined) ?? '',
    kind: (valueOf(filters, 'kind', 'eq') as CodeKind | undefined) ?? '',
    issuedBy: issuedBy ? Number(issuedBy) : '',
  };
}

const dateOrUndefined = (text: string | undefined) => {
  const parsed = parseDanishDate(text);
  return parsed === 'invalid' ? undefined : (parsed ?? undefined);
};

/** Every code issued at the counter, newest first; the code itself is never on this page, only its state. */
export function CodeList() {
  const { t } = useTranslation();
  const { tableProps, tableQuery, searchFormProps, sorters, filters, setFilters } = useTable<CodeListItem, HttpError, Filters>({
    resource: 'codes',
    // States, kinds, days and staff ids, never a CPR number: the filters may live in the address.
    syncWithLocation: true,
    sorters: { initial: [{ field: 'issuedAt', order: 'desc' }] },
    pagination: { pageSize: 20 },
    // Every filter is named on each search: a cleared one (undefined) is dropped, the others replace theirs.
    onSearch: ({ from, to, status, kind, issuedBy }) => [
      { field: 'day', operator: 'gte', value: dateOrUndefined(from) },
      { field: 'day', operator: 'lte', value: dateOrUndefined(to) },
      { field: 'status', operator: 'eq', value: status || undefined },
      { field: 'kind', operator: 'eq', value: kind || undefined },
      { field: 'issuedBy', operator: 'eq', value: issuedBy || undefined },
    ],
  });
  const form = searchFormProps.form!;
  const [initialValues] = useState(() => formValues(filters));
  const colleagues = useColleagues();

  // The list follows the filters as they change; a date only once it is a whole date (or blank).
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const onValuesChange = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const { from, to } = form.getFieldsValue();
      if (parseDanishDate(from) !== 'invalid' && parseDanishDate(to) !== 'invalid') form.submit();
    }, 300);
  };
  useEffect(() => () => clearTimeout(timer.current), []);

  const all = { value: '', label: t('codes.filters.all') };
  const dateRule = {
    validator: async (_: unknown, text: string | undefined) => {
      if (parseDanishDate(text) === 'invalid') throw new Error(t('validation.date'));
    },
  };
  const total = tableQuery.data?.total;

  return (
    <Page title={t('codes.list.title')} actions={<ExportButton resource="codes" input={listExportInput(filters, sorters)} />}>
      <Form<Filters>
        {...searchFormProps}
        initialValues={initialValues}
        onValuesChange={onValuesChange}
        layout="vertical"
        role="search"
        aria-label={t('codes.filters.label')}
      >
        <Flex gap={16} wrap align="flex-end">
          <Form.Item name="status" label={t('codes.fields.status')}>
            <Select
              options={[all, ...codeStatuses.map((s) => ({ value: s, label: t(`codes.status.${s}`) }))]}
              style={{ width: 160 }}
            />
          </Form.Item>
          <Form.Item name="kind" label={t('codes.fields.kind')}>
            <Select options={[all, ...codeKinds.map((k) => ({ value: k, label: t(`codes.kind.${k}`) }))]} style={{ width: 260 }} />
          </Form.Item>
          <Form.Item name="from" label={t('codes.filters.from')} rules={[dateRule]} validateTrigger="onBlur">
            <DateInput />
          </Form.Item>
          <Form.Item name="to" label={t('codes.filters.to')} rules={[dateRule]} validateTrigger="onBlur">
            <DateInput />
          </Form.Item>
          <Form.Item name="issuedBy" label={t('codes.fields.issuedBy')}>
            <Select showSearch optionFilterProp="label" options={[all, ...colleagues.options]} style={{ width: 240 }} />
          </Form.Item>
          <Form.Item>
            <Button
              onClick={() => {
                form.setFieldsValue({ from: '', to: '', status: '', kind: '', issuedBy: '' });
                setFilters([], 'replace');
              }}
            >
              {t('codes.filters.reset')}
            </Button>
          </Form.Item>
        </Flex>
      </Form>

      <Typography.Paragraph role="status">
        {total === undefined ? t('app.loading') : t('codes.list.count', { count: total })}
      </Typography.Paragraph>

      <div style={{ overflowX: 'auto' }}>
        <Table
          {...tableProps}
          scroll={undefined}
          rowKey="id"
          aria-label={t('codes.list.title')}
          locale={tableQuery.isLoading ? { emptyText: t('app.loading') } : undefined}
        >
          <Table.Column<CodeListItem>
            dataIndex="issuedAt"
            title={t('codes.fields.issuedAt')}
            sorter
            defaultSortOrder={getDefaultSortOrder('issuedAt', sorters)}
            render={(value: Date) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(value)}</span>}
          />
          <Table.Column<CodeListItem>
            key="citizen"
            title={t('codes.fields.citizen')}
            render={(_, code) => (
              <Space direction="vertical" size={0}>
                {code.citizenName}
                <Typography.Text type="secondary" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {code.citizenCprMasked}
                </Typography.Text>
              </Space>
            )}
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
            sorter
            defaultSortOrder={getDefaultSortOrder('expiresAt', sorters)}
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
    </Page>
  );
}
