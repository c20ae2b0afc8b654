import { z } from 'zod';
import { isIsoDate, type IsoDate } from '../isoDate.js';
import { requiredText } from '../fields.js';
import { filterOn, listInput } from '../list.js';
import type { Policy } from '../policy.js';

/** What a counter code unlocks: a MitID activation code, or the retired NemID temporary password [seed]. */
export const codeKinds = ['mitIdActivation', 'nemIdTemporaryPassword'] as const;
export type CodeKind = (typeof codeKinds)[number];

/** [pub] issued → used | expired | revoked | blocked; "expired" is computed from the expiry time, never stored. */
export const codeStoredStatuses = ['issued', 'used', 'revoked', 'blocked'] as const;
export const codeStatuses = ['issued', 'used', 'expired', 'revoked', 'blocked'] as const;
export type CodeStoredStatus = (typeof codeStoredStatuses)[number];
export type CodeStatus = (typeof codeStatuses)[number];

/** Why a code was revoked: by hand, replaced by a newer code [policy], or by a blocking request. */
export const codeRevocationCauses = ['manual', 'replaced', 'blockRequest'] as const;
export type CodeRevocationCause = (typeof codeRevocationCauses)[number];

/**
 * [policy] Read aloud and typed from paper: no 0/O, 1/I/L look-alikes. 31 symbols, so 12 of them carry 59 bits;
 * with three tries before the code blocks, guessing is hopeless.
 */
export const codeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const codeLength = 12;

/** [seed] Printed on the slip: where the citizen gets help activating. Hours are in the message catalogue. */
export const mitIdSupportPhone = '33 98 00 12';

/** Groups of four, as printed on the slip: `ABCD-EFGH-JKMN`. */
export function formatCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/** What the citizen types back: case, spaces and dashes do not matter. */
export function normalizeCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

/** [pub] A paper activation code expires a fixed time after it was created (48 hours by default). */
export function codeExpiresAt(issuedAt: Date, policy: Pick<Policy, 'codeValidityHours'>): Date {
  return new Date(issuedAt.getTime() + policy.codeValidityHours * 3_600_000);
}

export function codeStatus(stored: CodeStoredStatus, expiresAt: Date, now: Date): CodeStatus {
  return stored === 'issued' && expiresAt.getTime() <= now.getTime() ? 'expired' : stored;
}

/** [pub] Three wrong entries block the code. Returns the state after one more wrong entry. */
export function afterWrongEntry(failedAttempts: number, policy: Pick<Policy, 'codeMaxWrongEntries'>) {
  const attempts = failedAttempts + 1;
  return { failedAttempts: attempts, blocked: attempts >= policy.codeMaxWrongEntries };
}

/**
 * Why a code of this kind cannot be issued today, or null. [seed] NemID temporary passwords were last printed
 * 30 May 2023 and could be collected until 30 June 2023; after that Skranke refuses them and says why.
 */
export function codeIssueProblem(kind: CodeKind, today: IsoDate, policy: Pick<Policy, 'nemIdLastCollection'>) {
  if (kind === 'nemIdTemporaryPassword' && today > policy.nemIdLastCollection) {
    return { key: 'code.nemIdEnded', params: { date: policy.nemIdLastCollection } } as const;
  }
  return null;
}

export const ZCodeIssue = z.object({
  /** [policy] Only from a visit whose identity was verified the same day. */
  visitId: z.number({ error: 'validation.required' }).int().positive(),
  kind: z.enum(codeKinds, { error: 'validation.required' }),
});
export type TCodeIssue = z.infer<typeof ZCodeIssue>;

export const ZCodeRevocation = z.object({ id: z.number().int().positive(), reason: requiredText(4000) });

export const ZCodeRedemption = z.object({
  id: z.number().int().positive(),
  code: z
    .string({ error: 'validation.required' })
    .transform(normalizeCode)
    .pipe(z.string().min(1, { error: 'validation.required' }).max(64, { error: 'validation.tooLong' })),
});

const ZIsoDate = z.string().refine(isIsoDate, { error: 'validation.date' });

export const codeSortFields = ['issuedAt', 'expiresAt'] as const;
export const ZCodeFilter = z.discriminatedUnion('field', [
  filterOn('status', ['eq'], z.enum(codeStatuses)),
  filterOn('kind', ['eq'], z.enum(codeKinds)),
  filterOn('citizenId', ['eq'], z.coerce.number().int().positive()),
  filterOn('visitId', ['eq'], z.coerce.number().int().positive()),
  filterOn('issuedBy', ['eq'], z.coerce.number().int().positive()),
  /** The day it was issued (Copenhagen), from and to, both inclusive. */
  filterOn('day', ['gte', 'lte', 'eq'], ZIsoDate),
]);
export type TCodeFilter = z.infer<typeof ZCodeFilter>;
export const ZCodeListInput = listInput(codeSortFields, ZCodeFilter);
export type TCodeListInput = z.infer<typeof ZCodeListInput>;
