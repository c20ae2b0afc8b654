import type { ComponentType } from 'react';
import { Outlet, Route } from 'react-router';
import { CanAccess } from '@refinedev/core';
import { lazyPage } from '../lazyPage';

const ForbiddenPage = lazyPage(() => import('../pages/forbidden'), 'ForbiddenPage');

/** Nested routes the role must be allowed, by the resource and action of each route itself. */
export function Guarded() {
  return (
    <CanAccess fallback={<ForbiddenPage />}>
      <Outlet />
    </CanAccess>
  );
}

/**
 * One page the role must be allowed, naming the resource and action it needs: a page that is not one of Refine's
 * actions (a letter needs `show`), or one outside the resources' own routes.
 */
export function guardedRoute(path: string, resource: string, action: string, Page: ComponentType) {
  return (
    <Route
      path={path}
      element={
        <CanAccess resource={resource} action={action} fallback={<ForbiddenPage />}>
          <Page />
        </CanAccess>
      }
    />
  );
}
