import { z } from 'zod';
import { codeKinds, codeRevocationCauses, codeStatuses } from '@skranke/domain';
import { listResult } from '../../outputs.js';

/** A code as the citizen card and the code's page show it: its state and history, never the code or its hash. */
export const ZCodeItem = z.object({
  id: z.number(),
  citizenId: z.number(),
  visitId: z.number(),
  kind: z.enum(codeKinds),
  status: z.enum(codeStatuses),
  issuedAt: z.date(),
  day: z.string(),
  issuedBy: z.number(),
  expiresAt: z.date(),
  failedAttempts: z.number(),
  usedAt: z.date().nullable(),
  blockedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  revokedBy: z.number().nullable(),
  revocationCause: z.enum(codeRevocationCauses).nullable(),
  revocationReason: z.string().nullable(),
});

export const ZCodeListItem = z.object({
  id: z.number(),
  citizenId: z.number(),
  citizenName: z.string(),
  citizenCprMasked: z.string(),
  visitId: z.number(),
  kind: z.enum(codeKinds),
  status: z.enum(codeStatuses),
  issuedAt: z.date(),
  expiresAt: z.date(),
  issuedByName: z.string(),
  failedAttempts: z.number(),
});

export const ZCodeList = listResult(ZCodeListItem);

export const ZCode = ZCodeItem.extend({
  citizenName: z.string(),
  citizenCprMasked: z.string(),
  issuedByName: z.string().nullable(),
  revokedByName: z.string().nullable(),
});

/** The one response that carries a code. */
export const ZIssuedCode = z.object({
  id: z.number(),
  code: z.string(),
  kind: z.enum(codeKinds),
  issuedAt: z.date(),
  expiresAt: z.date(),
  citizenName: z.string(),
  citizenCprMasked: z.string(),
  replacedCount: z.number(),
});
