import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { authRouter } from './routers/auth.js';
import { auditRouter } from './routers/audit.js';
import { blocksRouter } from './routers/blocks.js';
import { citizensRouter } from './routers/citizens.js';
import { codesRouter } from './routers/codes.js';
import { complaintsRouter } from './routers/complaints.js';
import { documentKindsRouter } from './routers/documentKinds.js';
import { exemptionsRouter } from './routers/exemptions.js';
import { readAccessRouter } from './routers/readAccess.js';
import { reportsRouter } from './routers/reports.js';
import { staffRouter } from './routers/staff.js';
import { visitsRouter } from './routers/visits.js';
import { createCallerFactory, router } from './trpc.js';

/** Case-type routers share the `list / get / create / update` shape; the web app's data provider relies on it. */
export const appRouter = router({
  auth: authRouter,
  citizens: citizensRouter,
  visits: visitsRouter,
  documentKinds: documentKindsRouter,
  complaints: complaintsRouter,
  exemptions: exemptionsRouter,
  readAccess: readAccessRouter,
  codes: codesRouter,
  blocks: blocksRouter,
  staff: staffRouter,
  reports: reportsRouter,
  audit: auditRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export const createCaller = createCallerFactory(appRouter);
