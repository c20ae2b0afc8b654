import type { TVisitListInput } from '@skranke/domain';
import { visitsQuery } from '@skranke/db';
import { listExport } from '../../exports/define.js';
import { danishDate } from '../../exports/format.js';
import { visitsRouter } from './router.js';

/** Counter visits as CSV: the list's rows, every one, with Danish headers. */
export const visitsExport = listExport(visitsRouter.list, (ctx, input: TVisitListInput) => visitsQuery(ctx.db, input))([
  { header: 'ID', value: (v) => v.id },
  { header: 'Dato', value: (v) => danishDate(v.day) },
  { header: 'Start', value: (v) => v.startedAt },
  { header: 'Afsluttet', value: (v) => v.closedAt },
  { header: 'Borger', value: (v) => v.citizenName },
  { header: 'CPR-nr.', value: (v) => v.citizenCprMasked },
  { header: 'Sagsbehandler', value: (v) => v.caseworkerName },
  { header: 'Ydelse', value: (v) => v.service },
  { header: 'Metode', value: (v) => v.method },
  { header: 'Ønsket sikringsniveau', value: (v) => v.targetLevel },
  { header: 'Opnået sikringsniveau', value: (v) => v.level },
  { header: 'Udfald', value: (v) => v.outcome },
]);
