import type { z } from 'zod';
import {
  ZComplaintInput,
  attachmentFileName,
  canTransition,
  policy,
  sniffAttachmentType,
  type TComplaintData,
  type ZComplaintAssign,
  type ZComplaintComment,
  type ZComplaintTransition,
} from '@skranke/domain';
import {
  addComplaintAttachment,
  addComplaintEvent,
  appendAudit,
  changesBetween,
  complaintAttachmentList,
  complaintTimeline,
  findCitizen,
  findComplaint,
  findComplaintAttachment,
  findStaffById,
  findVisit,
  insertComplaint,
  updateComplaint,
  withDeadlines,
  type Db,
  type Queryable,
  type StaffMember,
} from '@skranke/db';
import { appError, orNotFound } from '../../errors.js';
import { citizenCard } from '../citizens/card.js';

const editableFields = Object.keys(ZComplaintInput.shape) as (keyof TComplaintData)[];

/** A linked citizen and visit must exist, and the visit must be that citizen's. */
function checkLinks(db: Queryable, data: TComplaintData): void {
  if (data.citizenId && !findCitizen(db, data.citizenId)) throw appError('NOT_FOUND', 'error.notFound', { field: 'citizenId' });
  if (data.visitId) {
    const visit = findVisit(db, data.visitId)?.visit;
    if (!visit || (data.citizenId && visit.citizenId !== data.citizenId)) throw appError('NOT_FOUND', 'error.notFound', { field: 'visitId' });
  }
}

export function readComplaint(db: Queryable, actor: StaffMember, id: number, now: Date) {
  const complaint = orNotFound(findComplaint(db, id));
  appendAudit(db, { staffId: actor.id, action: 'complaint.read', entity: 'complaint', entityId: complaint.id }, now);
  const citizen = complaint.citizenId ? findCitizen(db, complaint.citizenId) : undefined;
  return {
    ...withDeadlines(complaint, now, policy),
    assigneeName: complaint.assigneeId ? (findStaffById(db, complaint.assigneeId)?.displayName ?? null) : null,
    citizen: citizen ? citizenCard(db, citizen, now) : null,
    timeline: complaintTimeline(db, complaint.id),
    attachments: complaintAttachmentList(db, complaint.id),
  };
}

export function receiveComplaint(db: Db, actor: StaffMember, input: TComplaintData, now: Date) {
  return db.transaction((tx) => {
    checkLinks(tx, input);
    const complaint = insertComplaint(tx, input, actor.id, now);
    addComplaintEvent(tx, { complaintId: complaint.id, at: now, staffId: actor.id, kind: 'created' });
    appendAudit(tx, { staffId: actor.id, action: 'complaint.create', entity: 'complaint', entityId: complaint.id }, now);
    return { id: complaint.id };
  });
}

export function editComplaint(db: Db, actor: StaffMember, input: { id: number; data: TComplaintData }, now: Date) {
  return db.transaction((tx) => {
    const before = orNotFound(findComplaint(tx, input.id));
    checkLinks(tx, input.data);
    const after = updateComplaint(tx, before.id, input.data, now);
    const changes = changesBetween(before, after, editableFields);
    if (Object.keys(changes).length) {
      addComplaintEvent(tx, { complaintId: before.id, at: now, staffId: actor.id, kind: 'updated', changes });
      appendAudit(tx, { staffId: actor.id, action: 'complaint.update', entity: 'complaint', entityId: before.id, details: { changed: Object.keys(changes) } }, now);
    }
    return { id: before.id };
  });
}

/** Bulk: one assignee for every selected complaint (null takes the assignment away). */
export function assignComplaints(db: Db, actor: StaffMember, input: z.output<typeof ZComplaintAssign>, now: Date) {
  return db.transaction((tx) => {
    const assignee = input.assigneeId ? findStaffById(tx, input.assigneeId) : null;
    if (input.assigneeId && (!assignee || !assignee.active || assignee.role === 'admin')) {
      throw appError('NOT_FOUND', 'error.notFound', { field: 'assigneeId' });
    }
    for (const id of input.ids) {
      const before = orNotFound(findComplaint(tx, id));
      if (before.assigneeId === input.assigneeId) continue;
      const previous = before.assigneeId ? (findStaffById(tx, before.assigneeId)?.displayName ?? null) : null;
      updateComplaint(tx, id, { assigneeId: input.assigneeId }, now);
      addComplaintEvent(tx, { complaintId: id, at: now, staffId: actor.id, kind: 'assigned', changes: { assignee: [previous, assignee?.displayName ?? null] } });
      appendAudit(tx, { staffId: actor.id, action: 'complaint.assign', entity: 'complaint', entityId: id, details: { assigneeId: input.assigneeId } }, now);
    }
    return { assigned: input.ids.length };
  });
}

export function transitionComplaint(db: Db, actor: StaffMember, input: z.output<typeof ZComplaintTransition>, now: Date) {
  return db.transaction((tx) => {
    const before = orNotFound(findComplaint(tx, input.id));
    if (!canTransition(before.status, input.to)) {
      throw appError('CONFLICT', 'complaint.illegalTransition', {
        params: { from: `complaint.status.${before.status}`, to: `complaint.status.${input.to}` },
        field: 'to',
      });
    }
    const after = updateComplaint(
      tx,
      before.id,
      {
        status: input.to,
        ...(input.to === 'forwarded' ? { forwardedVia: input.forwardedVia } : {}),
        closedAt: input.to === 'closed' ? now : null,
      },
      now,
    );
    const changes = changesBetween(before, after, ['status', 'forwardedVia']);
    addComplaintEvent(tx, { complaintId: before.id, at: now, staffId: actor.id, kind: 'transition', changes, comment: input.comment });
    appendAudit(tx, { staffId: actor.id, action: 'complaint.transition', entity: 'complaint', entityId: before.id, details: { from: before.status, to: input.to } }, now);
    return { id: before.id, status: after.status };
  });
}

export function commentOnComplaint(db: Db, actor: StaffMember, input: z.output<typeof ZComplaintComment>, now: Date) {
  return db.transaction((tx) => {
    const complaint = orNotFound(findComplaint(tx, input.id));
    updateComplaint(tx, complaint.id, {}, now);
    addComplaintEvent(tx, { complaintId: complaint.id, at: now, staffId: actor.id, kind: 'comment', comment: input.comment });
    appendAudit(tx, { staffId: actor.id, action: 'complaint.comment', entity: 'complaint', entityId: complaint.id }, now);
    return { id: complaint.id };
  });
}

/** [policy] PDF, JPEG or PNG, recognised by content; size and count limited by the policy. */
export function attachToComplaint(db: Db, actor: StaffMember, input: { id: number; fileName: string; contentBase64: string }, now: Date) {
  const content = Buffer.from(input.contentBase64, 'base64');
  if (content.length > policy.attachmentMaxBytes) {
    throw appError('BAD_REQUEST', 'complaint.attachmentTooLarge', { field: 'file', params: { megabytes: policy.attachmentMaxBytes / 1024 / 1024 } });
  }
  const mimeType = sniffAttachmentType(content);
  if (!mimeType) throw appError('BAD_REQUEST', 'complaint.attachmentType', { field: 'file' });
  const fileName = attachmentFileName(input.fileName, mimeType);
  return db.transaction((tx) => {
    const complaint = orNotFound(findComplaint(tx, input.id));
    if (complaintAttachmentList(tx, complaint.id).length >= policy.attachmentMaxCount) {
      throw appError('BAD_REQUEST', 'complaint.attachmentLimit', { field: 'file', params: { count: policy.attachmentMaxCount } });
    }
    const attachmentId = addComplaintAttachment(tx, { complaintId: complaint.id, fileName, mimeType, size: content.length, content, uploadedBy: actor.id, uploadedAt: now });
    addComplaintEvent(tx, { complaintId: complaint.id, at: now, staffId: actor.id, kind: 'attachment', comment: fileName });
    appendAudit(tx, { staffId: actor.id, action: 'complaint.attach', entity: 'complaint', entityId: complaint.id, details: { attachmentId } }, now);
    return { id: attachmentId, mimeType, size: content.length };
  });
}

export function readComplaintAttachment(db: Queryable, actor: StaffMember, id: number, now: Date) {
  const attachment = orNotFound(findComplaintAttachment(db, id));
  appendAudit(db, { staffId: actor.id, action: 'complaint.attachmentRead', entity: 'complaint', entityId: attachment.complaintId, details: { attachmentId: attachment.id } }, now);
  return { fileName: attachment.fileName, mimeType: attachment.mimeType, contentBase64: attachment.content.toString('base64') };
}
