/**
 * A complaint's vocabularies and workflow, apart from its zod schemas (complaint.ts): a browser page that only lists
 * complaints then loads neither zod nor the schemas.
 */
import { daysBetween, type IsoDate } from '../isoDate.js';
import type { Policy } from '../policy.js';

export const complaintChannels = ['counter', 'phone', 'email', 'letter'] as const;
export const complaintSubjects = ['refusalToIssue', 'unrequestedBlock', 'other'] as const;
export const complaintSchemes = ['nemId', 'mitId'] as const;
export const complaintStatuses = ['received', 'inProgress', 'forwarded', 'answered', 'closed'] as const;
export type ComplaintStatus = (typeof complaintStatuses)[number];

/** [seed] How a complaint reaches Digitaliseringsstyrelsen. */
export const forwardingChannels = ['phone', 'email', 'letter'] as const;
export type ForwardingChannel = (typeof forwardingChannels)[number];
export const digitaliseringsstyrelsen = {
  phone: '33 92 52 00',
  email: 'info@digst.dk',
  letterTitle: 'Klage over NemID',
  address: ['Digitaliseringsstyrelsen', 'Landgreven 4', '1301 København'],
} as const;

/**
 * The workflow: received → in progress → forwarded → answered → closed, and reopening a closed case.
 * [policy] Shortcuts a real case takes: answering without forwarding, closing a withdrawn complaint early.
 */
export const complaintTransitions: Record<ComplaintStatus, readonly ComplaintStatus[]> = {
  received: ['inProgress', 'closed'],
  inProgress: ['forwarded', 'answered', 'closed'],
  forwarded: ['answered', 'inProgress'],
  answered: ['closed', 'inProgress'],
  closed: ['inProgress'],
};

export function canTransition(from: ComplaintStatus, to: ComplaintStatus): boolean {
  return complaintTransitions[from].includes(to);
}

/** Statuses in which the complainant is still waiting for an answer. */
export const awaitingAnswer: readonly ComplaintStatus[] = ['received', 'inProgress', 'forwarded'];

/** [policy] Overdue after the policy's days without an answer (no statutory deadline exists [pub]). */
export function isComplaintOverdue(status: ComplaintStatus, receivedOn: IsoDate, today: IsoDate, policy: Policy): boolean {
  return awaitingAnswer.includes(status) && daysBetween(receivedOn, today) > policy.complaintOverdueDays;
}

/** Days from receipt until closed, or until today while open. */
export function complaintDaysOpen(receivedOn: IsoDate, closedOn: IsoDate | null, today: IsoDate): number {
  return daysBetween(receivedOn, closedOn ?? today);
}
