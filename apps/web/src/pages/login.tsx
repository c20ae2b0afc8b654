import { useEffect } from 'react';
import { Alert, Button, Card, Flex, Form, Input, Layout, Typography } from 'antd';
import { useIsAuthenticated, useLogin } from '@refinedev/core';
import { Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch';
import type { LoginParams } from '../providers/authProvider';

const showDemoLogins = import.meta.env.VITE_SHOW_DEMO_LOGINS !== 'false';

export function LoginPage() {
  const { t } = useTranslation();
  const { mutate: login, data: outcome, isPending, submittedAt } = useLogin<LoginParams>();
  const failure = outcome && !outcome.success ? outcome.error?.message : undefined;
  // Checked here rather than by wrapping the page in <Authenticated>, which unmounts it while it re-checks
  // after every attempt and so would lose the error message.
  const { data: session } = useIsAuthenticated();
  const required = t('validation.required');

  useEffect(() => {
    document.title = t('login.title');
  }, [t]);

  if (session?.authenticated) return <Navigate to="/" replace />;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Content style={{ padding: 24 }}>
        <Card style={{ maxWidth: 420, margin: '10vh auto 0' }}>
          <Flex justify="end">
            <LanguageSwitch />
          </Flex>
          <Typography.Title level={1} style={{ fontSize: 24 }}>
            {t('login.title')}
          </Typography.Title>
          {failure && (
            // Keyed by attempt, so a repeated failure is announced again.
            <Alert
              key={submittedAt}
              type="error"
              role="alert"
              showIcon
              message={failure}
              style={{ marginBottom: 16 }}
            />
          )}
          <Form<LoginParams> layout="vertical" requiredMark={false} onFinish={(credentials) => login(credentials)}>
            <Form.Item
              name="username"
              label={t('login.username')}
              rules={[{ required: true, whitespace: true, message: required }]}
            >
              <Input autoFocus autoComplete="username" autoCapitalize="none" spellCheck={false} />
            </Form.Item>
            <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: required }]}>
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={isPending}>
              {t('login.submit')}
            </Button>
          </Form>
          {showDemoLogins && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
              {t('login.demoHint')}
            </Typography.Paragraph>
          )}
        </Card>
      </Layout.Content>
    </Layout>
  );
}
