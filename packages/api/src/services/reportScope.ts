import type { StaffMember } from '@skranke/db';
import { appError } from '../errors.js';

/**
 * [issue] Supervisors read reports for anyone; a caseworker sees their own figures only: naming nobody means
 * themselves, naming a colleague is refused. The CSV export of a report goes through the same scope.
 */
export function scopeReport<R extends { caseworkerId: number | null }>(staff: StaffMember, range: R): R {
  if (staff.role === 'supervisor') return range;
  if (range.caseworkerId !== null && range.caseworkerId !== staff.id) throw appError('FORBIDDEN', 'auth.forbidden', { field: 'caseworkerId' });
  return { ...range, caseworkerId: staff.id };
}
