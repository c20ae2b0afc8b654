import { z } from 'zod';
import { exemptionCapacities, exemptionStatuses } from '@skranke/domain';
import { listResult } from '../../outputs.js';
import { ZCitizenCard } from '../citizens/outputs.js';

export const ZExemptionListItem = z.object({
  id: z.number(),
  citizenId: z.number(),
  citizenName: z.string(),
  citizenCprMasked: z.string(),
  capacity: z.enum(exemptionCapacities),
  status: z.enum(exemptionStatuses),
  groundId: z.number().nullable(),
  groundLabelDa: z.string().nullable(),
  requestedAt: z.date(),
  decidedAt: z.date().nullable(),
});

export const ZExemptionList = listResult(ZExemptionListItem);

const ZExemptionGround = z.object({
  id: z.number(),
  code: z.string(),
  labelDa: z.string(),
  labelEn: z.string(),
  residenceAbroad: z.boolean(),
  active: z.boolean(),
});

/** The request with its ground, the citizen's card and who requested, decided and revoked it. */
export const ZExemption = z.object({
  id: z.number(),
  citizenId: z.number(),
  capacity: z.enum(exemptionCapacities),
  applicantName: z.string().nullable(),
  idSeen: z.boolean(),
  declarationReceived: z.boolean(),
  groundId: z.number().nullable(),
  notes: z.string().nullable(),
  status: z.enum(exemptionStatuses),
  requestedAt: z.date(),
  requestedBy: z.number(),
  decidedAt: z.date().nullable(),
  decidedBy: z.number().nullable(),
  decisionReason: z.string().nullable(),
  resendPaperPost: z.boolean(),
  revokedAt: z.date().nullable(),
  revokedBy: z.number().nullable(),
  revocationReason: z.string().nullable(),
  updatedAt: z.date(),
  ground: ZExemptionGround.nullable(),
  citizen: ZCitizenCard,
  requestedByName: z.string().nullable(),
  decidedByName: z.string().nullable(),
  revokedByName: z.string().nullable(),
});
