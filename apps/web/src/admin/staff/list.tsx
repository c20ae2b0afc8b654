import { useState } from 'react';
import { Form, Input, Select, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { getDefaultSortOrder, useTable } from '@refinedev/antd';
import type { HttpError } from '@refinedev/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { staffRoles, type StaffRole } from '@skranke/domain';
import { LinkButton } from '../../components/LinkButton';
import { ListTable } from '../../components/ListTable';
import { Page } from '../../components/Page';
import { ResetFiltersButton } from '../../components/ResetFiltersButton';
import { LiveFilterForm } from '../../forms/LiveFilterForm';
import { filterFields, oneOf, textIn } from '../../forms/filterFields';
import { StaffStateTag } from './tags';
import type { StaffListItem } from './types';

const staffFilters = filterFields({
  q: textIn('q'),
  role: oneOf<StaffRole>('role'),
  active: oneOf<'true' | 'false'>('active'),
});
type Filters = ReturnType<typeof staffFilters.fromFilters>;

/** Every account, active first by default: the admin finds a colleague by name, username or e-mail. */
export function StaffList() {
  const { t } = useTranslation();
  const { tableProps, tableQuery, searchFormProps, sorters, filters, setFilters } = useTable<StaffListItem, HttpError, Filters>({
    resource: 'staff',
    // Names and roles of colleagues, no citizen's data: the filters may live in the address.
    syncWithLocation: true,
    sorters: { initial: [{ field: 'displayName', order: 'asc' }] },
    filters: { initial: [{ field: 'active', operator: 'eq', value: 'true' }] },
    pagination: { pageSize: 20 },
    onSearch: staffFilters.toFilters,
  });
  const form = searchFormProps.form!;
  const [initialValues] = useState(() => staffFilters.fromFilters(filters));
  const all = { value: '', label: t('staff.filters.all') };

  return (
    <Page
      title={t('staff.list.title')}
      actions={
        <LinkButton type="primary" icon={<PlusOutlined />} to="/staff/create">
          {t('staff.create.title')}
        </LinkButton>
      }
    >
      <LiveFilterForm<Filters> searchFormProps={searchFormProps} initialValues={initialValues} label={t('staff.filters.label')}>
        <Form.Item name="q" label={t('staff.filters.q')}>
          <Input allowClear autoComplete="off" spellCheck={false} style={{ width: 280 }} />
        </Form.Item>
        <Form.Item name="role" label={t('staff.fields.role')}>
          <Select options={[all, ...staffRoles.map((role) => ({ value: role, label: t(`roles.${role}`) }))]} style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="active" label={t('staff.fields.state')}>
          <Select
            options={[all, { value: 'true', label: t('staff.state.active') }, { value: 'false', label: t('staff.state.inactive') }]}
            style={{ width: 160 }}
          />
        </Form.Item>
        <Form.Item>
          <ResetFiltersButton form={form} blank={staffFilters.fromFilters([])} setFilters={setFilters}>
            {t('staff.filters.reset')}
          </ResetFiltersButton>
        </Form.Item>
      </LiveFilterForm>

      <ListTable {...tableProps} query={tableQuery} label={t('staff.list.title')} count={(count) => t('staff.list.count', { count })}>
        <Table.Column<StaffListItem>
          dataIndex="displayName"
          title={t('staff.fields.displayName')}
          sorter
          defaultSortOrder={getDefaultSortOrder('displayName', sorters)}
        />
        <Table.Column<StaffListItem>
          dataIndex="username"
          title={t('staff.fields.username')}
          sorter
          defaultSortOrder={getDefaultSortOrder('username', sorters)}
        />
        <Table.Column<StaffListItem> dataIndex="role" title={t('staff.fields.role')} render={(role: StaffRole) => t(`roles.${role}`)} />
        <Table.Column<StaffListItem> dataIndex="email" title={t('staff.fields.email')} render={(email: string | null) => email ?? ''} />
        <Table.Column<StaffListItem>
          dataIndex="active"
          title={t('staff.fields.state')}
          render={(active: boolean) => <StaffStateTag active={active} />}
        />
        <Table.Column<StaffListItem>
          key="actions"
          title={t('common.actions')}
          render={(_, member) => (
            <Link to={`/staff/${member.id}`} aria-label={t('actions.showNamed', { name: member.displayName })}>
              {t('actions.show')}
            </Link>
          )}
        />
      </ListTable>
    </Page>
  );
}
