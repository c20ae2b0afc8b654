import { z } from 'zod';
import { optionalText, requiredText, ZPhone } from '../fields.js';
import { filterOn, listInput, ZFilterBoolean } from '../list.js';
import { complaintChannels, complaintSchemes, complaintStatuses, complaintSubjects, forwardingChannels } from './workflow.js';

export * from './workflow.js';

export const ZComplaintInput = z
  .object({
    channel: z.enum(complaintChannels, { error: 'validation.required' }),
    subject: z.enum(complaintSubjects, { error: 'validation.required' }),
    scheme: z.enum(complaintSchemes).default('mitId'),
    // [seed] Name, phone and a description are required.
    complainantName: requiredText(200),
    complainantPhone: ZPhone.refine((v) => v !== null, { error: 'validation.required' }),
    description: requiredText(10_000),
    // [pub] For MitID also the user ID, the address and, when filed for someone else, a power of attorney.
    mitIdUserId: optionalText(100),
    complainantAddress: optionalText(300),
    filedOnBehalf: z.boolean().default(false),
    onBehalfOfName: optionalText(200),
    powerOfAttorney: z.boolean().default(false),
    citizenId: z.number().int().positive().nullish().transform((v) => v ?? null),
    visitId: z.number().int().positive().nullish().transform((v) => v ?? null),
  })
  .superRefine((c, ctx) => {
    if (c.scheme === 'mitId') {
      if (!c.mitIdUserId) ctx.addIssue({ code: 'custom', path: ['mitIdUserId'], message: 'complaint.mitIdUserIdRequired' });
      if (!c.complainantAddress) ctx.addIssue({ code: 'custom', path: ['complainantAddress'], message: 'complaint.addressRequired' });
    }
    if (c.filedOnBehalf && !c.onBehalfOfName) {
      ctx.addIssue({ code: 'custom', path: ['onBehalfOfName'], message: 'validation.required' });
    }
    if (c.scheme === 'mitId' && c.filedOnBehalf && !c.powerOfAttorney) {
      ctx.addIssue({ code: 'custom', path: ['powerOfAttorney'], message: 'complaint.powerOfAttorneyRequired' });
    }
  });
export type TComplaintInput = z.input<typeof ZComplaintInput>;
export type TComplaintData = z.output<typeof ZComplaintInput>;

export const ZComplaintTransition = z
  .object({
    id: z.number().int().positive(),
    to: z.enum(complaintStatuses),
    forwardedVia: z.enum(forwardingChannels).nullish().transform((v) => v ?? null),
    comment: optionalText(4000),
  })
  .superRefine((t, ctx) => {
    if (t.to === 'forwarded' && !t.forwardedVia) {
      ctx.addIssue({ code: 'custom', path: ['forwardedVia'], message: 'complaint.forwardedViaRequired' });
    }
  });

export const ZComplaintAssign = z.object({
  ids: z.array(z.number().int().positive()).min(1).max(500),
  assigneeId: z.number().int().positive().nullable(),
});

export const ZComplaintComment = z.object({ id: z.number().int().positive(), comment: requiredText(4000) });

export const complaintSortFields = ['receivedAt', 'updatedAt', 'status'] as const;

export const ZComplaintFilter = z.discriminatedUnion('field', [
  filterOn('status', ['eq', 'in'], z.union([z.enum(complaintStatuses), z.array(z.enum(complaintStatuses)).max(5)])),
  filterOn('subject', ['eq'], z.enum(complaintSubjects)),
  filterOn('assigneeId', ['eq'], z.coerce.number().int().positive()),
  filterOn('overdue', ['eq'], ZFilterBoolean),
  filterOn('citizenId', ['eq'], z.coerce.number().int().positive()),
]);
export type TComplaintFilter = z.infer<typeof ZComplaintFilter>;
export const ZComplaintListInput = listInput(complaintSortFields, ZComplaintFilter);
export type TComplaintListInput = z.infer<typeof ZComplaintListInput>;

