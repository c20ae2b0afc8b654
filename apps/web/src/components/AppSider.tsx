import type { ReactNode } from 'react';
import { CanAccess, useMenu, type TreeMenuItem } from '@refinedev/core';
import { Layout, Typography, theme } from 'antd';
import { IdcardOutlined, PlusCircleOutlined } from '@ant-design/icons';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { newVisitShortcut } from './GlobalShortcuts';

type Entry = {
  key: string;
  to: string;
  label: ReactNode;
  icon?: ReactNode;
  resource: string;
  action: 'list' | 'create';
  shortcut?: string;
  /** A menu group (Administration): a heading over its entries, shown when the first of them may be opened. */
  children?: Entry[];
};

/** A resource's list page, and a menu group's pages below it. */
function menuEntry(item: TreeMenuItem): Entry {
  const { key, route, label, meta, name, children } = item;
  return { key, to: route ?? '/', label, icon: meta?.icon, resource: name, action: 'list', children: children.map(menuEntry) };
}

/** Segment-wise: `/visits` contains `/visits/12` but not `/visitsx`. */
const contains = (route: string, pathname: string) => pathname === route || pathname.startsWith(`${route}/`);

/**
 * The app's name and its pages as a plain list of links in a <nav>. Refine's ThemedSider uses an ARIA
 * menu (meant for application menus, not site navigation), an unlabelled collapse button and an h1 title
 * (each page has its own h1); a few links need none of that. "Ny betjening" comes first: it is the
 * counter's main work.
 */
export function AppSider() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { menuItems } = useMenu();
  const { pathname } = useLocation();

  const entries: Entry[] = [
    {
      key: 'visits-new',
      to: '/visits/new',
      label: t('visits.new.menu'),
      icon: <PlusCircleOutlined />,
      resource: 'visits',
      action: 'create',
      shortcut: newVisitShortcut,
    },
    ...menuItems.map(menuEntry),
  ];
  // The most specific entry is the current one: on /visits/new that is "Ny betjening", not "Betjeninger".
  const current = entries
    .flatMap((entry) => [entry, ...(entry.children ?? [])])
    .filter((entry) => contains(entry.to, pathname))
    .sort((a, b) => b.to.length - a.to.length)[0]?.key;

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
          {entries.map((entry) =>
            entry.children?.length ? (
              <CanAccess key={entry.key} resource={entry.children[0]!.resource} action="list">
                <li>
                  <Typography.Text
                    id={`menu-group-${entry.key}`}
                    style={{ display: 'flex', gap: 10, padding: '16px 16px 4px', color: token.colorTextSecondary }}
                  >
                    {entry.label}
                  </Typography.Text>
                  <ul aria-labelledby={`menu-group-${entry.key}`} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                    {entry.children.map((child) => (
                      <MenuLink key={child.key} entry={child} active={child.key === current} />
                    ))}
                  </ul>
                </li>
              </CanAccess>
            ) : (
              <MenuLink key={entry.key} entry={entry} active={entry.key === current} />
            ),
          )}
        </ul>
      </nav>
    </Layout.Sider>
  );
}

/** One page of the menu, shown to the roles that may open it. */
function MenuLink({ entry, active }: { entry: Entry; active: boolean }) {
  const { token } = theme.useToken();
  return (
    <CanAccess resource={entry.resource} action={entry.action}>
      <li>
        <Link
          to={entry.to}
          aria-current={active ? 'page' : undefined}
          aria-keyshortcuts={entry.shortcut}
          style={{
            display: 'flex',
            gap: 10,
            padding: '9px 16px',
            borderRadius: token.borderRadius,
            color: active ? token.colorPrimary : token.colorText,
            background: active ? token.controlItemBgActive : undefined,
          }}
        >
          {entry.icon}
          {entry.label}
        </Link>
      </li>
    </CanAccess>
  );
}
