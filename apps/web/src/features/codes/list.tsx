import { useState } from 'react';
import { Form, Select } from 'antd';
import { useTable } from '@refinedev/antd';
import type { HttpError } from '@refinedev/core';
import { useTranslation } from 'react-i18next';
import { codeKinds, codeStatuses, type CodeKind, type CodeStatus } from '@skranke/domain';
import { ExportButton, listExportInput } from '../../components/ExportButton';
import { ListTable } from '../../components/ListTable';
import { Page } from '../../components/Page';
import { ResetFiltersButton } from '../../components/ResetFiltersButton';
import { DateRangeFilterFields, LiveFilterForm } from '../../forms/LiveFilterForm';
import { dayFrom, dayTo, filterFields, idOf, oneOf } from '../../forms/filterFields';
import { useColleagues } from '../../hooks/useColleagues';
import { useCodeColumns } from './columns';
import type { CodeListItem } from './types';

const codeFilters = filterFields({ from: dayFrom('day'), to: dayTo('day'), status: oneOf<CodeStatus>('status'), kind: oneOf<CodeKind>('kind'), issuedBy: idOf('issuedBy') });
type Filters = ReturnType<typeof codeFilters.fromFilters>;

/** Every code issued at the counter, newest first; the code itself is never on this page, only its state. */
export function CodeList() {
  const { t } = useTranslation();
  const { tableProps, tableQuery, searchFormProps, sorters, filters, setFilters } = useTable<CodeListItem, HttpError, Filters>({
    resource: 'codes',
    // States, kinds, days and staff ids, never a CPR number: the filters may live in the address.
    syncWithLocation: true,
    sorters: { initial: [{ field: 'issuedAt', order: 'desc' }] },
    pagination: { pageSize: 20 },
    onSearch: codeFilters.toFilters,
  });
  const form = searchFormProps.form!;
  const [initialValues] = useState(() => codeFilters.fromFilters(filters));
  const colleagues = useColleagues();
  const columns = useCodeColumns(sorters);

  const all = { value: '', label: t('codes.filters.all') };

  return (
    <Page title={t('codes.list.title')} actions={<ExportButton resource="codes" input={listExportInput(filters, sorters)} />}>
      <LiveFilterForm<Filters>
        searchFormProps={searchFormProps}
        initialValues={initialValues}
        label={t('codes.filters.label')}
      >
        <Form.Item name="status" label={t('codes.fields.status')}>
          <Select
            options={[all, ...codeStatuses.map((s) => ({ value: s, label: t(`codes.status.${s}`) }))]}
            style={{ width: 160 }}
          />
        </Form.Item>
        <Form.Item name="kind" label={t('codes.fields.kind')}>
          <Select options={[all, ...codeKinds.map((k) => ({ value: k, label: t(`codes.kind.${k}`) }))]} style={{ width: 260 }} />
        </Form.Item>
        <DateRangeFilterFields fromLabel={t('codes.filters.from')} toLabel={t('codes.filters.to')} />
        <Form.Item name="issuedBy" label={t('codes.fields.issuedBy')}>
          <Select showSearch optionFilterProp="label" options={[all, ...colleagues.options]} style={{ width: 240 }} />
        </Form.Item>
        <Form.Item>
          <ResetFiltersButton form={form} blank={codeFilters.fromFilters([])} setFilters={setFilters}>
            {t('codes.filters.reset')}
          </ResetFiltersButton>
        </Form.Item>
      </LiveFilterForm>

      <ListTable
        {...tableProps}
        query={tableQuery}
        label={t('codes.list.title')}
        count={(count) => t('codes.list.count', { count })}
        columns={[columns.issuedAt, columns.citizen, columns.kind, columns.status, columns.expiresAt, columns.issuedBy, columns.actions]}
      />
    </Page>
  );
}
