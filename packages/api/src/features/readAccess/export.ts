import type { TReadAccessListInput } from '@skranke/domain';
import { readAccessesQuery } from '@skranke/db';
import { listExport } from '../../exports/define.js';
import { danishDate } from '../../exports/format.js';
import { readAccessRouter } from './router.js';

/** Read accesses as CSV: the list's rows, every one, with Danish headers. */
export const readAccessExport = listExport(readAccessRouter.list, (ctx, input: TReadAccessListInput) => readAccessesQuery(ctx.db, input, ctx.now))([
  { header: 'ID', value: (r) => r.id },
  { header: 'Borger-ID', value: (r) => r.citizenId },
  { header: 'Modtager', value: (r) => r.receiverName },
  { header: 'Modtagers CPR-nr.', value: (r) => r.receiverCprMasked },
  { header: 'Rettigheder', value: (r) => r.rights },
  { header: 'Slutdato', value: (r) => danishDate(r.endsOn) },
  { header: 'Status', value: (r) => r.status },
  { header: 'Oprettet', value: (r) => r.createdAt },
  { header: 'Aktiveret', value: (r) => r.activatedAt },
  { header: 'Tilbagekaldt', value: (r) => r.revokedAt },
]);
