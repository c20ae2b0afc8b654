import { Navigate } from 'react-router';
import { Spin, Typography } from 'antd';
import { useCan } from '@refinedev/core';
import { useTranslation } from 'react-i18next';
import { Page } from '../components/Page';

/** Counter staff go straight to their work; other roles get a word on what is to come. */
export function HomePage() {
  const { t } = useTranslation();
  const { data: access, isLoading } = useCan({ resource: 'citizens', action: 'list' });

  if (isLoading) return <Spin />;
  if (access?.can) return <Navigate to="/citizens" replace />;
  return (
    <Page title={t('home.title')}>
      <Typography.Paragraph>{t('home.adminLater')}</Typography.Paragraph>
    </Page>
  );
}
