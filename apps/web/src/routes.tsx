import { Suspense, lazy, type ComponentType } from 'react';
import { Outlet, Route, Routes } from 'react-router';
import { Spin } from 'antd';
import { Authenticated, CanAccess } from '@refinedev/core';
import { ThemedLayout } from '@refinedev/antd';
import { CatchAllNavigate } from '@refinedev/react-router';
import { AppHeader } from './components/AppHeader';
import { AppSider } from './components/AppSider';
import { GlobalShortcuts } from './components/GlobalShortcuts';

/** Every page is its own chunk, loaded when first visited: the first page carries only what it shows. */
function lazyPage<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] as ComponentType })));
}

const ForbiddenPage = lazyPage(() => import('./pages/forbidden'), 'ForbiddenPage');
const HomePage = lazyPage(() => import('./pages/home'), 'HomePage');
const LoginPage = lazyPage(() => import('./pages/login'), 'LoginPage');
const NotFoundPage = lazyPage(() => import('./pages/notFound'), 'NotFoundPage');
const CitizenCreate = lazyPage(() => import('./pages/citizens/create'), 'CitizenCreate');
const CitizenEdit = lazyPage(() => import('./pages/citizens/edit'), 'CitizenEdit');
const CitizenList = lazyPage(() => import('./pages/citizens/list'), 'CitizenList');
const CitizenShow = lazyPage(() => import('./pages/citizens/show'), 'CitizenShow');
const VisitList = lazyPage(() => import('./pages/visits/list'), 'VisitList');
const VisitCounterPage = lazyPage(() => import('./pages/visits/new'), 'VisitCounterPage');
const VisitShow = lazyPage(() => import('./pages/visits/show'), 'VisitShow');
const ComplaintCreate = lazyPage(() => import('./pages/complaints/create'), 'ComplaintCreate');
const ComplaintEdit = lazyPage(() => import('./pages/complaints/edit'), 'ComplaintEdit');
const ComplaintLetter = lazyPage(() => import('./pages/complaints/letter'), 'ComplaintLetter');
const ComplaintList = lazyPage(() => import('./pages/complaints/list'), 'ComplaintList');
const ComplaintShow = lazyPage(() => import('./pages/complaints/show'), 'ComplaintShow');
const ExemptionCreate = lazyPage(() => import('./pages/exemptions/create'), 'ExemptionCreate');
const ExemptionLetter = lazyPage(() => import('./pages/exemptions/letter'), 'ExemptionLetter');
const ExemptionList = lazyPage(() => import('./pages/exemptions/list'), 'ExemptionList');
const ExemptionShow = lazyPage(() => import('./pages/exemptions/show'), 'ExemptionShow');
const ReadAccessCreate = lazyPage(() => import('./pages/readAccess/create'), 'ReadAccessCreate');
const CodeList = lazyPage(() => import('./pages/codes/list'), 'CodeList');
const CodeShow = lazyPage(() => import('./pages/codes/show'), 'CodeShow');
const BlockCreate = lazyPage(() => import('./pages/blocks/create'), 'BlockCreate');
const BlockList = lazyPage(() => import('./pages/blocks/list'), 'BlockList');
const BlockShow = lazyPage(() => import('./pages/blocks/show'), 'BlockShow');
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
        <Route
          path="/visits"
          element={
            <CanAccess fallback={<ForbiddenPage />}>
              <Outlet />
            </CanAccess>
          }
        >
          <Route index element={<VisitList />} />
          <Route path="new" element={<VisitCounterPage />} />
          <Route path=":id" element={<VisitShow />} />
        </Route>
        <Route
          path="/citizens"
          element={
            <CanAccess fallback={<ForbiddenPage />}>
              <Outlet />
            </CanAccess>
          }
        >
          <Route index element={<CitizenList />} />
          <Route path="create" element={<CitizenCreate />} />
          <Route path=":id" element={<CitizenShow />} />
          <Route path=":id/edit" element={<CitizenEdit />} />
        </Route>
        <Route
          path="/complaints"
          element={
            <CanAccess fallback={<ForbiddenPage />}>
              <Outlet />
            </CanAccess>
          }
        >
          <Route index element={<ComplaintList />} />
          <Route path="create" element={<ComplaintCreate />} />
          <Route path=":id" element={<ComplaintShow />} />
          <Route path=":id/edit" element={<ComplaintEdit />} />
        </Route>
        {/* Not one of Refine's actions, so the check names the action it needs: reading the complaint. */}
        <Route
          path="/complaints/:id/letter"
          element={
            <CanAccess resource="complaints" action="show" fallback={<ForbiddenPage />}>
              <ComplaintLetter />
            </CanAccess>
          }
        />
        <Route
          path="/exemptions"
          element={
            <CanAccess fallback={<ForbiddenPage />}>
              <Outlet />
            </CanAccess>
          }
        >
          <Route index element={<ExemptionList />} />
          <Route path="create" element={<ExemptionCreate />} />
          <Route path=":id" element={<ExemptionShow />} />
        </Route>
        {/* Not one of Refine's actions, so the check names the action it needs: reading the exemption. */}
        <Route
          path="/exemptions/:id/letter"
          element={
            <CanAccess resource="exemptions" action="show" fallback={<ForbiddenPage />}>
              <ExemptionLetter />
            </CanAccess>
          }
        />
        <Route
          path="/read-access/create"
          element={
            <CanAccess resource="readAccess" action="create" fallback={<ForbiddenPage />}>
              <ReadAccessCreate />
            </CanAccess>
          }
        />
        <Route
          path="/codes"
          element={
            <CanAccess fallback={<ForbiddenPage />}>
              <Outlet />
            </CanAccess>
          }
        >
          <Route index element={<CodeList />} />
          <Route path=":id" element={<CodeShow />} />
        </Route>
        <Route
          path="/blocks"
          element={
            <CanAccess fallback={<ForbiddenPage />}>
              <Outlet />
            </CanAccess>
          }
        >
          <Route index element={<BlockList />} />
          <Route path="create" element={<BlockCreate />} />
          <Route path=":id" element={<BlockShow />} />
        </Route>
        <Route
          path="/reports"
          element={
            <CanAccess resource="reports" action="list" fallback={<ForbiddenPage />}>
              <ReportsPage />
            </CanAccess>
          }
        />
        <Route
          path="/audit"
          element={
            <CanAccess resource="audit" action="list" fallback={<ForbiddenPage />}>
              <AuditList />
            </CanAccess>
          }
        />
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
