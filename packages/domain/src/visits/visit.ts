import { z } from 'zod';
import { filterOn, listInput } from '../list.js';
import { optionalText, requiredText, ZCprNumber, ZIsoDate } from '../fields.js';
import { documentCodePattern } from './documents.js';
import { assuranceLevels, verificationMethods, visitOutcomes, visitServices } from './values.js';

export * from './values.js';
export * from './documents.js';


/** A document shown, by its stable code; whether its expiry date is needed depends on the kind (the rule engine). */
export const ZIdentityDocument = z.object({
  kind: z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }).regex(documentCodePattern, { error: 'visit.documentUnknown' }),
  expiresOn: ZIsoDate.nullish().transform((v) => v ?? null),
  /** E.g. a temporary driving licence; the temporary health card is temporary by kind. */
  temporary: z.boolean().default(false),
  /** A photo or scan shown on a phone instead of the document itself. */
  digitalCopy: z.boolean().default(false),
  /** [pub] The MitID app has read the document's chip: a passport or national ID card without CPR number may then reach HØJ. */
  chipRead: z.boolean().default(false),
});
export type TIdentityDocument = z.output<typeof ZIdentityDocument>;

const ZCount = z.number({ error: 'validation.required' }).int().min(0).max(20);

export const ZCprQuestions = z
  .object({ asked: ZCount, correct: ZCount })
  .refine((q) => q.correct <= q.asked, { error: 'visit.cprQuestionsCount', path: ['correct'] });

export const ZWitness = z.object({
  cpr: ZCprNumber,
  name: requiredText(200),
  mitIdSince: ZIsoDate,
  photoIdSeen: z.boolean().default(false),
  /** [pub] A photo ID without the CPR number needs a document that has it. */
  photoIdHasCpr: z.boolean().default(true),
  cprDocumentSeen: z.boolean().default(false),
});
export type TWitness = z.output<typeof ZWitness>;

/** What the caseworker records to verify an identity; the method decides which parts are needed. */
export const ZVisitEvidence = z
  .object({
    method: z.enum(verificationMethods, { error: 'validation.required' }),
    targetLevel: z.enum(assuranceLevels, { error: 'validation.required' }),
    inPerson: z.boolean().default(true),
    documents: z.array(ZIdentityDocument).max(5).default([]),
    cprQuestions: ZCprQuestions.nullish().transform((v) => v ?? null),
    witness: ZWitness.nullish().transform((v) => v ?? null),
    notes: optionalText(4000),
  })
  .superRefine((e, ctx) => {
    if (e.documents.length === 0) ctx.addIssue({ code: 'custom', path: ['documents'], message: 'visit.documentsRequired' });
    if (e.method === 'cprQuestions' && !e.cprQuestions) {
      ctx.addIssue({ code: 'custom', path: ['cprQuestions'], message: 'validation.required' });
    }
    if (e.method === 'witness' && !e.witness) ctx.addIssue({ code: 'custom', path: ['witness'], message: 'validation.required' });
  })
  // Only the chosen method's parts are kept: a witness left in the form of a documents visit is neither
  // checked by the witness rules nor stored (and so never counted as a witnessing).
  .transform((e) => ({
    ...e,
    cprQuestions: e.method === 'cprQuestions' ? e.cprQuestions : null,
    witness: e.method === 'witness' ? e.witness : null,
  }));
export type TVisitEvidenceInput = z.input<typeof ZVisitEvidence>;
export type TVisitEvidence = z.output<typeof ZVisitEvidence>;

export const ZVisitStart = z.object({
  citizenId: z.number().int().positive(),
  service: z.enum(visitServices, { error: 'validation.required' }),
});
export type TVisitStart = z.infer<typeof ZVisitStart>;

export const ZRefusal = z.object({ reason: requiredText(2000) });

export const visitSortFields = ['startedAt'] as const;

export const ZVisitFilter = z.discriminatedUnion('field', [
  /** A date range is two filters on the counter day: from (gte) and to (lte), both inclusive. */
  filterOn('day', ['gte', 'lte', 'eq'], ZIsoDate),
  filterOn('caseworkerId', ['eq'], z.coerce.number().int().positive()),
  filterOn('citizenId', ['eq'], z.coerce.number().int().positive()),
  filterOn('service', ['eq'], z.enum(visitServices)),
  filterOn('method', ['eq'], z.enum(verificationMethods)),
  filterOn('outcome', ['eq'], z.enum(visitOutcomes)),
]);
export type TVisitFilter = z.infer<typeof ZVisitFilter>;

export const ZVisitListInput = listInput(visitSortFields, ZVisitFilter);
export type TVisitListInput = z.infer<typeof ZVisitListInput>;
