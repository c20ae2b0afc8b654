import { useMemo, useRef } from 'react';
import { App as AntdApp, ConfigProvider } from 'antd';
// The ES builds: antd/locale/* are CommonJS re-exports that lose their default export when bundled.
import daDK from 'antd/es/locale/da_DK';
import enGB from 'antd/es/locale/en_GB';
import { AuditOutlined, BarChartOutlined, DashboardOutlined, SettingOutlined } from '@ant-design/icons';
import { Refine, type ResourceProps } from '@refinedev/core';
import routerProvider, { UnsavedChangesNotifier } from '@refinedev/react-router';
import { BrowserRouter } from 'react-router';
import { useTranslation } from 'react-i18next';
import { features } from '@skranke/domain';
import { adminAreas, administration } from './admin';
import { queryClient } from './api/client';
import { webFeatures } from './features';
import { accessControlProvider } from './providers/accessControlProvider';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { useI18nProvider } from './providers/i18nProvider';
import { useNotificationProvider } from './providers/notificationProvider';
import { AppRoutes } from './routes';
import { theme } from './theme';

export function App() {
  const { t, i18n } = useTranslation();
  const i18nProvider = useI18nProvider();
  const notificationRegion = useRef<HTMLElement>(null);
  const notificationConfig = useMemo(
    () => ({
      // In a labelled region, so assistive technology finds them in a landmark.
      getContainer: () => notificationRegion.current ?? document.body,
      // Not over the header, where they would hide the logout button and the language switch.
      placement: 'bottomRight' as const,
    }),
    [],
  );

  const resources: ResourceProps[] = [
    // The home page: today and this week at the counter.
    { name: 'dashboard', list: '/', meta: { label: t('dashboard.menu'), icon: <DashboardOutlined /> } },
    ...features.map((f) => webFeatures[f.name].resource()),
    { name: 'reports', list: '/reports', meta: { label: t('reports.menu'), icon: <BarChartOutlined /> } },
    { name: 'audit', list: '/audit', meta: { label: t('audit.menu'), icon: <AuditOutlined /> } },
    // A menu group, no page of its own: the admins' areas name it as their parent.
    { name: administration, meta: { label: t('administration.menu'), icon: <SettingOutlined /> } },
    ...Object.values(adminAreas).map((area) => area.resource()),
  ];

  return (
    <BrowserRouter>
      <ConfigProvider locale={i18n.language === 'en' ? enGB : daDK} theme={theme}>
        <AntdApp notification={notificationConfig}>
          <Refine
            routerProvider={routerProvider}
            dataProvider={dataProvider}
            authProvider={authProvider}
            accessControlProvider={accessControlProvider}
            i18nProvider={i18nProvider}
            notificationProvider={useNotificationProvider}
            resources={resources}
            options={{
              // Citizens' data must not leave the municipality, not even as usage statistics.
              disableTelemetry: true,
              // Filters may hold CPR numbers: never mirror them into the URL. A list whose filters cannot
              // (the visits list) opts in by itself.
              syncWithLocation: false,
              warnWhenUnsavedChanges: true,
              // Save only once the server has accepted; a counter must not show a change that then fails.
              mutationMode: 'pessimistic',
              breadcrumb: false,
              reactQuery: { clientConfig: queryClient },
            }}
          >
            <AppRoutes />
            <UnsavedChangesNotifier />
          </Refine>
          <section ref={notificationRegion} aria-label={t('app.notifications')} />
        </AntdApp>
      </ConfigProvider>
    </BrowserRouter>
  );
}
