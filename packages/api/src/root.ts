import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { authRouter } from './routers/auth.js';
import { auditRouter } from './routers/audit.js';
import { documentKindsRouter } from './routers/documentKinds.js';
import { reportsRouter } from './routers/reports.js';
import { staffRouter } from './routers/staff.js';
import { featureRouters } from './features/index.js';
import { createCallerFactory, router } from './trpc.js';

/** Case-type routers share the `list / get / create / update` shape; the web app's data provider relies on it. */
export const appRouter = router({
  ...featureRouters,
  auth: authRouter,
  documentKinds: documentKindsRouter,
  staff: staffRouter,
  reports: reportsRouter,
  audit: auditRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export const createCaller = createCallerFactory(appRouter);
