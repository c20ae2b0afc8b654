import type { Queryable } from '../client.js';
import { auditLog } from '../schema.js';

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
