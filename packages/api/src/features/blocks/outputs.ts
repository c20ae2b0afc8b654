import { z } from 'zod';
import { assuranceLevels, blockCredentials, blockRoutes, blockStatuses, misuseKinds, policeReportStates, visitServices } from '@skranke/domain';
import { listResult } from '../../outputs.js';

/** A blocking request as stored: the citizen card's banner shows the latest one. */
export const ZBlockRecord = z.object({
  id: z.number(),
  citizenId: z.number(),
  credential: z.enum(blockCredentials),
  credentialLevel: z.enum(assuranceLevels).nullable(),
  misuse: z.enum(misuseKinds),
  description: z.string(),
  reportedOn: z.string(),
  route: z.enum(blockRoutes),
  policeReport: z.enum(policeReportStates),
  notes: z.string().nullable(),
  codesRevoked: z.number(),
  createdAt: z.date(),
  createdBy: z.number(),
  reopenedAt: z.date().nullable(),
  reopenedBy: z.number().nullable(),
  reopenVisitId: z.number().nullable(),
});

export const ZBlockListItem = z.object({
  id: z.number(),
  citizenId: z.number(),
  citizenName: z.string(),
  citizenCprMasked: z.string(),
  misuse: z.enum(misuseKinds),
  credential: z.enum(blockCredentials),
  reportedOn: z.string(),
  route: z.enum(blockRoutes),
  reopenedAt: z.date().nullable(),
  policeReport: z.enum(policeReportStates),
  codesRevoked: z.number(),
  createdAt: z.date(),
  createdByName: z.string(),
  status: z.enum(blockStatuses),
});

export const ZBlockList = listResult(ZBlockListItem);

export const ZBlock = ZBlockRecord.extend({
  status: z.enum(blockStatuses),
  reopenable: z.boolean(),
  /** Today's verified visits a MitID block can be reopened from. */
  reopenCandidates: z.array(z.object({ id: z.number(), service: z.enum(visitServices), level: z.enum(assuranceLevels).nullable() })),
  createdByName: z.string(),
  reopenedByName: z.string().nullable(),
  citizenName: z.string(),
  citizenCprMasked: z.string(),
});
