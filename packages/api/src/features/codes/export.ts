import type { TCodeListInput } from '@skranke/domain';
import { codesQuery } from '@skranke/db';
import { listExport } from '../../exports/define.js';
import { codesRouter } from './router.js';

// Never the code: a code list row has only its state.
export const codesExport = listExport(codesRouter.list, (ctx, input: TCodeListInput) => codesQuery(ctx.db, input, ctx.now))([
  { header: 'ID', value: (c) => c.id },
  { header: 'Borger', value: (c) => c.citizenName },
  { header: 'CPR-nr.', value: (c) => c.citizenCprMasked },
  { header: 'Type', value: (c) => c.kind },
  { header: 'Status', value: (c) => c.status },
  { header: 'Udstedt', value: (c) => c.issuedAt },
  { header: 'Udløber', value: (c) => c.expiresAt },
  { header: 'Udstedt af', value: (c) => c.issuedByName },
  { header: 'Forkerte forsøg', value: (c) => c.failedAttempts },
  { header: 'Betjening', value: (c) => c.visitId },
]);
