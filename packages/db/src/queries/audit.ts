import { and, asc, eq } from 'drizzle-orm';
import type { Queryable } from '../client.js';
import { auditLog, staff } from '../schema.js';

export type AuditEntry = {
  staffId: number | null;
  action: string;
  entity: string;
  entityId?: string | number | null;
  purpose?: string | null;
  details?: Record<string, unknown> | null;
};

/** The one way anything is written to the audit log. Callers pass ids and masked values only. */
export function appendAudit(db: Queryable, entry: AuditEntry, at: Date): void {
  db.insert(auditLog)
    .values({
      at,
      staffId: entry.staffId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      purpose: entry.purpose ?? null,
      details: entry.details ?? null,
    })
    .run();
}

/** Who did what to one record, oldest first, with the staff member's name. */
export function auditTrail(db: Queryable, entity: string, entityId: string | number) {
  return db
    .select({ at: auditLog.at, action: auditLog.action, staffName: staff.displayName, details: auditLog.details })
    .from(auditLog)
    .leftJoin(staff, eq(staff.id, auditLog.staffId))
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, String(entityId))))
    .orderBy(asc(auditLog.at), asc(auditLog.id))
    .all();
}
