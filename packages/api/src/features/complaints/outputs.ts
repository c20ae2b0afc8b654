import { z } from 'zod';
import { complaintChannels, complaintSchemes, complaintStatuses, complaintSubjects, forwardingChannels } from '@skranke/domain';
import { schema } from '@skranke/db';
import { listResult } from '../../outputs.js';
import { ZCitizenCard } from '../citizens/outputs.js';

export const ZComplaintListItem = z.object({
  id: z.number(),
  receivedAt: z.date(),
  receivedDay: z.string(),
  channel: z.enum(complaintChannels),
  subject: z.enum(complaintSubjects),
  scheme: z.enum(complaintSchemes),
  complainantName: z.string(),
  status: z.enum(complaintStatuses),
  assigneeId: z.number().nullable(),
  assigneeName: z.string().nullable(),
  closedAt: z.date().nullable(),
  updatedAt: z.date(),
  overdue: z.boolean(),
  daysOpen: z.number(),
});

export const ZComplaintList = listResult(ZComplaintListItem);

/** The list's row and the rest of the complaint: its deadlines, the linked citizen's card, its timeline and its attachments' metadata. */
export const ZComplaint = ZComplaintListItem.extend({
  complainantPhone: z.string(),
  description: z.string(),
  mitIdUserId: z.string().nullable(),
  complainantAddress: z.string().nullable(),
  filedOnBehalf: z.boolean(),
  onBehalfOfName: z.string().nullable(),
  powerOfAttorney: z.boolean(),
  citizenId: z.number().nullable(),
  visitId: z.number().nullable(),
  forwardedVia: z.enum(forwardingChannels).nullable(),
  createdBy: z.number(),
  citizen: ZCitizenCard.nullable(),
  timeline: z.array(
    z.object({
      id: z.number(),
      at: z.date(),
      kind: z.enum(schema.complaintEvents.kind.enumValues),
      staffName: z.string(),
      comment: z.string().nullable(),
      /** Field → [before, after]. */
      changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])).nullable(),
    }),
  ),
  attachments: z.array(z.object({ id: z.number(), fileName: z.string(), mimeType: z.string(), size: z.number(), uploadedAt: z.date() })),
});

/** One attachment's file, fetched on its own. */
export const ZComplaintAttachmentFile = z.object({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string() });
