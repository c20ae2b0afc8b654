import { Button, Form, Input, Space, Table } from 'antd';
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { getDefaultSortOrder, useTable } from '@refinedev/antd';
import type { HttpError } from '@refinedev/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ExportButton, listExportInput } from '../../components/ExportButton';
import { LinkButton } from '../../components/LinkButton';
import { ListTable } from '../../components/ListTable';
import { Page } from '../../components/Page';
import { formatDateTime } from '../../format';
import { AddressStatusTag, GuardianshipTag } from './tags';
import type { CitizenListItem } from './types';

type Search = { q?: string };

const searchInputId = 'citizen-search';

export function CitizenList() {
  const { t } = useTranslation();
  const { tableProps, tableQuery, searchFormProps, sorters, filters } = useTable<CitizenListItem, HttpError, Search>({
    resource: 'citizens',
    // The search box may hold a CPR number: keep it out of the URL.
    syncWithLocation: false,
    sorters: { initial: [{ field: 'updatedAt', order: 'desc' }] },
    pagination: { pageSize: 20 },
    // On Enter or the button, not while typing: every search is written to the audit log.
    onSearch: ({ q }) => [{ field: 'q', operator: 'contains', value: q?.trim() ?? '' }],
  });

  return (
    <Page
      title={t('citizens.list.title')}
      actions={
        <>
          <ExportButton resource="citizens" input={listExportInput(filters, sorters)} />
          <LinkButton type="primary" icon={<PlusOutlined />} to="/citizens/create">
            {t('citizens.create.title')}
          </LinkButton>
        </>
      }
    >
      <Form {...searchFormProps} layout="vertical" role="search">
        <Form.Item label={t('citizens.search.label')} htmlFor={searchInputId}>
          <Space.Compact style={{ width: '100%', maxWidth: 480 }}>
            <Form.Item name="q" noStyle>
              <Input id={searchInputId} allowClear autoComplete="off" spellCheck={false} />
            </Form.Item>
            <Button htmlType="submit" icon={<SearchOutlined />}>
              {t('citizens.search.submit')}
            </Button>
          </Space.Compact>
        </Form.Item>
      </Form>

      <ListTable
        {...tableProps}
        // Refine renders page numbers as links whose address holds the filters, the search term included.
        pagination={tableProps.pagination && { ...tableProps.pagination, itemRender: undefined }}
        query={tableQuery}
        label={t('citizens.list.title')}
      >
        <Table.Column<CitizenListItem>
          dataIndex="name"
          title={t('citizens.fields.name')}
          sorter
          defaultSortOrder={getDefaultSortOrder('name', sorters)}
        />
        <Table.Column<CitizenListItem>
          dataIndex="cprMasked"
          title={t('citizens.fields.cpr')}
          render={(cpr: string) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{cpr}</span>}
        />
        <Table.Column<CitizenListItem>
          dataIndex="hasFixedAddress"
          title={t('citizens.fields.addressStatus')}
          render={(hasFixedAddress: boolean) => <AddressStatusTag hasFixedAddress={hasFixedAddress} />}
        />
        <Table.Column<CitizenListItem>
          dataIndex="guardianship"
          title={t('citizens.fields.guardianship')}
          render={(_, citizen) => <GuardianshipTag guardianship={citizen.guardianship} />}
        />
        <Table.Column<CitizenListItem>
          dataIndex="updatedAt"
          title={t('citizens.fields.updatedAt')}
          sorter
          defaultSortOrder={getDefaultSortOrder('updatedAt', sorters)}
          render={(updatedAt: Date) => formatDateTime(updatedAt)}
        />
        <Table.Column<CitizenListItem>
          key="actions"
          title={t('common.actions')}
          render={(_, citizen) => (
            <Space size="middle">
              <Link to={`/citizens/${citizen.id}`} aria-label={t('actions.showNamed', { name: citizen.name })}>
                {t('actions.show')}
              </Link>
              <Link to={`/citizens/${citizen.id}/edit`} aria-label={t('actions.editNamed', { name: citizen.name })}>
                {t('actions.edit')}
              </Link>
            </Space>
          )}
        />
      </ListTable>
    </Page>
  );
}
