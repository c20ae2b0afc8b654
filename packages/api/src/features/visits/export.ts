import type { TVisitListInput } from '@skranke/domain';
import { visitsQuery } from '@skranke/db';
import { listExport } from '../../exports/define.js';
import { day, term } from '../../exports/format.js';
import { visitsRouter } from './router.js';

/** Counter visits as CSV: the list's rows, every one, headed and worded as the screens in the reader's language. */
export const visitsExport = listExport(visitsRouter.list, (ctx, input: TVisitListInput) => visitsQuery(ctx.db, input))([
  { header: 'visits.fields.id', value: (v) => v.id },
  { header: 'visits.fields.day', value: (v) => day(v.day) },
  { header: 'visits.fields.startedAt', value: (v) => v.startedAt },
  { header: 'visits.fields.closedAt', value: (v) => v.closedAt },
  { header: 'visits.fields.citizen', value: (v) => v.citizenName },
  { header: 'citizens.fields.cpr', value: (v) => v.citizenCprMasked },
  { header: 'visits.fields.caseworker', value: (v) => v.caseworkerName },
  { header: 'visits.fields.service', value: (v) => term('visits.service', v.service) },
  { header: 'visits.fields.method', value: (v) => term('visits.method', v.method) },
  { header: 'visits.fields.targetLevel', value: (v) => term('visits.level', v.targetLevel) },
  { header: 'visits.fields.level', value: (v) => term('visits.level', v.level) },
  { header: 'visits.fields.outcome', value: (v) => term('visits.outcome', v.outcome) },
]);
