import { Button, Layout, Space, Typography, theme } from 'antd';
import { KeyOutlined, LogoutOutlined } from '@ant-design/icons';
import { useGetIdentity, useLogout, useWarnAboutChange } from '@refinedev/core';
import { useTranslation } from 'react-i18next';
import type { Staff } from '../providers/authProvider';
import { LanguageSwitch } from './LanguageSwitch';
import { LinkButton } from './LinkButton';

const headerStyle = { display: 'flex', justifyContent: 'flex-end', alignItems: 'center', padding: '0 24px' } as const;

/** Who is at the counter (name and role), the language, their own password, and the way out. */
export function AppHeader() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { data: staff } = useGetIdentity<Staff>();
  const { mutate: logout } = useLogout();
  const { warnWhen, setWarnWhen } = useWarnAboutChange();

  const onLogout = () => {
    // Ask before the session ends, not after: a cancelled logout must leave the form usable.
    if (warnWhen && !window.confirm(t('warnWhenUnsavedChanges'))) return;
    setWarnWhen(false);
    logout();
  };

  return (
    <Layout.Header style={{ ...headerStyle, background: token.colorBgElevated }}>
      <Space size="large" wrap>
        {staff && (
          <Typography.Text>
            <Typography.Text strong>{staff.displayName}</Typography.Text> · {t(`roles.${staff.role}`)}
          </Typography.Text>
        )}
        <LanguageSwitch />
        {staff && (
          <LinkButton icon={<KeyOutlined />} to="/password">
            {t('changePassword.title')}
          </LinkButton>
        )}
        {staff && (
          <Button icon={<LogoutOutlined />} onClick={onLogout}>
            {t('header.logout')}
          </Button>
        )}
      </Space>
    </Layout.Header>
  );
}
