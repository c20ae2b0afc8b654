import type { TExemptionListInput } from '@skranke/domain';
import { exemptionsQuery } from '@skranke/db';
import { listExport } from '../../exports/define.js';
import { exemptionsRouter } from './router.js';

/** Digital Post exemption requests as CSV: the list's rows, every one, with Danish headers. */
export const exemptionsExport = listExport(exemptionsRouter.list, (ctx, input: TExemptionListInput) => exemptionsQuery(ctx.db, input))([
  { header: 'ID', value: (e) => e.id },
  { header: 'Borger', value: (e) => e.citizenName },
  { header: 'CPR-nr.', value: (e) => e.citizenCprMasked },
  { header: 'Ansøger', value: (e) => e.capacity },
  { header: 'Grund', value: (e) => e.groundLabelDa },
  { header: 'Status', value: (e) => e.status },
  { header: 'Anmodet', value: (e) => e.requestedAt },
  { header: 'Afgjort', value: (e) => e.decidedAt },
]);
