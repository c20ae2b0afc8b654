import { z } from 'zod';
import { optionalText, requiredText } from '../fields.js';
import { filterOn, listInput, ZFilterBoolean } from '../list.js';

/** [pub] Who may apply: the citizen, a power-of-attorney holder, or someone on behalf of a person who cannot declare. */
export const exemptionCapacities = ['self', 'powerOfAttorney', 'guardian', 'relative', 'careWorker'] as const;
export type ExemptionCapacity = (typeof exemptionCapacities)[number];

export const exemptionStatuses = ['requested', 'granted', 'refused', 'revoked'] as const;
export type ExemptionStatus = (typeof exemptionStatuses)[number];

/** [pub] requested → granted | refused; granted → revoked. An exemption lasts until revoked. */
export const exemptionTransitions: Record<ExemptionStatus, readonly ExemptionStatus[]> = {
  requested: ['granted', 'refused'],
  granted: ['revoked'],
  refused: [],
  revoked: [],
};

export function canMoveExemption(from: ExemptionStatus, to: ExemptionStatus): boolean {
  return exemptionTransitions[from].includes(to);
}

/** [seed] The five grounds the seed names; the list itself is reference data an admin may edit. */
export const defaultExemptionGrounds = [
  { code: 'cognitive', labelDa: 'Kognitiv funktionsnedsættelse', labelEn: 'Cognitive impairment', residenceAbroad: false },
  { code: 'physical', labelDa: 'Fysisk funktionsnedsættelse', labelEn: 'Physical impairment', residenceAbroad: false },
  { code: 'noComputer', labelDa: 'Ingen adgang til computer med internet i hjemmet', labelEn: 'No access to a computer with internet at home', residenceAbroad: false },
  { code: 'abroad', labelDa: 'Bopæl i udlandet / ingen fast bopæl i Danmark', labelEn: 'Residence abroad / no fixed residence in Denmark', residenceAbroad: true },
  { code: 'language', labelDa: 'Sproglige vanskeligheder', labelEn: 'Language difficulties', residenceAbroad: false },
] as const;

/**
 * An exemption request as taken at the counter. [pub] The citizen need not state a ground and may not be asked
 * for documentation, so none is required; identification is, and a signed declaration when the citizen applies.
 */
export const ZExemptionInput = z
  .object({
    citizenId: z.number({ error: 'validation.required' }).int().positive(),
    capacity: z.enum(exemptionCapacities, { error: 'validation.required' }),
    applicantName: optionalText(200),
    idSeen: z.boolean().default(false),
    declarationReceived: z.boolean().default(false),
    groundId: z.number().int().positive().nullish().transform((v) => v ?? null),
    notes: optionalText(4000),
  })
  .superRefine((e, ctx) => {
    if (!e.idSeen) ctx.addIssue({ code: 'custom', path: ['idSeen'], message: 'exemption.idRequired' });
    if (e.capacity === 'self' && !e.declarationReceived) {
      ctx.addIssue({ code: 'custom', path: ['declarationReceived'], message: 'exemption.declarationRequired' });
    }
    if (e.capacity !== 'self' && !e.applicantName) {
      ctx.addIssue({ code: 'custom', path: ['applicantName'], message: 'validation.required' });
    }
  });
export type TExemptionInput = z.input<typeof ZExemptionInput>;
export type TExemptionData = z.output<typeof ZExemptionInput>;

export const ZExemptionDecision = z.object({
  id: z.number().int().positive(),
  decision: z.enum(['granted', 'refused']),
  reason: requiredText(4000),
  /** [pub] On grant, unopened Digital Post from the last 6 months may be re-sent on paper. */
  resendPaperPost: z.boolean().default(false),
});
export type TExemptionDecision = z.output<typeof ZExemptionDecision>;

export const ZExemptionRevocation = z.object({ id: z.number().int().positive(), reason: requiredText(4000) });

/** Why a decision the supervisor asks for is not allowed, or null when it is. */
export function decisionProblem(
  decision: 'granted' | 'refused',
  facts: { citizenAge: number | null; residenceAbroad: boolean; minimumAge: number },
): 'exemption.underAge' | 'exemption.abroadAlwaysGranted' | null {
  // [seed] Digital Post attaches at 15: a younger citizen has no mailbox to be exempted from.
  if (decision === 'granted' && (facts.citizenAge === null || facts.citizenAge < facts.minimumAge)) return 'exemption.underAge';
  // [pub] A person with no residence in Denmark is always granted.
  if (decision === 'refused' && facts.residenceAbroad) return 'exemption.abroadAlwaysGranted';
  return null;
}

export const exemptionSortFields = ['requestedAt', 'decidedAt'] as const;
export const ZExemptionFilter = z.discriminatedUnion('field', [
  filterOn('status', ['eq'], z.enum(exemptionStatuses)),
  filterOn('citizenId', ['eq'], z.coerce.number().int().positive()),
  filterOn('capacity', ['eq'], z.enum(exemptionCapacities)),
]);
export type TExemptionFilter = z.infer<typeof ZExemptionFilter>;
export const ZExemptionListInput = listInput(exemptionSortFields, ZExemptionFilter);
export type TExemptionListInput = z.infer<typeof ZExemptionListInput>;

export const ZExemptionGroundInput = z.object({
  code: z.string().trim().regex(/^[a-zA-Z][\w-]{1,39}$/, { error: 'validation.invalid' }),
  labelDa: requiredText(200),
  labelEn: requiredText(200),
  residenceAbroad: z.boolean().default(false),
  active: z.boolean().default(true),
});
export const ZExemptionGroundListInput = listInput(['labelDa'] as const, z.discriminatedUnion('field', [filterOn('active', ['eq'], ZFilterBoolean)]));
