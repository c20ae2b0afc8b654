import type { ComponentProps } from 'react';
import { Alert, Spin } from 'antd';
import { Page } from './Page';

type RecordPageProps = ComponentProps<typeof Page> & {
  /** Refine's query for the record (`useShow`). */
  query: { isError: boolean; isLoading: boolean; error: { message: string } | null };
  /** The heading when the record cannot be shown (it does not exist, or the role may not read it). */
  failedTitle: string;
};

/** The frame of a page about one record: why it cannot be shown, or the page with a spinner while it loads. */
export function RecordPage({ query, failedTitle, children, ...page }: RecordPageProps) {
  if (query.isError) {
    return (
      <Page title={failedTitle}>
        <Alert type="error" showIcon message={query.error?.message} />
      </Page>
    );
  }
  return (
    <Page {...page}>
      <Spin spinning={query.isLoading}>{children}</Spin>
    </Page>
  );
}
