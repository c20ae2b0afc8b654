import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../components/Page';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('forbidden.title')}>
      <Typography.Paragraph>{t('auth.forbidden')}</Typography.Paragraph>
    </Page>
  );
}
