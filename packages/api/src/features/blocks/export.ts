import type { TBlockListInput } from '@skranke/domain';
import { blocksQuery } from '@skranke/db';
import { listExport } from '../../exports/define.js';
import { day, term } from '../../exports/format.js';
import { blocksRouter } from './router.js';

/** Blocking requests as CSV: the list's rows, every one, headed and worded as the screens in the reader's language. */
export const blocksExport = listExport(blocksRouter.list, (ctx, input: TBlockListInput) => blocksQuery(ctx.db, input))([
  { header: 'blocks.fields.id', value: (b) => b.id },
  { header: 'blocks.fields.citizen', value: (b) => b.citizenName },
  { header: 'citizens.fields.cpr', value: (b) => b.citizenCprMasked },
  { header: 'blocks.fields.credential', value: (b) => term('blocks.credential', b.credential) },
  { header: 'blocks.fields.status', value: (b) => term('blocks.status', b.status) },
  { header: 'blocks.fields.misuse', value: (b) => term('blocks.misuse', b.misuse) },
  { header: 'blocks.fields.reportedOn', value: (b) => day(b.reportedOn) },
  { header: 'blocks.fields.route', value: (b) => term('blocks.route', b.route) },
  { header: 'blocks.fields.policeReport', value: (b) => b.policeReport },
  { header: 'blocks.fields.codesRevoked', value: (b) => b.codesRevoked },
  { header: 'blocks.fields.createdAt', value: (b) => b.createdAt },
  { header: 'blocks.fields.createdBy', value: (b) => b.createdByName },
]);
