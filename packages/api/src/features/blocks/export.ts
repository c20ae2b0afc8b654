import type { TBlockListInput } from '@skranke/domain';
import { blocksQuery } from '@skranke/db';
import { listExport } from '../../exports/define.js';
import { danishDate } from '../../exports/format.js';
import { blocksRouter } from './router.js';

/** Blocking requests as CSV: the list's rows, every one, with Danish headers. */
export const blocksExport = listExport(blocksRouter.list, (ctx, input: TBlockListInput) => blocksQuery(ctx.db, input))([
  { header: 'ID', value: (b) => b.id },
  { header: 'Borger', value: (b) => b.citizenName },
  { header: 'CPR-nr.', value: (b) => b.citizenCprMasked },
  { header: 'Loginmiddel', value: (b) => b.credential },
  { header: 'Status', value: (b) => b.status },
  { header: 'Mistanke', value: (b) => b.misuse },
  { header: 'Anmeldt', value: (b) => danishDate(b.reportedOn) },
  { header: 'Spærret via', value: (b) => b.route },
  { header: 'Politianmeldelse', value: (b) => b.policeReport },
  { header: 'Koder tilbagekaldt', value: (b) => b.codesRevoked },
  { header: 'Modtaget', value: (b) => b.createdAt },
  { header: 'Modtaget af', value: (b) => b.createdByName },
]);
