import { z } from 'zod';
import type { IsoDate } from '../isoDate.js';
import { optionalText, requiredText, ZIsoDate } from '../fields.js';
import { filterOn, listInput } from '../list.js';
import type { MessageKey } from '../messages.js';
import type { Policy } from '../policy.js';
import { mitIdSupportPhone } from '../codes/temporaryCode.js';
import { levelAtLeast } from '../visits/rules.js';
import { assuranceLevels, isCredentialService, verifiedToday, type AssuranceLevel, type VisitOutcome, type VisitService } from '../visits/values.js';

/** [seed] The credential a blocking request is about. */
export const blockCredentials = ['mitId', 'nemId'] as const;
export type BlockCredential = (typeof blockCredentials)[number];

/**
 * [seed, pub] Where the credential is blocked at once: MitID in the MitID app, at mitid.dk or through MitID support;
 * NemID (until its shutdown) through its hotlines for citizens and for business signatures.
 */
export const blockRoutes = ['mitIdApp', 'mitIdWeb', 'mitIdSupport', 'nemIdHotline', 'nemIdBusinessHotline'] as const;
export type BlockRoute = (typeof blockRoutes)[number];

/** [seed] The phone numbers of the routes that have one, as printed and dialled. */
export const blockRoutePhones: Partial<Record<BlockRoute, string>> = {
  mitIdSupport: mitIdSupportPhone,
  nemIdHotline: '72 24 70 50',
  nemIdBusinessHotline: '72 24 70 90',
};

/** [seed] The NemID hotlines only for NemID and only until its shutdown (31 October 2023); MitID's own routes for MitID. */
export function blockRoutesFor(credential: BlockCredential, today: IsoDate, policy: Pick<Policy, 'nemIdShutdown'>): readonly BlockRoute[] {
  if (credential === 'mitId') return ['mitIdApp', 'mitIdWeb', 'mitIdSupport'];
  return today > policy.nemIdShutdown ? [] : ['nemIdHotline', 'nemIdBusinessHotline'];
}

/** What the citizen suspects; the description says the rest. */
export const misuseKinds = ['lostOrStolen', 'phishing', 'unknownActivity', 'sharedCredentials', 'other'] as const;
/** [seed] Whether a police report was advised or made. */
export const policeReportStates = ['notAdvised', 'advised', 'made'] as const;
/** A blocked MitID is active until reopened from a new verification at the counter [pub]. */
export const blockStatuses = ['active', 'reopened'] as const;
export type BlockStatus = (typeof blockStatuses)[number];


export const ZBlockInput = z
  .object({
    citizenId: z.number({ error: 'validation.required' }).int().positive(),
    credential: z.enum(blockCredentials, { error: 'validation.required' }),
    /** [pub] The level the MitID had: reopening needs a verification at that level. */
    credentialLevel: z.enum(assuranceLevels).nullish().transform((v) => v ?? null),
    misuse: z.enum(misuseKinds, { error: 'validation.required' }),
    description: requiredText(4000),
    /** When the citizen reported it (today at the counter, earlier by phone); never in the future. */
    reportedOn: ZIsoDate,
    route: z.enum(blockRoutes, { error: 'validation.required' }),
    /** [seed] The credential must be blocked at once: the caseworker confirms it was done by the chosen route. */
    blockConfirmed: z.literal(true, { error: 'block.notConfirmed' }),
    policeReport: z.enum(policeReportStates, { error: 'validation.required' }),
    notes: optionalText(4000),
  })
  .superRefine((b, ctx) => {
    if (b.credential === 'mitId' && !b.credentialLevel) ctx.addIssue({ code: 'custom', path: ['credentialLevel'], message: 'block.levelRequired' });
  })
  .transform((b) => ({ ...b, credentialLevel: b.credential === 'mitId' ? b.credentialLevel : null }));
export type TBlockInput = z.input<typeof ZBlockInput>;
export type TBlockData = z.output<typeof ZBlockInput>;

type BlockProblem = { key: MessageKey; field: string; params?: Record<string, string> };

/** Why a blocking request cannot be taken today as given, or null (the shape is the schema's). */
export function blockProblem(input: Pick<TBlockData, 'credential' | 'route' | 'reportedOn'>, today: IsoDate, policy: Pick<Policy, 'nemIdShutdown'>): BlockProblem | null {
  if (input.reportedOn > today) return { key: 'block.reportedInFuture', field: 'reportedOn' };
  const routes = blockRoutesFor(input.credential, today, policy);
  if (routes.length === 0) return { key: 'block.nemIdShutDown', field: 'credential', params: { date: policy.nemIdShutdown } };
  if (!routes.includes(input.route)) return { key: 'block.routeNotForCredential', field: 'route' };
  return null;
}

/** A stored block, as the rules see it. */
export type TBlock = {
  credential: BlockCredential;
  credentialLevel: AssuranceLevel | null;
  createdAt: Date;
  reopenedAt: Date | null;
};

export const ZBlockReopen = z.object({
  id: z.number().int().positive(),
  /** The new visit at the counter that verified the citizen again. */
  visitId: z.number({ error: 'validation.required' }).int().positive(),
});

/** The level a reopening needs: the one the MitID had, or BETYDELIG (the counter's level) when it was not recorded. */
export function reopenLevel(block: Pick<TBlock, 'credentialLevel'>): AssuranceLevel {
  return block.credentialLevel ?? 'BETYDELIG';
}

/**
 * [pub, eIDAS] Reopening a blocked MitID needs a new identity verification at the counter at the level the
 * credential had: a credential visit of the same citizen, verified today, after the block was taken.
 */
export function reopenProblem(
  block: TBlock & { citizenId: number },
  visit: { citizenId: number; service: VisitService; outcome: VisitOutcome; day: IsoDate; level: AssuranceLevel | null; closedAt: Date | null },
  now: Date,
): BlockProblem | null {
  if (block.credential !== 'mitId' || block.reopenedAt) return { key: 'block.notReopenable', field: 'id' };
  const verifiedAfter =
    visit.citizenId === block.citizenId &&
    isCredentialService(visit.service) &&
    verifiedToday(visit, now) &&
    visit.closedAt !== null &&
    visit.closedAt.getTime() > block.createdAt.getTime();
  if (!verifiedAfter) return { key: 'block.reopenVisitInvalid', field: 'visitId' };
  const required = reopenLevel(block);
  if (!levelAtLeast(visit.level, required)) {
    return { key: 'block.reopenLevelTooLow', field: 'visitId', params: { level: visit.level ?? '–', required } };
  }
  return null;
}

export const blockSortFields = ['createdAt', 'reportedOn'] as const;
export const ZBlockFilter = z.discriminatedUnion('field', [
  filterOn('citizenId', ['eq'], z.coerce.number().int().positive()),
  filterOn('credential', ['eq'], z.enum(blockCredentials)),
  filterOn('status', ['eq'], z.enum(blockStatuses)),
  filterOn('misuse', ['eq'], z.enum(misuseKinds)),
  filterOn('route', ['eq'], z.enum(blockRoutes)),
  filterOn('policeReport', ['eq'], z.enum(policeReportStates)),
  filterOn('reportedOn', ['gte', 'lte'], ZIsoDate),
]);
export type TBlockFilter = z.infer<typeof ZBlockFilter>;
export const ZBlockListInput = listInput(blockSortFields, ZBlockFilter);
export type TBlockListInput = z.infer<typeof ZBlockListInput>;
