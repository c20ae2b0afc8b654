import type { TExemptionListInput } from '@skranke/domain';
import { exemptionsQuery } from '@skranke/db';
import { listExport } from '../../exports/define.js';
import { term } from '../../exports/format.js';
import { exemptionsRouter } from './router.js';

/** Digital Post exemption requests as CSV: the list's rows, every one, headed and worded as the screens in the reader's language. */
export const exemptionsExport = listExport(exemptionsRouter.list, (ctx, input: TExemptionListInput) => exemptionsQuery(ctx.db, input))([
  { header: 'exemptions.fields.id', value: (e) => e.id },
  { header: 'exemptions.fields.citizen', value: (e) => e.citizenName },
  { header: 'citizens.fields.cpr', value: (e) => e.citizenCprMasked },
  { header: 'exemptions.fields.capacity', value: (e) => term('exemptions.capacity', e.capacity) },
  { header: 'exemptions.fields.ground', value: (e, locale) => (locale === 'en' ? e.groundLabelEn : e.groundLabelDa) },
  { header: 'exemptions.fields.status', value: (e) => term('exemptions.status', e.status) },
  { header: 'exemptions.fields.requestedAt', value: (e) => e.requestedAt },
  { header: 'exemptions.fields.decidedAt', value: (e) => e.decidedAt },
]);
