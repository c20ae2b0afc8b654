import { useEffect } from 'react';
import { Alert, Button, Card, Flex, Form, Input, Layout, Typography, type FormRule } from 'antd';
import { LogoutOutlined, SaveOutlined } from '@ant-design/icons';
import { useInvalidateAuthStore, useLogout, useNotification } from '@refinedev/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { policy, ZPasswordChange, type TPasswordChange } from '@skranke/domain';
import { trpc } from '../api/client';
import { fieldErrorsOf, messageOf } from '../api/errors';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { Page } from '../components/Page';
import { useZodRule } from '../forms/zodRule';
import { forgetStaff } from '../providers/authProvider';

type FormValues = TPasswordChange & { repeatPassword: string };

/**
 * The current password typed again, and the new one twice. The server judges the new one (length, commonness:
 * its dictionaries are too large to ship to the browser); its refusals land under the field they are about.
 */
function PasswordForm({ oneTimePassword, onChanged }: { oneTimePassword: boolean; onChanged: () => unknown }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const rule = useZodRule<FormValues>(ZPasswordChange);
  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: () => {
        form.resetFields();
        return onChanged();
      },
      onError: (error) => {
        const fields = Object.entries(fieldErrorsOf(error));
        form.setFields(fields.map(([name, message]) => ({ name: name as keyof FormValues, errors: [message] })));
      },
    }),
  );
  // Only a refusal no field owns (too many tries) goes above the form.
  const generalError = change.error && Object.keys(fieldErrorsOf(change.error)).length === 0 ? messageOf(change.error) : undefined;

  const sameAsNew: FormRule = ({ getFieldValue }) => ({
    validator: async (_, value: string | undefined) => {
      if (!value) throw new Error(t('validation.required'));
      if (value !== getFieldValue('newPassword')) throw new Error(t('changePassword.repeatMismatch'));
    },
  });

  return (
    <>
      {generalError && <Alert type="error" role="alert" showIcon message={generalError} style={{ marginBottom: 16 }} />}
      <Form<FormValues>
        form={form}
        layout="vertical"
        disabled={change.isPending}
        onFinish={({ currentPassword, newPassword }) => change.mutate({ currentPassword, newPassword })}
      >
        <Form.Item
          name="currentPassword"
          label={t('changePassword.current')}
          extra={oneTimePassword ? t('changePassword.currentIsOneTime') : undefined}
          rules={[rule('currentPassword')]}
          required
        >
          <Input.Password autoFocus autoComplete="current-password" spellCheck={false} />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('changePassword.new')}
          extra={t('changePassword.newHint', { minimum: policy.passwordMinimumLength })}
          rules={[rule('newPassword')]}
          required
        >
          <Input.Password autoComplete="new-password" spellCheck={false} />
        </Form.Item>
        <Form.Item name="repeatPassword" label={t('changePassword.repeat')} dependencies={['newPassword']} rules={[sameAsNew]} required>
          <Input.Password autoComplete="new-password" spellCheck={false} />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={change.isPending}>
          {t('changePassword.submit')}
        </Button>
      </Form>
    </>
  );
}

/** Who is logged in, asked again after the one-time password is replaced, so the app sees `passwordChangeDue` cleared. */
function useIdentityRefresh() {
  const invalidateAuthStore = useInvalidateAuthStore();
  return () => {
    forgetStaff();
    return invalidateAuthStore();
  };
}

/** From the header: any staff member's own password. */
export function PasswordPage() {
  const { t } = useTranslation();
  const { open: notify } = useNotification();
  const onChanged = () => notify?.({ type: 'success', message: t('changePassword.changed') });
  return (
    <Page title={t('changePassword.title')}>
      <Card style={{ maxWidth: 480 }}>
        <PasswordForm oneTimePassword={false} onChanged={onChanged} />
      </Card>
    </Page>
  );
}

/**
 * All a staff member sees while a one-time password must be replaced: the server refuses everything else, so
 * the app's menu and pages would only show refusals. Logging out stays possible.
 */
export function PasswordDuePage() {
  const { t } = useTranslation();
  const { mutate: logout } = useLogout();
  const refreshIdentity = useIdentityRefresh();
  useEffect(() => {
    document.title = `${t('changePassword.dueTitle')} · ${t('app.name')}`;
  }, [t]);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Content style={{ padding: 24 }}>
        <Card style={{ maxWidth: 480, margin: '10vh auto 0' }}>
          <Flex justify="space-between" align="center" wrap gap="middle">
            <LanguageSwitch />
            <Button icon={<LogoutOutlined />} onClick={() => logout()}>
              {t('header.logout')}
            </Button>
          </Flex>
          <Typography.Title level={1} style={{ fontSize: 24 }}>
            {t('changePassword.dueTitle')}
          </Typography.Title>
          <Typography.Paragraph>{t('changePassword.dueText')}</Typography.Paragraph>
          <PasswordForm oneTimePassword onChanged={refreshIdentity} />
        </Card>
      </Layout.Content>
    </Layout>
  );
}
