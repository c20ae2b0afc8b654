import { Fragment, Suspense, type ReactNode } from 'react';
import { Outlet, Route, Routes } from 'react-router';
import { Spin } from 'antd';
import { Authenticated, useGetIdentity } from '@refinedev/core';
import { ThemedLayout } from '@refinedev/antd';
import { CatchAllNavigate } from '@refinedev/react-router';
import { AppHeader } from './components/AppHeader';
import { AppSider } from './components/AppSider';
import { GlobalShortcuts } from './components/GlobalShortcuts';
import { guardedRoute } from './components/Guarded';
import { adminAreas } from './admin';
import { webFeatures } from './features';
import { lazyPage } from './lazyPage';
import type { Staff } from './providers/authProvider';

const HomePage = lazyPage(() => import('./pages/home'), 'HomePage');
const LoginPage = lazyPage(() => import('./pages/login'), 'LoginPage');
const NotFoundPage = lazyPage(() => import('./pages/notFound'), 'NotFoundPage');
const ReportsPage = lazyPage(() => import('./pages/reports/list'), 'ReportsPage');
const AuditList = lazyPage(() => import('./pages/audit/list'), 'AuditList');
const PasswordPage = lazyPage(() => import('./pages/password'), 'PasswordPage');
const PasswordDuePage = lazyPage(() => import('./pages/password'), 'PasswordDuePage');

/**
 * While a one-time password must be replaced the server refuses everything but that, so the app shows only the
 * form for it, at any address; once the identity says it is done, the address asked for opens.
 */
function PasswordChangeGate({ children }: { children: ReactNode }) {
  const { data: staff, isLoading } = useGetIdentity<Staff>();
  if (isLoading) return <Spin />;
  if (!staff?.passwordChangeDue) return children;
  return (
    <Suspense fallback={<Spin />}>
      <PasswordDuePage />
    </Suspense>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route
        element={
          <Authenticated key="app" fallback={<CatchAllNavigate to="/login" />}>
            <PasswordChangeGate>
              <ThemedLayout Header={AppHeader} Sider={AppSider}>
                <GlobalShortcuts />
                <Suspense fallback={<Spin />}>
                  <Outlet />
                </Suspense>
              </ThemedLayout>
            </PasswordChangeGate>
          </Authenticated>
        }
      >
        <Route index element={<HomePage />} />
        {Object.entries({ ...webFeatures, ...adminAreas }).map(([name, area]) => (
          <Fragment key={name}>{area.routes}</Fragment>
        ))}
        {guardedRoute('/reports', 'reports', 'list', ReportsPage)}
        {guardedRoute('/audit', 'audit', 'list', AuditList)}
        <Route path="/password" element={<PasswordPage />} />
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
