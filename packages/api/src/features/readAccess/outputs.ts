import { z } from 'zod';
import { readAccessRights, readAccessStatuses } from '@skranke/domain';
import { listResult } from '../../outputs.js';

/** A read access with its status as of today; the receiver's CPR number only masked. */
export const ZReadAccessItem = z.object({
  id: z.number(),
  citizenId: z.number(),
  receiverName: z.string(),
  receiverCprMasked: z.string(),
  rights: z.enum(readAccessRights),
  endsOn: z.string(),
  visitId: z.number().nullable(),
  powerOfAttorney: z.boolean(),
  status: z.enum(readAccessStatuses),
  createdAt: z.date(),
  createdBy: z.number(),
  activatedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  revocationReason: z.string().nullable(),
});

export const ZReadAccessList = listResult(ZReadAccessItem);
