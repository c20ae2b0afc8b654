import { CanAccess, useMenu } from '@refinedev/core';
import { Layout, Typography, theme } from 'antd';
import { IdcardOutlined } from '@ant-design/icons';
import { Link, NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';

/**
 * The app's name and its resources as a plain list of links in a <nav>. Refine's ThemedSider uses an ARIA
 * menu (meant for application menus, not site navigation), an unlabelled collapse button and an h1 title
 * (each page has its own h1); a few links need none of that.
 */
export function AppSider() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { menuItems } = useMenu();

  return (
    <Layout.Sider
      width={200}
      style={{ background: token.colorBgContainer, borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}
    >
      <div style={{ height: 64, display: 'flex', alignItems: 'center', padding: '0 16px' }}>
        <Link to="/">
          <IdcardOutlined aria-hidden style={{ fontSize: 20, marginInlineEnd: 8 }} />
          <Typography.Text strong style={{ fontSize: 18 }}>
            {t('app.name')}
          </Typography.Text>
        </Link>
      </div>
      <nav aria-label={t('app.navigation')}>
        <ul style={{ listStyle: 'none', margin: 0, padding: 8 }}>
          {menuItems.map((item) => (
            <CanAccess key={item.key} resource={item.name} action="list">
              <li>
                <NavLink
                  to={item.route ?? '/'}
                  style={({ isActive }) => ({
                    display: 'flex',
                    gap: 10,
                    padding: '9px 16px',
                    borderRadius: token.borderRadius,
                    color: isActive ? token.colorPrimary : token.colorText,
                    background: isActive ? token.controlItemBgActive : undefined,
                  })}
                >
                  {item.meta?.icon}
                  {item.label}
                </NavLink>
              </li>
            </CanAccess>
          ))}
        </ul>
      </nav>
    </Layout.Sider>
  );
}
