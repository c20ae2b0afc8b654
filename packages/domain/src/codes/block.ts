import { z } from 'zod';
import { isIsoDate } from '../isoDate.js';
import { optionalText, requiredText } from '../fields.js';
import { filterOn, listInput } from '../list.js';

/** [seed] The hotline that blocks the credential at once: citizens and business signatures. */
export const blockingHotlines = { citizen: '72 24 70 50', business: '72 24 70 90' } as const;
export type BlockingHotline = keyof typeof blockingHotlines;
export const blockingHotlineKinds = Object.keys(blockingHotlines) as [BlockingHotline, ...BlockingHotline[]];

/** What the citizen suspects; the description says the rest. */
export const misuseKinds = ['lostOrStolen', 'phishing', 'unknownActivity', 'sharedCredentials', 'other'] as const;
/** [seed] Whether a police report was advised or made. */
export const policeReportStates = ['notAdvised', 'advised', 'made'] as const;

const ZIsoDate = z.string({ error: 'validation.required' }).refine(isIsoDate, { error: 'validation.date' });

export const ZBlockInput = z.object({
  citizenId: z.number({ error: 'validation.required' }).int().positive(),
  misuse: z.enum(misuseKinds, { error: 'validation.required' }),
  description: requiredText(4000),
  /** When the citizen reported it (today at the counter, earlier by phone); never in the future. */
  reportedOn: ZIsoDate,
  hotline: z.enum(blockingHotlineKinds, { error: 'validation.required' }),
  /** [seed] The credential must be blocked at once: the caseworker confirms the hotline call was made. */
  hotlineCalled: z.literal(true, { error: 'block.hotlineNotCalled' }),
  policeReport: z.enum(policeReportStates, { error: 'validation.required' }),
  notes: optionalText(4000),
});
export type TBlockInput = z.input<typeof ZBlockInput>;
export type TBlockData = z.output<typeof ZBlockInput>;

export const blockSortFields = ['createdAt', 'reportedOn'] as const;
export const ZBlockFilter = z.discriminatedUnion('field', [
  filterOn('citizenId', ['eq'], z.coerce.number().int().positive()),
  filterOn('misuse', ['eq'], z.enum(misuseKinds)),
  filterOn('hotline', ['eq'], z.enum(blockingHotlineKinds)),
  filterOn('policeReport', ['eq'], z.enum(policeReportStates)),
  filterOn('reportedOn', ['gte', 'lte'], z.string().refine(isIsoDate, { error: 'validation.date' })),
]);
export type TBlockFilter = z.infer<typeof ZBlockFilter>;
export const ZBlockListInput = listInput(blockSortFields, ZBlockFilter);
export type TBlockListInput = z.infer<typeof ZBlockListInput>;
