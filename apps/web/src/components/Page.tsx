import { useEffect, type ReactNode } from 'react';
import { Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type PageProps = {
  title: string;
  /** The browser tab's name, when the heading holds personal data: tab titles end up in the browser's history. */
  documentTitle?: string;
  actions?: ReactNode;
  children?: ReactNode;
};

/** Every page's frame: its one h1, which also names the browser tab, and the page's actions beside it. */
export function Page({ title, documentTitle = title, actions, children }: PageProps) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${documentTitle} · ${t('app.name')}`;
  }, [documentTitle, t]);

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap="middle" style={{ marginBottom: 24 }}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {title}
        </Typography.Title>
        {actions && <Space wrap>{actions}</Space>}
      </Flex>
      {children}
    </>
  );
}
