import { Link } from 'react-router';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../components/Page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <Typography.Paragraph>{t('notFound.text')}</Typography.Paragraph>
      <Link to="/">{t('notFound.home')}</Link>
    </Page>
  );
}
