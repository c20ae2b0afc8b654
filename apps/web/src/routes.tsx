import { Outlet, Route, Routes } from 'react-router';
import { Authenticated, CanAccess } from '@refinedev/core';
import { ThemedLayout } from '@refinedev/antd';
import { CatchAllNavigate } from '@refinedev/react-router';
import { AppHeader } from './components/AppHeader';
import { AppSider } from './components/AppSider';
import { GlobalShortcuts } from './components/GlobalShortcuts';
import { ForbiddenPage } from './pages/forbidden';
import { HomePage } from './pages/home';
import { LoginPage } from './pages/login';
import { NotFoundPage } from './pages/notFound';
import { CitizenCreate } from './pages/citizens/create';
import { CitizenEdit } from './pages/citizens/edit';
import { CitizenList } from './pages/citizens/list';
import { CitizenShow } from './pages/citizens/show';
import { VisitList } from './pages/visits/list';
import { VisitCounterPage } from './pages/visits/new';
import { VisitShow } from './pages/visits/show';
import { ComplaintCreate } from './pages/complaints/create';
import { ComplaintEdit } from './pages/complaints/edit';
import { ComplaintLetter } from './pages/complaints/letter';
import { ComplaintList } from './pages/complaints/list';
import { ComplaintShow } from './pages/complaints/show';
import { ExemptionCreate } from './pages/exemptions/create';
import { ExemptionLetter } from './pages/exemptions/letter';
import { ExemptionList } from './pages/exemptions/list';
import { ExemptionShow } from './pages/exemptions/show';
import { ReadAccessCreate } from './pages/readAccess/create';
import { CodeList } from './pages/codes/list';
import { CodeShow } from './pages/codes/show';
import { BlockCreate } from './pages/blocks/create';
import { BlockList } from './pages/blocks/list';
import { BlockShow } from './pages/blocks/show';

export function AppRoutes() {
  return (
    <Routes>
      <Route
        element={
          <Authenticated key="app" fallback={<CatchAllNavigate to="/login" />}>
            <ThemedLayout Header={AppHeader} Sider={AppSider}>
              <GlobalShortcuts />
              <Outlet />
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
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      <Route path="/login" element={<LoginPage />} />
    </Routes>
  );
}
