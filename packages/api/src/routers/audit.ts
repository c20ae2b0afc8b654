import { z } from 'zod';
import { ZAuditListInput, ZCitizenReadsInput, maskedForAudit } from '@skranke/domain';
import { appendAudit, citizenReads, findCitizen, listAudit } from '@skranke/db';
import { appError } from '../errors.js';
import { listResult } from '../outputs.js';
import { resolveAuditFilters } from '../services/auditFilters.js';
import { auditReaders, router, staffProcedure } from '../trpc.js';

/** [domain] The audit log is the supervisors' to read (admins manage accounts, not citizens' data). */
const supervisorProcedure = staffProcedure.meta({ access: auditReaders });

/** Who read which citizen's record or case, and when: the answer to "who looked at this citizen". */
const ZCitizenRead = z.object({
  id: z.number(),
  at: z.date(),
  staffId: z.number().nullable(),
  staffName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  purpose: z.string().nullable(),
});

/** An audit entry in the viewer; its details were masked of CPR numbers when they were written. */
const ZAuditEntry = ZCitizenRead.extend({ details: z.record(z.string(), z.unknown()).nullable() });

export const auditRouter = router({
  /** The audit viewer: newest first, filtered by staff member, citizen (by id or CPR), action, entity and time. */
  list: supervisorProcedure.input(ZAuditListInput).output(listResult(ZAuditEntry)).query(({ ctx, input }) => {
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
  citizenReads: supervisorProcedure.input(ZCitizenReadsInput).output(listResult(ZCitizenRead)).query(({ ctx, input }) => {
    if (!findCitizen(ctx.db, input.citizenId)) throw appError('NOT_FOUND', 'error.notFound');
    const result = citizenReads(ctx.db, input);
    appendAudit(ctx.db, { staffId: ctx.staff.id, action: 'audit.read', entity: 'auditLog', details: { view: 'citizenReads', citizenId: input.citizenId } }, ctx.now());
    return result;
  }),
});
