import { Outlet, Route, Routes } from 'react-router';
import { Authenticated, CanAccess } from '@refinedev/core';
import { ThemedLayout } from '@refinedev/antd';
import { CatchAllNavigate } from '@refinedev/react-router';
import { AppHeader } from './components/AppHeader';
import { AppSider } from './components/AppSider';
import { ForbiddenPage } from './pages/forbidden';
import { HomePage } from './pages/home';
import { LoginPage } from './pages/login';
import { NotFoundPage } from './pages/notFound';
import { CitizenCreate } from './pages/citizens/create';
import { CitizenEdit } from './pages/citizens/edit';
import { CitizenList } from './pages/citizens/list';
import { CitizenShow } from './pages/citizens/show';

export function AppRoutes() {
  return (
    <Routes>
      <Route
        element={
          <Authenticated key="app" fallback={<CatchAllNavigate to="/login" />}>
            <ThemedLayout Header={AppHeader} Sider={AppSider}>
              <Outlet />
            </ThemedLayout>
          </Authenticated>
        }
      >
        <Route index element={<HomePage />} />
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
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      <Route path="/login" element={<LoginPage />} />
    </Routes>
  );
}
