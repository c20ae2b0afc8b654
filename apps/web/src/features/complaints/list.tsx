import { cloneElement, isValidElement, useEffect, useState, type ReactElement } from 'react';
import { App, Button, Flex, Form, Select, Space, Table, Typography, type CheckboxProps } from 'antd';
import { ClockCircleOutlined, PlusOutlined, UserOutlined } from '@ant-design/icons';
import { getDefaultSortOrder, useTable } from '@refinedev/antd';
import { useGetIdentity, useNotification, type CrudFilter, type HttpError } from '@refinedev/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { awaitingAnswer, type ComplaintStatus } from '@skranke/domain';
import { DateCell } from '../../components/cells';
import { ExportButton, listExportInput } from '../../components/ExportButton';
import { LinkButton } from '../../components/LinkButton';
import { ListTable } from '../../components/ListTable';
import { Page } from '../../components/Page';
import { formatDate } from '../../format';
import type { Staff } from '../../providers/authProvider';
import { api } from '../../api/client';
import { useColleagues } from '../../hooks/useColleagues';
import { useComplaintOptions } from './options';
import { OverdueTag, StatusTag } from './tags';
import type { ComplaintChannel, ComplaintListItem, ComplaintSubject } from './types';
import { useComplaintAction } from './useComplaintAction';

/** The status filter: one status, or every status still awaiting an answer. */
type StatusChoice = ComplaintStatus | 'open' | '';
type OverdueChoice = 'yes' | 'no' | '';

const ids = {
  status: 'complaint-filter-status',
  subject: 'complaint-filter-subject',
  assignee: 'complaint-filter-assignee',
  overdue: 'complaint-filter-overdue',
  bulkAssignee: 'complaint-bulk-assignee',
  bulkHeading: 'complaint-bulk-heading',
};

function valueOf(filters: CrudFilter[], field: string, operator: string): unknown {
  return filters.find((f) => 'field' in f && f.field === field && f.operator === operator)?.value;
}

/** A filter read back from the address is text ("true"); one set on this page is a boolean. */
function asBoolean(value: unknown): boolean | undefined {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
}

export function ComplaintList() {
  const { t } = useTranslation();
  const options = useComplaintOptions();
  const colleagues = useColleagues();
  const { data: me } = useGetIdentity<Staff>();
  const { modal } = App.useApp();
  const { open: notify } = useNotification();
  const { tableProps, tableQuery, sorters, filters, setFilters, setCurrentPage } = useTable<ComplaintListItem, HttpError>({
    resource: 'complaints',
    // These filters hold no CPR number (statuses, subjects, staff ids): they live in the address, so a
    // reload, the back button or a link sent to a colleague shows the same list. The app's default is off.
    syncWithLocation: true,
    // Oldest first: the complaint that has waited longest is the next one to look at.
    sorters: { initial: [{ field: 'receivedAt', order: 'asc' }] },
    pagination: { pageSize: 20 },
  });

  const [selected, setSelected] = useState<number[]>([]);
  const [bulkAssignee, setBulkAssignee] = useState<number | null | undefined>(undefined);
  // A selection hidden by a new filter would be assigned unseen.
  useEffect(() => setSelected([]), [filters]);

  const assign = useComplaintAction(api.complaints.assign.mutate);

  const status: StatusChoice = valueOf(filters, 'status', 'in')
    ? 'open'
    : ((valueOf(filters, 'status', 'eq') as ComplaintStatus | undefined) ?? '');
  const subject = (valueOf(filters, 'subject', 'eq') as ComplaintSubject | undefined) ?? '';
  const assigneeValue = valueOf(filters, 'assigneeId', 'eq');
  const assigneeId = assigneeValue === undefined ? '' : Number(assigneeValue);
  const overdueValue = asBoolean(valueOf(filters, 'overdue', 'eq'));
  const overdue: OverdueChoice = overdueValue === undefined ? '' : overdueValue ? 'yes' : 'no';
  const mine = me !== undefined && me !== null && assigneeId === me.id;

  /** Named filters replace their own earlier value; `undefined` removes the filter. */
  const apply = (changes: CrudFilter[]) => {
    setFilters(changes, 'merge');
    setCurrentPage(1);
  };
  const onStatus = (value: StatusChoice) =>
    apply([
      { field: 'status', operator: 'eq', value: value && value !== 'open' ? value : undefined },
      { field: 'status', operator: 'in', value: value === 'open' ? [...awaitingAnswer] : undefined },
    ]);
  const onSubject = (value: ComplaintSubject | '') => apply([{ field: 'subject', operator: 'eq', value: value || undefined }]);
  const onAssignee = (value: number | '') => apply([{ field: 'assigneeId', operator: 'eq', value: value || undefined }]);
  const onOverdue = (value: OverdueChoice) =>
    apply([{ field: 'overdue', operator: 'eq', value: value ? value === 'yes' : undefined }]);
  const reset = () => {
    setFilters([], 'replace');
    setCurrentPage(1);
  };

  const all = { value: '' as const, label: t('complaints.filters.all') };

  const confirmBulkAssign = () => {
    if (bulkAssignee === undefined || !selected.length) return;
    const count = selected.length;
    const name = bulkAssignee === null ? undefined : colleagues.nameOf(bulkAssignee);
    modal.confirm({
      title: name ? t('complaints.bulk.confirm', { count, name }) : t('complaints.bulk.confirmNobody', { count }),
      okText: t('complaints.bulk.assign'),
      cancelText: t('complaints.actions.cancel'),
      onOk: async () => {
        // A failure is reported as a notification by the action; the dialog closes either way.
        const done = await assign.mutateAsync({ ids: selected, assigneeId: bulkAssignee }).catch(() => null);
        if (!done) return;
        setSelected([]);
        notify?.({
          type: 'success',
          message: name ? t('complaints.bulk.done', { count, name }) : t('complaints.bulk.doneNobody', { count }),
        });
      },
    });
  };

  return (
    <Page
      title={t('complaints.list.title')}
      actions={
        <>
          <ExportButton resource="complaints" input={listExportInput(filters, sorters)} />
          <LinkButton type="primary" icon={<PlusOutlined />} to="/complaints/create">
            {t('complaints.create.title')}
          </LinkButton>
        </>
      }
    >
      <Form layout="vertical" role="search" aria-label={t('complaints.filters.label')}>
        <Flex gap={16} wrap align="flex-end">
          <Form.Item label={t('complaints.fields.status')} htmlFor={ids.status}>
            <Select<StatusChoice>
              id={ids.status}
              value={status}
              onChange={onStatus}
              options={[all, { value: 'open', label: t('complaints.filters.open') }, ...options.statuses]}
              style={{ width: 190 }}
            />
          </Form.Item>
          <Form.Item label={t('complaints.fields.subject')} htmlFor={ids.subject}>
            <Select<ComplaintSubject | ''>
              id={ids.subject}
              value={subject}
              onChange={onSubject}
              options={[all, ...options.subjects]}
              style={{ width: 300 }}
            />
          </Form.Item>
          <Form.Item label={t('complaints.fields.assignee')} htmlFor={ids.assignee}>
            <Select<number | ''>
              id={ids.assignee}
              value={assigneeId}
              onChange={onAssignee}
              options={[all, ...colleagues.options]}
              loading={colleagues.loading}
              style={{ width: 260 }}
            />
          </Form.Item>
          <Form.Item label={t('complaints.fields.overdue')} htmlFor={ids.overdue}>
            <Select<OverdueChoice>
              id={ids.overdue}
              value={overdue}
              onChange={onOverdue}
              options={[
                all,
                { value: 'yes', label: t('complaints.filters.overdueOnly') },
                { value: 'no', label: t('complaints.filters.notOverdue') },
              ]}
              style={{ width: 180 }}
            />
          </Form.Item>
          <Form.Item>
            <Space wrap>
              {/* Toggle buttons (aria-pressed): shortcuts for the assignee and deadline filters above. */}
              <div role="group" aria-label={t('complaints.filters.quick')}>
                <Space.Compact>
                  <Button
                    aria-pressed={mine}
                    type={mine ? 'primary' : 'default'}
                    icon={<UserOutlined />}
                    disabled={!me}
                    onClick={() => me && onAssignee(mine ? '' : me.id)}
                  >
                    {t('complaints.filters.mine')}
                  </Button>
                  <Button
                    aria-pressed={overdue === 'yes'}
                    type={overdue === 'yes' ? 'primary' : 'default'}
                    icon={<ClockCircleOutlined />}
                    onClick={() => onOverdue(overdue === 'yes' ? '' : 'yes')}
                  >
                    {t('complaints.filters.overdue')}
                  </Button>
                </Space.Compact>
              </div>
              <Button onClick={reset}>{t('complaints.filters.reset')}</Button>
            </Space>
          </Form.Item>
        </Flex>
      </Form>

      <section aria-labelledby={ids.bulkHeading} style={{ marginBottom: 16 }}>
        <Typography.Title level={2} id={ids.bulkHeading} style={{ fontSize: 16, marginTop: 0 }}>
          {t('complaints.bulk.label')}
        </Typography.Title>
        <Flex gap={16} wrap align="center">
          <Typography.Text role="status">
            {selected.length ? t('complaints.bulk.selected', { count: selected.length }) : t('complaints.bulk.none')}
          </Typography.Text>
          <Space wrap>
            <label htmlFor={ids.bulkAssignee}>{t('complaints.bulk.assignee')}</label>
            <Select<number | null>
              id={ids.bulkAssignee}
              value={bulkAssignee}
              onChange={setBulkAssignee}
              options={[{ value: null, label: t('complaints.assignee.nobody') }, ...colleagues.options]}
              style={{ width: 260 }}
            />
            <Button
              onClick={confirmBulkAssign}
              disabled={!selected.length || bulkAssignee === undefined}
              loading={assign.isPending}
            >
              {t('complaints.bulk.assign')}
            </Button>
          </Space>
        </Flex>
      </section>

      <ListTable
        {...tableProps}
        query={tableQuery}
        label={t('complaints.list.title')}
        count={(count) => t('complaints.list.count', { count })}
        rowSelection={{
          selectedRowKeys: selected,
          // antd names its select-all checkbox in English whatever the language.
          columnTitle: (checkbox) =>
            isValidElement(checkbox)
              ? cloneElement(checkbox as ReactElement<CheckboxProps>, { 'aria-label': t('complaints.list.selectAll') } as CheckboxProps)
              : checkbox,
          onChange: (keys) => setSelected(keys as number[]),
          // antd passes other props on to the <input>; its type does not list aria attributes.
          getCheckboxProps: (complaint) =>
            ({
              'aria-label': t('complaints.list.selectNamed', {
                name: complaint.complainantName,
                date: formatDate(complaint.receivedAt),
              }),
            }) as CheckboxProps,
        }}
      >
        <Table.Column<ComplaintListItem>
          dataIndex="receivedAt"
          title={t('complaints.fields.receivedAt')}
          sorter
          defaultSortOrder={getDefaultSortOrder('receivedAt', sorters)}
          render={(receivedAt: Date) => <DateCell value={receivedAt} />}
        />
        <Table.Column<ComplaintListItem> dataIndex="complainantName" title={t('complaints.fields.complainantName')} />
        <Table.Column<ComplaintListItem>
          dataIndex="subject"
          title={t('complaints.fields.subject')}
          render={(value: ComplaintSubject) => t(`complaints.subject.${value}`)}
        />
        <Table.Column<ComplaintListItem>
          dataIndex="channel"
          title={t('complaints.fields.channel')}
          render={(value: ComplaintChannel) => t(`complaints.channel.${value}`)}
        />
        <Table.Column<ComplaintListItem>
          dataIndex="status"
          title={t('complaints.fields.status')}
          sorter
          defaultSortOrder={getDefaultSortOrder('status', sorters)}
          render={(value: ComplaintStatus) => <StatusTag status={value} />}
        />
        <Table.Column<ComplaintListItem>
          dataIndex="overdue"
          title={t('complaints.fields.overdue')}
          render={(value: boolean) => (value ? <OverdueTag /> : null)}
        />
        <Table.Column<ComplaintListItem>
          dataIndex="daysOpen"
          title={t('complaints.fields.daysOpen')}
          align="right"
          render={(value: number) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{value}</span>}
        />
        <Table.Column<ComplaintListItem>
          dataIndex="assigneeName"
          title={t('complaints.fields.assignee')}
          render={(value: string | null) => value ?? <Typography.Text type="secondary">{t('complaints.unassigned')}</Typography.Text>}
        />
        <Table.Column<ComplaintListItem>
          key="actions"
          title={t('common.actions')}
          render={(_, complaint) => (
            <Link
              to={`/complaints/${complaint.id}`}
              aria-label={t('complaints.list.showNamed', {
                name: complaint.complainantName,
                date: formatDate(complaint.receivedAt),
              })}
            >
              {t('actions.show')}
            </Link>
          )}
        />
      </ListTable>
    </Page>
  );
}
