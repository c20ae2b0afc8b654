import { ZId, ZStaffCreate, ZStaffListInput, ZStaffUpdate } from '@skranke/domain';
import {
  createStaffMember,
  deactivateStaffMember,
  listStaffMembers,
  reactivateStaffMember,
  readStaffMember,
  resetStaffPassword,
  updateStaffMember,
} from '../staff/services.js';
import { ZOneTimePassword, ZStaffAccount, ZStaffChanged, ZStaffCreated, ZStaffList } from '../staff/outputs.js';
import { accountAdmins, allStaff, router, staffProcedure } from '../trpc.js';

const adminProcedure = staffProcedure.meta({ access: accountAdmins });

export const staffRouter = router({
  /** Colleagues' names and roles for everyone (list filters such as "caseworker"); the accounts for admins. */
  list: staffProcedure
    .meta({ access: allStaff })
    .input(ZStaffListInput)
    .output(ZStaffList)
    .query(({ ctx, input }) => listStaffMembers(ctx.db, ctx.staff, input)),

  get: adminProcedure
    .input(ZId)
    .output(ZStaffAccount)
    .query(({ ctx, input }) => readStaffMember(ctx.db, input.id)),

  create: adminProcedure
    .input(ZStaffCreate)
    .output(ZStaffCreated)
    .mutation(({ ctx, input }) => createStaffMember(ctx.db, ctx.staff, input, ctx.now())),

  update: adminProcedure
    .input(ZStaffUpdate)
    .output(ZStaffChanged)
    .mutation(({ ctx, input }) => updateStaffMember(ctx.db, ctx.staff, input, ctx.now())),

  deactivate: adminProcedure
    .input(ZId)
    .output(ZStaffChanged)
    .mutation(({ ctx, input }) => deactivateStaffMember(ctx.db, ctx.staff, input.id, ctx.now())),

  reactivate: adminProcedure
    .input(ZId)
    .output(ZStaffChanged)
    .mutation(({ ctx, input }) => reactivateStaffMember(ctx.db, ctx.staff, input.id, ctx.now())),

  resetPassword: adminProcedure
    .input(ZId)
    .output(ZOneTimePassword)
    .mutation(({ ctx, input }) => resetStaffPassword(ctx.db, ctx.staff, input.id, ctx.now())),
});
