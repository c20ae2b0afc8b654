import { z } from 'zod';
import type { IsoDate } from '../isoDate.js';
import { requiredText, ZCprNumber, ZIsoDate } from '../fields.js';
import { filterOn, listInput } from '../list.js';

/** [pub] Læseadgang: someone else may read (or read and write) the citizen's Digital Post from public senders. */
export const readAccessRights = ['read', 'readWrite'] as const;
export const readAccessStoredStatuses = ['requested', 'active', 'revoked'] as const;
/** What a caseworker sees: "expired" is computed from the end date, never stored. */
export const readAccessStatuses = ['requested', 'active', 'expired', 'revoked'] as const;
export type ReadAccessStoredStatus = (typeof readAccessStoredStatuses)[number];
export type ReadAccessStatus = (typeof readAccessStatuses)[number];

/** [pub] An active read access expires after its end date (it is valid through that day). */
export function readAccessStatus(stored: ReadAccessStoredStatus, endsOn: IsoDate, today: IsoDate): ReadAccessStatus {
  return stored === 'active' && endsOn < today ? 'expired' : stored;
}

export const ZReadAccessInput = z
  .object({
    citizenId: z.number({ error: 'validation.required' }).int().positive(),
    receiverCpr: ZCprNumber,
    receiverName: requiredText(200),
    rights: z.enum(readAccessRights, { error: 'validation.required' }),
    /** [pub] The end date is chosen when the access is created. */
    endsOn: ZIsoDate,
    /** The giver's identity: a visit verified the same day… */
    visitId: z.number().int().positive().nullish().transform((v) => v ?? null),
    /** …or a power of attorney recorded. */
    powerOfAttorney: z.boolean().default(false),
  })
  .superRefine((r, ctx) => {
    if (!r.visitId && !r.powerOfAttorney) ctx.addIssue({ code: 'custom', path: ['visitId'], message: 'readAccess.identityRequired' });
  });
export type TReadAccessInput = z.input<typeof ZReadAccessInput>;
export type TReadAccessData = z.output<typeof ZReadAccessInput>;

export const ZReadAccessRevocation = z.object({ id: z.number().int().positive(), reason: requiredText(4000) });

export const readAccessSortFields = ['createdAt', 'endsOn'] as const;
export const ZReadAccessFilter = z.discriminatedUnion('field', [
  filterOn('status', ['eq'], z.enum(readAccessStatuses)),
  filterOn('citizenId', ['eq'], z.coerce.number().int().positive()),
]);
export type TReadAccessFilter = z.infer<typeof ZReadAccessFilter>;
export const ZReadAccessListInput = listInput(readAccessSortFields, ZReadAccessFilter);
export type TReadAccessListInput = z.infer<typeof ZReadAccessListInput>;
