import type { TCitizenListInput } from '@skranke/domain';
import { citizensQuery } from '@skranke/db';
import { listExport } from '../../exports/define.js';
import { citizensRouter } from './router.js';

/** Citizens as CSV: the list's rows, every one, with Danish headers. */
export const citizensExport = listExport(citizensRouter.list, (ctx, input: TCitizenListInput) => citizensQuery(ctx.db, input))([
  { header: 'ID', value: (c) => c.id },
  { header: 'Navn', value: (c) => c.name },
  { header: 'CPR-nr.', value: (c) => c.cprMasked },
  { header: 'Fast adresse', value: (c) => c.hasFixedAddress },
  { header: 'Adresse', value: (c) => c.address },
  { header: 'Postadresse', value: (c) => c.postalAddress },
  { header: 'Telefon', value: (c) => c.phone },
  { header: 'E-mail', value: (c) => c.email },
  { header: 'Værgemål', value: (c) => c.guardianship },
  { header: 'Værge', value: (c) => c.guardianName },
  { header: 'Oprettet', value: (c) => c.createdAt },
  { header: 'Ændret', value: (c) => c.updatedAt },
]);
