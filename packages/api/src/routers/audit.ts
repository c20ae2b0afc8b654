import { ZAuditListInput, ZCitizenReadsInput, maskCpr, maskedForAudit, type TAuditFilter } from '@skranke/domain';
import { appendAudit, citizenReads, findCitizen, findCitizenByCpr, listAudit, type AuditDbFilter, type AuditEntry, type Queryable, type StaffMember } from '@skranke/db';
import { appError } from '../errors.js';
import { router, staffProcedure } from '../trpc.js';

/** [domain] The audit log is the supervisors' to read (admins manage accounts, not citizens' data). */
export const auditReaders = ['supervisor'] as const;
const supervisorProcedure = staffProcedure.meta({ access: auditReaders });

/**
 * A CPR filter becomes a filter on the citizen who has that number. The search is itself logged with the number
 * masked [pub], whether or not anybody has it: the caller appends `search` (after reading, so the viewer does not
 * list its own search first). `filters` is null when nobody has the number: nothing can match.
 */
export function resolveAuditFilters(db: Queryable, staff: StaffMember, filters: TAuditFilter[]): { filters: AuditDbFilter[] | null; citizenId: number | null; search: AuditEntry | null } {
  const rest = filters.filter((f): f is AuditDbFilter => f.field !== 'citizenCpr');
  const cprFilter = filters.find((f) => f.field === 'citizenCpr');
  if (!cprFilter) return { filters: rest, citizenId: rest.find((f) => f.field === 'citizenId')?.value ?? null, search: null };
  const citizen = findCitizenByCpr(db, cprFilter.value);
  const search: AuditEntry = { staffId: staff.id, action: 'audit.search', entity: 'citizen', entityId: citizen?.id ?? null, details: { criterion: maskCpr(cprFilter.value) } };
  if (!citizen) return { filters: null, citizenId: null, search };
  return { filters: [...rest, { field: 'citizenId', operator: 'eq', value: citizen.id }], citizenId: citizen.id, search };
}

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
