import { z } from 'zod';
import { assuranceLevels, verificationMethods, visitOutcomes, visitServices, type MessageKey } from '@skranke/domain';
import { listResult, ZAuditHistory } from '../../outputs.js';
import { ZCitizenCard } from '../citizens/outputs.js';

/** A broken rule as stored with a refusal. Its code is checked only as a string: a visit refused under a since-renamed rule still opens. */
const ZRuleViolation = z.object({
  code: z.custom<MessageKey>((value) => typeof value === 'string'),
  path: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

export const ZVisitListItem = z.object({
  id: z.number(),
  citizenId: z.number(),
  citizenName: z.string(),
  citizenCprMasked: z.string(),
  caseworkerId: z.number(),
  caseworkerName: z.string(),
  service: z.enum(visitServices),
  outcome: z.enum(visitOutcomes),
  method: z.enum(verificationMethods).nullable(),
  targetLevel: z.enum(assuranceLevels).nullable(),
  level: z.enum(assuranceLevels).nullable(),
  day: z.string(),
  startedAt: z.date(),
  closedAt: z.date().nullable(),
});

export const ZVisitList = listResult(ZVisitListItem);

/** The visit with what was shown, the witness (CPR masked), the citizen's card and the visit's audit history. */
export const ZVisit = z.object({
  id: z.number(),
  citizenId: z.number(),
  caseworkerId: z.number(),
  service: z.enum(visitServices),
  outcome: z.enum(visitOutcomes),
  startedAt: z.date(),
  day: z.string(),
  closedAt: z.date().nullable(),
  method: z.enum(verificationMethods).nullable(),
  targetLevel: z.enum(assuranceLevels).nullable(),
  level: z.enum(assuranceLevels).nullable(),
  inPerson: z.boolean(),
  cprQuestionsAsked: z.number().nullable(),
  cprQuestionsCorrect: z.number().nullable(),
  witnessId: z.number().nullable(),
  witnessMitIdSince: z.string().nullable(),
  witnessPhotoIdSeen: z.boolean().nullable(),
  witnessPhotoIdHasCpr: z.boolean().nullable(),
  witnessCprDocumentSeen: z.boolean().nullable(),
  refusalReason: z.string().nullable(),
  brokenRules: z.array(ZRuleViolation).nullable(),
  notes: z.string().nullable(),
  caseworkerName: z.string().nullable(),
  documents: z.array(z.object({ kind: z.string(), expiresOn: z.string().nullable(), temporary: z.boolean(), digitalCopy: z.boolean(), chipRead: z.boolean() })),
  witness: z.object({ name: z.string(), cprMasked: z.string() }).nullable(),
  citizen: ZCitizenCard,
  history: ZAuditHistory,
});
