import type { TCodeListInput } from '@skranke/domain';
import { codesQuery } from '@skranke/db';
import { listExport } from '../../exports/define.js';
import { term } from '../../exports/format.js';
import { codesRouter } from './router.js';

// Never the code: a code list row has only its state.
export const codesExport = listExport(codesRouter.list, (ctx, input: TCodeListInput) => codesQuery(ctx.db, input, ctx.now))([
  { header: 'codes.fields.id', value: (c) => c.id },
  { header: 'codes.fields.citizen', value: (c) => c.citizenName },
  { header: 'citizens.fields.cpr', value: (c) => c.citizenCprMasked },
  { header: 'codes.fields.kind', value: (c) => term('codes.kind', c.kind) },
  { header: 'codes.fields.status', value: (c) => term('codes.status', c.status) },
  { header: 'codes.fields.issuedAt', value: (c) => c.issuedAt },
  { header: 'codes.fields.expiresAt', value: (c) => c.expiresAt },
  { header: 'codes.fields.issuedBy', value: (c) => c.issuedByName },
  { header: 'codes.fields.failedAttempts', value: (c) => c.failedAttempts },
  { header: 'codes.fields.visit', value: (c) => c.visitId },
]);
