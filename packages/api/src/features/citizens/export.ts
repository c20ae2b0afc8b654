import type { TCitizenListInput } from '@skranke/domain';
import { citizensQuery } from '@skranke/db';
import { listExport } from '../../exports/define.js';
import { citizensRouter } from './router.js';

/** Citizens as CSV: the list's rows, every one, headed and worded as the screens in the reader's language. */
export const citizensExport = listExport(citizensRouter.list, (ctx, input: TCitizenListInput) => citizensQuery(ctx.db, input))([
  { header: 'citizens.fields.id', value: (c) => c.id },
  { header: 'citizens.fields.name', value: (c) => c.name },
  { header: 'citizens.fields.cpr', value: (c) => c.cprMasked },
  { header: 'citizens.fields.hasFixedAddress', value: (c) => c.hasFixedAddress },
  { header: 'citizens.fields.address', value: (c) => c.address },
  { header: 'citizens.fields.postalAddress', value: (c) => c.postalAddress },
  { header: 'citizens.fields.phone', value: (c) => c.phone },
  { header: 'citizens.fields.email', value: (c) => c.email },
  { header: 'citizens.fields.guardianship', value: (c) => c.guardianship },
  { header: 'citizens.fields.guardianName', value: (c) => c.guardianName },
  { header: 'citizens.fields.createdAt', value: (c) => c.createdAt },
  { header: 'citizens.fields.updatedAt', value: (c) => c.updatedAt },
]);
