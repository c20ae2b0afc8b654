import { and, asc, count, desc, eq, gte, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { citizenReadActions, maskCprsIn, type AuditAction, maskedForAudit, type TAuditFilter, type TAuditListInput, type TCitizenReadsInput } from '@skranke/domain';
import type { Db, Queryable } from '../client.js';
import { listQuery, orderByOf, pageOf } from '../list.js';
import { auditLog, auditRetention, citizenCaseTables, staff } from '../schema.js';

export type AuditEntry = {
  staffId: number | null;
  action: AuditAction;
  entity: string;
  entityId?: string | number | null;
  purpose?: string | null;
  details?: Record<string, unknown> | null;
};

/** The one way anything is written to the audit log: every text in it is masked of CPR numbers before it is stored. */
export function appendAudit(db: Queryable, entry: AuditEntry, at: Date): void {
  db.insert(auditLog)
    .values({
      at,
      staffId: entry.staffId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      // [pub] Free text never brings a CPR number into the log, whatever the caller passed: masked here, once.
      purpose: entry.purpose == null ? null : maskCprsIn(entry.purpose),
      details: entry.details == null ? null : (maskedForAudit(entry.details) as Record<string, unknown>),
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

/** Writes the policy's retention where the append-only triggers read it; the database refuses one below its floor. */
export function setAuditRetention(db: Queryable, days: number): void {
  db.insert(auditRetention).values({ id: 1, days }).onConflictDoUpdate({ target: auditRetention.id, set: { days } }).run();
}

/** The cut-off in the database's own clock and retention row: the same expression the DELETE trigger checks. */
const retentionCutoff = sql`cast(strftime('%s', 'now') as integer) * 1000 - (select ${auditRetention.days} from ${auditRetention} where ${auditRetention.id} = 1) * 86400000`;

/**
 * [pub] Automatic deletion after the retention period: deletes entries older than it, a batch at a time so the
 * writer lock is never held long, and logs the purge itself. Returns how many entries were deleted.
 */
export function purgeExpiredAudit(db: Db, now: Date, batchSize = 1000): number {
  let deleted = 0;
  for (;;) {
    const batch = db.select({ id: auditLog.id }).from(auditLog).where(lt(auditLog.at, retentionCutoff)).orderBy(asc(auditLog.at)).limit(batchSize);
    const { changes } = db.delete(auditLog).where(inArray(auditLog.id, batch)).run();
    deleted += changes;
    if (changes < batchSize) break;
  }
  if (deleted > 0) appendAudit(db, { staffId: null, action: 'audit.purge', entity: 'auditLog', details: { deleted } }, now);
  return deleted;
}

/** Entries about a citizen: their record, entries that name them in their details, and entries about their cases. */
function aboutCitizenSql(db: Queryable, citizenId: number): SQL {
  const ownCases = Object.entries(citizenCaseTables).map(([entity, table]) =>
    and(
      eq(auditLog.entity, entity),
      inArray(auditLog.entityId, db.select({ id: sql<string>`cast(${table.id} as text)` }).from(table).where(eq(table.citizenId, citizenId))),
    ),
  );
  return or(
    and(eq(auditLog.entity, 'citizen'), eq(auditLog.entityId, String(citizenId))),
    // Written exactly as the expression index audit_details_citizen_idx, so SQLite can use it.
    sql`json_extract(${auditLog.details}, '$.citizenId') = ${citizenId}`,
    ...ownCases,
  )!;
}

/** The audit filters the database answers; a CPR number is resolved to the citizen (and logged) before this. */
export type AuditDbFilter = Exclude<TAuditFilter, { field: 'citizenCpr' }>;

function auditFilterSql(db: Queryable, filter: AuditDbFilter): SQL | undefined {
  switch (filter.field) {
    case 'staffId':
      return eq(auditLog.staffId, filter.value);
    case 'citizenId':
      return aboutCitizenSql(db, filter.value);
    case 'action':
      return Array.isArray(filter.value) ? inArray(auditLog.action, filter.value) : eq(auditLog.action, filter.value);
    case 'entity':
      return eq(auditLog.entity, filter.value);
    case 'at':
      return filter.operator === 'gte' ? gte(auditLog.at, filter.value) : lte(auditLog.at, filter.value);
  }
}

const auditColumns = {
  id: auditLog.id,
  at: auditLog.at,
  staffId: auditLog.staffId,
  staffName: staff.displayName,
  action: auditLog.action,
  entity: auditLog.entity,
  entityId: auditLog.entityId,
  purpose: auditLog.purpose,
  details: auditLog.details,
};

/** The audit viewer's filtered select, newest first unless sorted otherwise: paged for the viewer, all for export. */
export function auditQuery(db: Queryable, input: { filters: AuditDbFilter[]; sorters: TAuditListInput['sorters'] }) {
  const where = and(...input.filters.map((f) => auditFilterSql(db, f)));
  const orderBy = orderByOf(input.sorters, { at: auditLog.at }, [desc(auditLog.at)], auditLog.id, 'desc');
  return listQuery({
    columns: auditColumns,
    select: db.select(auditColumns).from(auditLog).leftJoin(staff, eq(staff.id, auditLog.staffId)).where(where).orderBy(...orderBy),
    count: () => db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0,
    toItem: (row) => row,
  });
}

export function listAudit(db: Queryable, input: { filters: AuditDbFilter[]; sorters: TAuditListInput['sorters']; pagination: TAuditListInput['pagination'] }) {
  return pageOf(input.pagination, auditQuery(db, input));
}

/** "Who looked at this citizen": every read of their record or of a case showing their card, newest first. */
export function citizenReads(db: Queryable, input: TCitizenReadsInput) {
  const where = and(inArray(auditLog.action, [...citizenReadActions]), aboutCitizenSql(db, input.citizenId));
  // The viewer's columns without the details: who read what and when is the whole answer.
  const { details: _details, ...columns } = auditColumns;
  return pageOf(
    input.pagination,
    listQuery({
      columns,
      select: db.select(columns).from(auditLog).leftJoin(staff, eq(staff.id, auditLog.staffId)).where(where).orderBy(desc(auditLog.at), desc(auditLog.id)),
      count: () => db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0,
      toItem: (row) => row,
    }),
  );
}

export type AuditListItem = ReturnType<typeof listAudit>['data'][number];
