import { policy, type TComplaintListInput } from '@skranke/domain';
import { complaintsQuery } from '@skranke/db';
import { listExport } from '../../exports/define.js';
import { term } from '../../exports/format.js';
import { complaintsRouter } from './router.js';

/** Complaints as CSV: the list's rows, every one, headed and worded as the screens in the reader's language. */
export const complaintsExport = listExport(complaintsRouter.list, (ctx, input: TComplaintListInput) => complaintsQuery(ctx.db, input, ctx.now, policy))([
  { header: 'complaints.fields.id', value: (c) => c.id },
  { header: 'complaints.fields.receivedAt', value: (c) => c.receivedAt },
  { header: 'complaints.fields.channel', value: (c) => term('complaints.channel', c.channel) },
  { header: 'complaints.fields.subject', value: (c) => term('complaints.subject', c.subject) },
  { header: 'complaints.fields.scheme', value: (c) => term('complaints.scheme', c.scheme) },
  { header: 'complaints.fields.complainantName', value: (c) => c.complainantName },
  { header: 'complaints.fields.status', value: (c) => term('complaints.status', c.status) },
  { header: 'complaints.fields.assignee', value: (c) => c.assigneeName },
  { header: 'complaints.fields.daysOpen', value: (c) => c.daysOpen },
  { header: 'complaints.fields.overdue', value: (c) => c.overdue },
  { header: 'complaints.fields.closedAt', value: (c) => c.closedAt },
  { header: 'complaints.fields.updatedAt', value: (c) => c.updatedAt },
]);
