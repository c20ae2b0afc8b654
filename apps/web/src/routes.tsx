import { Fragment, Suspense } from 'react';
import { Outlet, Route, Routes } from 'react-router';
import { Spin } from 'antd';
import { Authenticated } from '@refinedev/core';
import { ThemedLayout } from '@refinedev/antd';
import { CatchAllNavigate } from '@refinedev/react-router';
import { AppHeader } from './components/AppHeader';
import { AppSider } from './components/AppSider';
import { GlobalShortcuts } from './components/GlobalShortcuts';
import { guardedRoute } from './components/Guarded';
import { webFeatures } from './features';
import { lazyPage } from './lazyPage';

const HomePage = lazyPage(() => import('./pages/home'), 'HomePage');
const LoginPage = lazyPage(() => import('./pages/login'), 'LoginPage');
const NotFoundPage = lazyPage(() => import('./pages/notFound'), 'NotFoundPage');
const ReportsPage = lazyPage(() => import('./pages/reports/list'), 'ReportsPage');
const AuditList = lazyPage(() => import('./pages/audit/list'), 'AuditList');

export function AppRoutes() {
  return (
    <Routes>
      <Route
        element={
          <Authenticated key="app" fallback={<CatchAllNavigate to="/login" />}>
            <ThemedLayout Header={AppHeader} Sider={AppSider}>
              <GlobalShortcuts />
              <Suspense fallback={<Spin />}>
                <Outlet />
              </Suspense>
            </ThemedLayout>
          </Authenticated>
        }
      >
        <Route index element={<HomePage />} />
        {Object.entries(webFeatures).map(([name, feature]) => (
          <Fragment key={name}>{feature.routes}</Fragment>
        ))}
        {guardedRoute('/reports', 'reports', 'list', ReportsPage)}
        {guardedRoute('/audit', 'audit', 'list', AuditList)}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      <Route
        path="/login"
        element={
          <Suspense fallback={<Spin />}>
            <LoginPage />
          </Suspense>
        }
      />
    </Routes>
  );
}
