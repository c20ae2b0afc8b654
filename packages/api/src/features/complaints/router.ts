import { z } from 'zod';
import { ZComplaintAssign, ZComplaintComment, ZComplaintInput, ZComplaintListInput, ZComplaintTransition, ZId, policy } from '@skranke/domain';
import { listComplaints } from '@skranke/db';
import { counterProcedure, router } from '../../trpc.js';
import { ZComplaint, ZComplaintAttachmentFile, ZComplaintList } from './outputs.js';
import {
  assignComplaints,
  attachToComplaint,
  commentOnComplaint,
  editComplaint,
  readComplaint,
  readComplaintAttachment,
  receiveComplaint,
  transitionComplaint,
} from './services.js';

const ZAttachment = z.object({
  id: z.number().int().positive(),
  fileName: z.string().trim().min(1, { error: 'validation.required' }).max(200),
  contentBase64: z.string().max(Math.ceil((policy.attachmentMaxBytes * 4) / 3) + 8, { error: 'complaint.attachmentTooLarge' }),
});

export const complaintsRouter = router({
  list: counterProcedure.input(ZComplaintListInput).output(ZComplaintList).query(({ ctx, input }) => listComplaints(ctx.db, input, ctx.now(), policy)),

  get: counterProcedure.input(ZId).output(ZComplaint).query(({ ctx, input }) => readComplaint(ctx.db, ctx.staff, input.id, ctx.now())),

  create: counterProcedure.input(ZComplaintInput).mutation(({ ctx, input }) => receiveComplaint(ctx.db, ctx.staff, input, ctx.now())),

  update: counterProcedure.input(ZId.extend({ data: ZComplaintInput })).mutation(({ ctx, input }) => editComplaint(ctx.db, ctx.staff, input, ctx.now())),

  assign: counterProcedure.input(ZComplaintAssign).mutation(({ ctx, input }) => assignComplaints(ctx.db, ctx.staff, input, ctx.now())),

  transition: counterProcedure.input(ZComplaintTransition).mutation(({ ctx, input }) => transitionComplaint(ctx.db, ctx.staff, input, ctx.now())),

  comment: counterProcedure.input(ZComplaintComment).mutation(({ ctx, input }) => commentOnComplaint(ctx.db, ctx.staff, input, ctx.now())),

  attach: counterProcedure.input(ZAttachment).mutation(({ ctx, input }) => attachToComplaint(ctx.db, ctx.staff, input, ctx.now())),

  attachment: counterProcedure.input(ZId).output(ZComplaintAttachmentFile).query(({ ctx, input }) => readComplaintAttachment(ctx.db, ctx.staff, input.id, ctx.now())),
});
