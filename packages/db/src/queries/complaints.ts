import { and, asc, count, eq, inArray, lt, not, type SQL } from 'drizzle-orm';
import {
  addDays,
  awaitingAnswer,
  complaintDaysOpen,
  isComplaintOverdue,
  todayIso,
  type Policy,
  type TComplaintData,
  type TComplaintFilter,
  type TComplaintListInput,
} from '@skranke/domain';
import type { Queryable } from '../client.js';
import { listQuery, orderByOf, pageOf } from '../list.js';
import { complaintAttachments, complaintEvents, complaints, staff, type ComplaintRow } from '../schema.js';

/**
 * Overdue in SQL terms: still awaiting an answer, and received more than the policy's days before today. The one
 * SQL form of `isComplaintOverdue`, for the list's filter and the reports alike.
 */
export function complaintOverdueSql(today: string, policy: Policy): SQL {
  return and(
    inArray(complaints.status, [...awaitingAnswer]),
    lt(complaints.receivedDay, addDays(today, -policy.complaintOverdueDays)),
  )!;
}

function complaintFilterSql(filter: TComplaintFilter, today: string, policy: Policy): SQL | undefined {
  switch (filter.field) {
    case 'status':
      return Array.isArray(filter.value) ? inArray(complaints.status, filter.value) : eq(complaints.status, filter.value);
    case 'subject':
      return eq(complaints.subject, filter.value);
    case 'assigneeId':
      return eq(complaints.assigneeId, filter.value);
    case 'citizenId':
      return eq(complaints.citizenId, filter.value);
    case 'overdue':
      return filter.value ? complaintOverdueSql(today, policy) : not(complaintOverdueSql(today, policy));
  }
}

/** Flags computed from the dates on every read, never stored: they change as days pass. */
export function withDeadlines<T extends Pick<ComplaintRow, 'status' | 'receivedDay' | 'closedAt'>>(row: T, now: Date, policy: Policy) {
  const today = todayIso(now);
  return {
    ...row,
    overdue: isComplaintOverdue(row.status, row.receivedDay, today, policy),
    daysOpen: complaintDaysOpen(row.receivedDay, row.closedAt ? todayIso(row.closedAt) : null, today),
  };
}

const listColumns = {
  id: complaints.id,
  receivedAt: complaints.receivedAt,
  receivedDay: complaints.receivedDay,
  channel: complaints.channel,
  subject: complaints.subject,
  scheme: complaints.scheme,
  complainantName: complaints.complainantName,
  status: complaints.status,
  assigneeId: complaints.assigneeId,
  assigneeName: staff.displayName,
  closedAt: complaints.closedAt,
  updatedAt: complaints.updatedAt,
};

/** The complaints list's filtered, ordered select: one page for `complaints.list`, every row for the export. */
export function complaintsQuery(db: Queryable, input: Pick<TComplaintListInput, 'filters' | 'sorters'>, now: Date, policy: Policy) {
  const today = todayIso(now);
  const where = and(...input.filters.map((f) => complaintFilterSql(f, today, policy)));
  const orderBy = orderByOf(
    input.sorters,
    { receivedAt: complaints.receivedAt, updatedAt: complaints.updatedAt, status: complaints.status },
    [asc(complaints.receivedAt)],
    complaints.id,
  );
  return listQuery({
    columns: listColumns,
    select: db.select(listColumns).from(complaints).leftJoin(staff, eq(staff.id, complaints.assigneeId)).where(where).orderBy(...orderBy),
    count: () => db.select({ n: count() }).from(complaints).where(where).get()?.n ?? 0,
    toItem: (row) => withDeadlines(row, now, policy),
  });
}

export function listComplaints(db: Queryable, input: TComplaintListInput, now: Date, policy: Policy) {
  return pageOf(input.pagination, complaintsQuery(db, input, now, policy));
}

export function findComplaint(db: Queryable, id: number): ComplaintRow | undefined {
  return db.select().from(complaints).where(eq(complaints.id, id)).get();
}

export function insertComplaint(db: Queryable, data: TComplaintData, by: number, now: Date): ComplaintRow {
  return db
    .insert(complaints)
    .values({ ...data, receivedAt: now, receivedDay: todayIso(now), createdBy: by, updatedAt: now })
    .returning()
    .get();
}

export function updateComplaint(db: Queryable, id: number, set: Partial<typeof complaints.$inferInsert>, now: Date): ComplaintRow {
  return db.update(complaints).set({ ...set, updatedAt: now }).where(eq(complaints.id, id)).returning().get()!;
}

/** The fields whose values differ, as field → [before, after], for the timeline. */
export function changesBetween<T extends Record<string, unknown>>(before: T, after: T, fields: (keyof T & string)[]) {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const field of fields) if (before[field] !== after[field]) changes[field] = [before[field], after[field]];
  return changes;
}

export function addComplaintEvent(db: Queryable, event: typeof complaintEvents.$inferInsert): void {
  db.insert(complaintEvents).values(event).run();
}

export function complaintTimeline(db: Queryable, complaintId: number) {
  return db
    .select({
      id: complaintEvents.id,
      at: complaintEvents.at,
      kind: complaintEvents.kind,
      staffName: staff.displayName,
      comment: complaintEvents.comment,
      changes: complaintEvents.changes,
    })
    .from(complaintEvents)
    .innerJoin(staff, eq(staff.id, complaintEvents.staffId))
    .where(eq(complaintEvents.complaintId, complaintId))
    .orderBy(asc(complaintEvents.at), asc(complaintEvents.id))
    .all();
}

export function addComplaintAttachment(db: Queryable, attachment: typeof complaintAttachments.$inferInsert): number {
  return db.insert(complaintAttachments).values(attachment).returning({ id: complaintAttachments.id }).get().id;
}

/** Attachment metadata only; the content is fetched one file at a time. */
export function complaintAttachmentList(db: Queryable, complaintId: number) {
  return db
    .select({ id: complaintAttachments.id, fileName: complaintAttachments.fileName, mimeType: complaintAttachments.mimeType, size: complaintAttachments.size, uploadedAt: complaintAttachments.uploadedAt })
    .from(complaintAttachments)
    .where(eq(complaintAttachments.complaintId, complaintId))
    .orderBy(asc(complaintAttachments.id))
    .all();
}

export function findComplaintAttachment(db: Queryable, id: number) {
  return db.select().from(complaintAttachments).where(eq(complaintAttachments.id, id)).get();
}

export type ComplaintListItem = ReturnType<typeof listComplaints>['data'][number];
