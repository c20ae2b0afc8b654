import type { ReactNode } from 'react';
import { Space, Typography } from 'antd';
import { formatDate, formatDateTime } from '../format';

/** A date wrapped mid-value ("30-06-" / "2023") is misread; a table cell keeps it on one line. */
export function NoWrap({ children }: { children: ReactNode }) {
  return <span style={{ whiteSpace: 'nowrap' }}>{children}</span>;
}

export function DateTimeCell({ value }: { value: Date | string }) {
  return <NoWrap>{formatDateTime(value)}</NoWrap>;
}

export function DateCell({ value }: { value: Date | string }) {
  return <NoWrap>{formatDate(value)}</NoWrap>;
}

/** Who a row is about: the name, and the masked CPR number to tell namesakes apart. */
export function CitizenCell({ name, cprMasked }: { name: string; cprMasked: string }) {
  return (
    <Space direction="vertical" size={0}>
      {name}
      <Typography.Text type="secondary" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {cprMasked}
      </Typography.Text>
    </Space>
  );
}
