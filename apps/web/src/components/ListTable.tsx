import type { ReactNode } from 'react';
import { Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';

type ListTableProps<T> = Omit<TableProps<T>, 'aria-label' | 'scroll'> & {
  /** The table's accessible name, usually the page title. */
  label: string;
  /** Refine's list query: while the first page is on its way, the count and the empty table say so. */
  query: { isLoading: boolean; data?: { total: number } };
  /** The line above the table that says how many rows match, read out as it changes. */
  count?: (total: number) => string;
  children?: ReactNode;
};

/** A resource list's table: the count, the table named for screen readers, and a loading text. */
export function ListTable<T extends object>({ label, query, count, children, ...tableProps }: ListTableProps<T>) {
  const { t } = useTranslation();
  const total = query.data?.total;
  return (
    <>
      {count && <Typography.Paragraph role="status">{total === undefined ? t('app.loading') : count(total)}</Typography.Paragraph>}
      {/* Scrolled here rather than by antd (Refine asks for scroll.x): antd's scrolling table measures its
          columns in a hidden row that repeats a select-all checkbox, focusable yet hidden from readers. */}
      <div style={{ overflowX: 'auto' }}>
        <Table<T>
          {...tableProps}
          scroll={undefined}
          rowKey="id"
          aria-label={label}
          // Not antd's "no data" while the first page is still on its way.
          locale={query.isLoading ? { emptyText: t('app.loading') } : undefined}
        >
          {children}
        </Table>
      </div>
    </>
  );
}
