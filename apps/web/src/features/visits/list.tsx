import { useEffect, useState } from 'react';
import { Checkbox, Form, Select, Space, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { getDefaultSortOrder, useTable } from '@refinedev/antd';
import { useGetIdentity, type CrudFilter, type HttpError } from '@refinedev/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { VerificationMethod, VisitOutcome, VisitService } from '@skranke/domain';
import { CitizenCell, DateTimeCell } from '../../components/cells';
import { ExportButton, listExportInput } from '../../components/ExportButton';
import { LinkButton } from '../../components/LinkButton';
import { ListTable } from '../../components/ListTable';
import { Page } from '../../components/Page';
import { ResetFiltersButton } from '../../components/ResetFiltersButton';
import { DateRangeFilterFields, LiveFilterForm } from '../../forms/LiveFilterForm';
import { dayFrom, dayTo, filterFields, idOf, oneOf } from '../../forms/filterFields';
import { formatDateTime } from '../../format';
import { useColleagues } from '../../hooks/useColleagues';
import type { Staff } from '../../providers/authProvider';
import { useVisitOptions } from './options';
import { OutcomeTag } from './tags';
import type { VisitListItem } from './types';

const visitFilters = filterFields({
  from: dayFrom('day'),
  to: dayTo('day'),
  service: oneOf<VisitService>('service'),
  method: oneOf<VerificationMethod>('method'),
  outcome: oneOf<VisitOutcome>('outcome'),
  caseworkerId: idOf('caseworkerId'),
});
/** `mine`: a shortcut for the caseworker filter set to oneself. */
type Filters = ReturnType<typeof visitFilters.fromFilters> & { mine?: boolean };

function formValues(filters: CrudFilter[], staffId: number | undefined): Filters {
  const values = visitFilters.fromFilters(filters);
  return { ...values, mine: staffId !== undefined && values.caseworkerId === staffId };
}

export function VisitList() {
  const { t } = useTranslation();
  const options = useVisitOptions();
  const { data: staff } = useGetIdentity<Staff>();
  const { tableProps, tableQuery, searchFormProps, sorters, filters, setFilters } = useTable<VisitListItem, HttpError, Filters>({
    resource: 'visits',
    // These filters hold no CPR number (dates, ids, codes): they may live in the address, and so survive a
    // reload, the back button and a link sent to a colleague.
    syncWithLocation: true,
    sorters: { initial: [{ field: 'startedAt', order: 'desc' }] },
    pagination: { pageSize: 20 },
    onSearch: ({ mine, ...values }) => visitFilters.toFilters({ ...values, caseworkerId: mine && staff ? staff.id : values.caseworkerId }),
  });
  const form = searchFormProps.form!;

  // The form starts from the filters in the address (a reload, a shared link); from then on the form leads
  // and the filters follow it. "Only mine" can be read from the address once the caseworker is known.
  const [initialValues] = useState(() => formValues(filters, staff?.id));
  useEffect(() => {
    form.setFieldValue('mine', formValues(filters, staff?.id).mine);
  }, [staff?.id]);
  const colleagues = useColleagues();

  const onValuesChange = (changed: Partial<Filters>) => {
    // "Kun mine" and the caseworker select are one filter: each follows the other.
    if ('mine' in changed) form.setFieldValue('caseworkerId', changed.mine && staff ? staff.id : '');
    if ('caseworkerId' in changed) form.setFieldValue('mine', staff !== undefined && changed.caseworkerId === staff?.id);
  };

  const all = { value: '', label: t('visits.filters.all') };

  return (
    <Page
      title={t('visits.list.title')}
      actions={
        <>
          <ExportButton resource="visits" input={listExportInput(filters, sorters)} />
          <LinkButton type="primary" icon={<PlusOutlined />} to="/visits/new">
            {t('visits.new.title')}
          </LinkButton>
        </>
      }
    >
      <LiveFilterForm<Filters>
        searchFormProps={searchFormProps}
        initialValues={initialValues}
        onValuesChange={onValuesChange}
        label={t('visits.filters.label')}
      >
        <DateRangeFilterFields fromLabel={t('visits.filters.from')} toLabel={t('visits.filters.to')} />
        <Form.Item name="service" label={t('visits.fields.service')}>
          <Select showSearch optionFilterProp="label" options={[all, ...options.services]} style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="method" label={t('visits.fields.method')}>
          <Select showSearch optionFilterProp="label" options={[all, ...options.methods]} style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="outcome" label={t('visits.fields.outcome')}>
          <Select showSearch optionFilterProp="label" options={[all, ...options.outcomes]} style={{ width: 150 }} />
        </Form.Item>
        <Form.Item name="caseworkerId" label={t('visits.fields.caseworker')}>
          <Select showSearch optionFilterProp="label" options={[all, ...colleagues.options]} style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="mine" valuePropName="checked">
          <Checkbox>{t('visits.filters.mine')}</Checkbox>
        </Form.Item>
        <Form.Item>
          <ResetFiltersButton
            form={form}
            blank={{ ...visitFilters.fromFilters([]), mine: false }}
            setFilters={setFilters}
          >
            {t('visits.filters.reset')}
          </ResetFiltersButton>
        </Form.Item>
      </LiveFilterForm>

      <ListTable {...tableProps} query={tableQuery} label={t('visits.list.title')}>
        <Table.Column<VisitListItem>
          dataIndex="startedAt"
          title={t('visits.fields.startedAt')}
          sorter
          defaultSortOrder={getDefaultSortOrder('startedAt', sorters)}
          render={(startedAt: Date) => <DateTimeCell value={startedAt} />}
        />
        <Table.Column<VisitListItem>
          key="citizen"
          title={t('visits.fields.citizen')}
          render={(_, visit) => <CitizenCell name={visit.citizenName} cprMasked={visit.citizenCprMasked} />}
        />
        <Table.Column<VisitListItem>
          dataIndex="service"
          title={t('visits.fields.service')}
          render={(service: VisitService) => t(`visits.service.${service}`)}
        />
        <Table.Column<VisitListItem>
          dataIndex="method"
          title={t('visits.fields.method')}
          render={(method: VerificationMethod | null) => (method ? t(`visits.method.${method}`) : '–')}
        />
        <Table.Column<VisitListItem>
          dataIndex="outcome"
          title={t('visits.fields.outcome')}
          render={(outcome: VisitOutcome) => <OutcomeTag status={outcome} />}
        />
        <Table.Column<VisitListItem>
          dataIndex="level"
          title={t('visits.fields.level')}
          render={(level: VisitListItem['level']) => (level ? t(`visits.level.${level}`) : '–')}
        />
        <Table.Column<VisitListItem> dataIndex="caseworkerName" title={t('visits.fields.caseworker')} />
        <Table.Column<VisitListItem>
          key="actions"
          title={t('common.actions')}
          render={(_, visit) => {
            const named = { name: visit.citizenName, time: formatDateTime(visit.startedAt) };
            return (
              <Space>
                <Link to={`/visits/${visit.id}`} aria-label={t('visits.list.showNamed', named)}>
                  {t('actions.show')}
                </Link>
                {/* A visit left open is resumed at the counter, never a dead end. */}
                {visit.outcome === 'open' && (
                  <Link to={`/visits/new?visit=${visit.id}`} aria-label={t('visits.list.resumeNamed', named)}>
                    {t('visits.card.resume')}
                  </Link>
                )}
              </Space>
            );
          }}
        />
      </ListTable>
    </Page>
  );
}
