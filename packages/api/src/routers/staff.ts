import { ZStaffListInput } from '@skranke/domain';
import { listStaff } from '@skranke/db';
import { allStaff, router, staffProcedure } from '../trpc.js';

export const staffRouter = router({
  /** Colleagues' names and roles, for list filters such as "caseworker". */
  list: staffProcedure
    .meta({ access: allStaff })
    .input(ZStaffListInput)
    .query(({ ctx, input }) => listStaff(ctx.db, input)),
});
