import type { TReadAccessListInput } from '@skranke/domain';
import { readAccessesQuery } from '@skranke/db';
import { listExport } from '../../exports/define.js';
import { day, term } from '../../exports/format.js';
import { readAccessRouter } from './router.js';

/** Read accesses as CSV: the list's rows, every one, headed and worded as the screens in the reader's language. */
export const readAccessExport = listExport(readAccessRouter.list, (ctx, input: TReadAccessListInput) => readAccessesQuery(ctx.db, input, ctx.now))([
  { header: 'readAccess.fields.id', value: (r) => r.id },
  { header: 'readAccess.fields.citizenId', value: (r) => r.citizenId },
  { header: 'readAccess.fields.receiverName', value: (r) => r.receiverName },
  { header: 'readAccess.fields.receiverCpr', value: (r) => r.receiverCprMasked },
  { header: 'readAccess.fields.rights', value: (r) => term('readAccess.rights', r.rights) },
  { header: 'readAccess.fields.endsOn', value: (r) => day(r.endsOn) },
  { header: 'readAccess.fields.status', value: (r) => term('readAccess.status', r.status) },
  { header: 'readAccess.fields.createdAt', value: (r) => r.createdAt },
  { header: 'readAccess.fields.activatedAt', value: (r) => r.activatedAt },
  { header: 'readAccess.fields.revokedAt', value: (r) => r.revokedAt },
]);
