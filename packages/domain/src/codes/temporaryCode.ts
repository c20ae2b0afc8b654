import { z } from 'zod';
import { todayIso, type IsoDate } from '../isoDate.js';
import type { MessageKey } from '../messages.js';
import { levelAtLeast } from '../visits/rules.js';
import { isCredentialService, verifiedToday, type AssuranceLevel, type VisitOutcome, type VisitService } from '../visits/values.js';
import type { TBlock } from '../blocks/block.js';
import { requiredText, ZIsoDate } from '../fields.js';
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

/** The code a service hands out at the counter: a MitID activation code, or (until 2023) a NemID temporary password. */
export function codeKindFor(service: VisitService): CodeKind | null {
  if (service === 'nemIdTemporaryPassword') return 'nemIdTemporaryPassword';
  return service === 'newMitId' || service === 'activationCode' || service === 'temporaryCode' ? 'mitIdActivation' : null;
}

/** [policy] Codes are issued only from a visit verified at this level or higher. */
export const codeMinimumLevel: AssuranceLevel = 'BETYDELIG';

export type CodeIssueFacts = {
  kind: CodeKind;
  now: Date;
  visit: { service: VisitService; outcome: VisitOutcome; day: IsoDate; level: AssuranceLevel | null; closedAt: Date | null };
  /** The citizen's blocking requests. */
  blocks: readonly Pick<TBlock, 'credential' | 'createdAt' | 'reopenedAt'>[];
};

type CodeIssueProblem = { key: MessageKey; params?: Record<string, string> };

/** Why a code cannot be issued from this visit now, or null. */
export function codeIssueProblem(facts: CodeIssueFacts, policy: Pick<Policy, 'nemIdLastPrinted' | 'nemIdLastCollection'>): CodeIssueProblem | null {
  const { visit, kind } = facts;
  const today = todayIso(facts.now);
  // [policy] Only within a credential visit whose identity was verified that same day at BETYDELIG or higher.
  if (!verifiedToday(visit, facts.now)) return { key: 'code.visitNotVerifiedToday' };
  if (!isCredentialService(visit.service)) return { key: 'code.visitNotCredential' };
  if (!levelAtLeast(visit.level, codeMinimumLevel)) return { key: 'code.levelTooLow', params: { minimum: codeMinimumLevel, level: visit.level ?? '–' } };
  // [seed] No new NemID code from 31 May 2023 (last printing 30 May); from 1 July none at all.
  if (kind === 'nemIdTemporaryPassword') {
    if (today > policy.nemIdLastCollection) return { key: 'code.nemIdEnded', params: { date: policy.nemIdLastCollection } };
    if (today > policy.nemIdLastPrinted) return { key: 'code.nemIdNoNewCodes', params: { date: policy.nemIdLastPrinted } };
  }
  // [seed] A block taken after the identity was verified voids that verification for a new code.
  const later = facts.blocks.find((b) => visit.closedAt !== null && b.createdAt.getTime() > visit.closedAt.getTime());
  if (later) return { key: 'code.blockedAfterVisit', params: { date: todayIso(later.createdAt) } };
  // [pub] A blocked MitID is reopened only from a new verification at the counter: until then no activation code.
  if (kind === 'mitIdActivation' && facts.blocks.some((b) => b.credential === 'mitId' && b.reopenedAt === null)) {
    return { key: 'code.credentialBlocked' };
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
