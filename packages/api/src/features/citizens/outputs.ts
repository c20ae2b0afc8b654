import { z } from 'zod';
import { assuranceLevels, exemptionStatuses, guardianshipKinds, verificationMethods, visitOutcomes, visitServices } from '@skranke/domain';
import { listResult } from '../../outputs.js';
import { ZBlockRecord } from '../blocks/outputs.js';
import { ZCodeItem } from '../codes/outputs.js';
import { ZReadAccessItem } from '../readAccess/outputs.js';

/** A list row: the CPR number masked, no notes, and a protected address left out (null). */
export const ZCitizenListItem = z.object({
  id: z.number(),
  name: z.string(),
  cprMasked: z.string(),
  hasFixedAddress: z.boolean(),
  address: z.string().nullable(),
  postalAddress: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  addressProtected: z.boolean(),
  guardianship: z.enum(guardianshipKinds),
  guardianName: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const ZCitizenList = listResult(ZCitizenListItem);

/** The full record: the one response with the whole CPR number, and the only one with a protected address. */
export const ZCitizen = ZCitizenListItem.extend({
  notes: z.string().nullable(),
  cpr: z.string(),
  birthDate: z.string().nullable(),
  age: z.number().nullable(),
  isSubstituteCpr: z.boolean(),
});

/** What the counter shows of a citizen while serving them; never the full CPR number. */
export const ZCitizenCard = z.object({
  id: z.number(),
  name: z.string(),
  cprMasked: z.string(),
  age: z.number().nullable(),
  hasFixedAddress: z.boolean(),
  addressProtected: z.boolean(),
  hasPostalAddress: z.boolean(),
  guardianship: z.enum(guardianshipKinds),
  guardianName: z.string().nullable(),
  visits: z.object({
    open: z.array(z.object({ id: z.number(), day: z.string(), service: z.enum(visitServices), startedAt: z.date(), caseworkerId: z.number() })),
    recent: z.array(
      z.object({
        id: z.number(),
        day: z.string(),
        service: z.enum(visitServices),
        outcome: z.enum(visitOutcomes),
        level: z.enum(assuranceLevels).nullable(),
        method: z.enum(verificationMethods).nullable(),
      }),
    ),
  }),
  exemption: z.object({ id: z.number(), status: z.enum(exemptionStatuses), requestedAt: z.date(), decidedAt: z.date().nullable() }).nullable(),
  codes: z.array(ZCodeItem),
  latestBlock: ZBlockRecord.nullable(),
  readAccesses: z.array(ZReadAccessItem),
});
