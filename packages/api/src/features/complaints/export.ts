import { policy, type TComplaintListInput } from '@skranke/domain';
import { complaintsQuery } from '@skranke/db';
import { listExport } from '../../exports/define.js';
import { complaintsRouter } from './router.js';

/** Complaints as CSV: the list's rows, every one, with Danish headers. */
export const complaintsExport = listExport(complaintsRouter.list, (ctx, input: TComplaintListInput) => complaintsQuery(ctx.db, input, ctx.now, policy))([
  { header: 'ID', value: (c) => c.id },
  { header: 'Modtaget', value: (c) => c.receivedAt },
  { header: 'Kanal', value: (c) => c.channel },
  { header: 'Emne', value: (c) => c.subject },
  { header: 'Ordning', value: (c) => c.scheme },
  { header: 'Klager', value: (c) => c.complainantName },
  { header: 'Status', value: (c) => c.status },
  { header: 'Sagsbehandler', value: (c) => c.assigneeName },
  { header: 'Dage åben', value: (c) => c.daysOpen },
  { header: 'Overskredet', value: (c) => c.overdue },
  { header: 'Afsluttet', value: (c) => c.closedAt },
  { header: 'Senest ændret', value: (c) => c.updatedAt },
]);
