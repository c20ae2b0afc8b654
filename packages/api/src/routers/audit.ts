import { ZAuditListInput, ZCitizenReadsInput, maskedForAudit } from '@skranke/domain';
import { appendAudit, citizenReads, findCitizen, listAudit } from '@skranke/db';
import { appError } from '../errors.js';
import { resolveAuditFilters } from '../services/auditFilters.js';
import { auditReaders, router, staffProcedure } from '../trpc.js';

/** [domain] The audit log is the supervisors' to read (admins manage accounts, not citizens' data). */
const supervisorProcedure = staffProcedure.meta({ access: auditReaders });

export const auditRouter = router({
  /** The audit viewer: newest first, filtered by staff member, citizen (by id or CPR), action, entity and time. */
  list: supervisorProcedure.input(ZAuditListInput).query(({ ctx, input }) => {
    const now = ctx.now();
    const resolved = resolveAuditFilters(ctx.db, ctx.staff, input.filters);
    const result = resolved.filters ? listAudit(ctx.db, { ...input, filters: resolved.filters }) : { data: [], total: 0 };
    // Reading the log is logged too, after the read so the viewer does not show its own entries first. Naming the
    // citizen in the details puts the read among the entries about them.
    if (resolved.search) appendAudit(ctx.db, resolved.search, now);
    appendAudit(
      ctx.db,
      { staffId: ctx.staff.id, action: 'audit.read', entity: 'auditLog', details: { filters: maskedForAudit(input.filters), citizenId: resolved.citizenId ?? undefined } },
      now,
    );
    return result;
  }),

  /** "Who looked at this citizen", from the citizen card. */
  citizenReads: supervisorProcedure.input(ZCitizenReadsInput).query(({ ctx, input }) => {
    if (!findCitizen(ctx.db, input.citizenId)) throw appError('NOT_FOUND', 'error.notFound');
    const result = citizenReads(ctx.db, input);
    appendAudit(ctx.db, { staffId: ctx.staff.id, action: 'audit.read', entity: 'auditLog', details: { view: 'citizenReads', citizenId: input.citizenId } }, ctx.now());
    return result;
  }),
});
