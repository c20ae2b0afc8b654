import type { TableColumnType } from 'antd';
import { getDefaultSortOrder } from '@refinedev/antd';
import type { CrudSort } from '@refinedev/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CodeKind, CodeStatus } from '@skranke/domain';
import { CitizenCell, DateTimeCell } from '../../components/cells';
import { formatDateTime } from '../../format';
import { CodeStatusTag } from './tags';
import type { CodeListItem } from './types';

type Column = TableColumnType<CodeListItem>;

/** A code's columns, the same in the list of all codes and on a citizen's page; sortable where `sorters` are given. */
export function useCodeColumns(sorters?: CrudSort[]) {
  const { t } = useTranslation();
  const sortable = (field: string): Column => (sorters ? { sorter: true, defaultSortOrder: getDefaultSortOrder(field, sorters) } : {});
  return {
    issuedAt: {
      dataIndex: 'issuedAt',
      title: t('codes.fields.issuedAt'),
      ...sortable('issuedAt'),
      render: (value: Date) => <DateTimeCell value={value} />,
    },
    citizen: {
      key: 'citizen',
      title: t('codes.fields.citizen'),
      render: (_, code) => <CitizenCell name={code.citizenName} cprMasked={code.citizenCprMasked} />,
    },
    kind: { dataIndex: 'kind', title: t('codes.fields.kind'), render: (kind: CodeKind) => t(`codes.kind.${kind}`) },
    status: { dataIndex: 'status', title: t('codes.fields.status'), render: (status: CodeStatus) => <CodeStatusTag status={status} /> },
    expiresAt: {
      dataIndex: 'expiresAt',
      title: t('codes.fields.expiresAt'),
      ...sortable('expiresAt'),
      render: (value: Date) => <DateTimeCell value={value} />,
    },
    issuedBy: { dataIndex: 'issuedByName', title: t('codes.fields.issuedBy') },
    actions: {
      key: 'actions',
      title: t('common.actions'),
      render: (_, code) => (
        <Link to={`/codes/${code.id}`} aria-label={t('codes.list.showNamed', { name: code.citizenName, time: formatDateTime(code.issuedAt) })}>
          {t('actions.show')}
        </Link>
      ),
    },
  } satisfies Record<string, Column>;
}
