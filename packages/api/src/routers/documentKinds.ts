import { listDocumentKinds } from '@skranke/db';
import { counterProcedure, router } from '../trpc.js';

/** The identity documents of the reference data, for the counter's picker and for naming documents already shown. */
export const documentKindsRouter = router({
  list: counterProcedure.query(({ ctx }) => listDocumentKinds(ctx.db, { activeOnly: false })),
});
