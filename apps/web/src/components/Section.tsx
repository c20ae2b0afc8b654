import { useId, type ReactNode } from 'react';
import { Card, Space, Typography } from 'antd';

type SectionProps = {
  title: string;
  level?: 2 | 3;
  /** Buttons on the section's own subject (an export), at the heading's end. */
  actions?: ReactNode;
  /** The reports' dense grid of figures. */
  compact?: boolean;
  children: ReactNode;
};

/**
 * A titled part of a page, as a card: a region named by its heading, so screen-reader users can jump between the
 * parts and find each by name.
 */
export function Section({ title, level = 2, actions, compact = false, children }: SectionProps) {
  const headingId = useId();
  return (
    <Card
      role="region"
      aria-labelledby={headingId}
      size={compact ? 'small' : 'default'}
      title={
        <Typography.Title level={level} id={headingId} style={{ fontSize: compact ? 16 : 18, margin: 0 }}>
          {title}
        </Typography.Title>
      }
      extra={actions && <Space wrap>{actions}</Space>}
      style={{ marginBottom: compact ? 16 : 24 }}
    >
      {children}
    </Card>
  );
}
