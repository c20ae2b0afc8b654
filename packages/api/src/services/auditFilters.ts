import { maskCpr, type TAuditFilter } from '@skranke/domain';
import { findCitizenByCpr, type AuditDbFilter, type AuditEntry, type Queryable, type StaffMember } from '@skranke/db';

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
