import { z } from 'zod';
import { parseCpr } from './cpr.js';
import { isIsoDate, todayIso } from './isoDate.js';

/**
 * Field schemas shared by forms and procedures. Messages are keys of `messages.ts`, translated where they are
 * shown, so the browser and the API speak the caseworker's language from one definition.
 */
export const requiredText = (max: number) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(max, { error: 'validation.tooLong' });

/** Forms send '' for a cleared field; store that as "not given". */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'validation.tooLong' })
    .nullish()
    .transform((v) => (v ? v : null));

/**
 * Accepts the written forms and stores the 10 digits; the error names which rule was broken. A birth date after
 * today is refused [pub]: the one rule here that reads the clock, at the edge where input arrives.
 */
export const ZCprNumber = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .transform((value, ctx) => {
    const parsed = parseCpr(value, todayIso(new Date()));
    if (parsed.ok) return parsed.cpr.digits;
    // Not fatal: the form-wide rules (postal address, guardian) still report in the same pass.
    ctx.addIssue({ code: 'custom', message: parsed.error, continue: true });
    return z.NEVER;
  });

// [policy] Danish numbers are 8 digits; foreign numbers start with + and a country code.
export const ZPhone = z
  .string()
  .trim()
  .regex(/^(\+\d{1,3} ?)?\d[\d ]{6,14}\d$/, { error: 'validation.phone' })
  .or(z.literal(''))
  .nullish()
  .transform((v) => (v ? v.replace(/\s+/g, ' ') : null));

export const ZEmail = z
  .email({ error: 'validation.email' })
  .max(254, { error: 'validation.tooLong' })
  .or(z.literal(''))
  .nullish()
  .transform((v) => (v ? v : null));

/**
 * [policy] The dates Skranke deals in lie between 1900 and 2100: anything outside (0000-01-01, 9999-12-31) is a
 * typing error, refused here before any rule or query sees it.
 */
export const plausibleDates = { from: '1900-01-01', to: '2100-12-31' } as const;

/** A calendar date `YYYY-MM-DD`, real and plausible: one schema for every date a form or a procedure takes. */
export const ZIsoDate = z
  .string({ error: 'validation.required' })
  .refine(isIsoDate, { error: 'validation.date', abort: true })
  .refine((d) => d >= plausibleDates.from && d <= plausibleDates.to, { error: 'validation.dateRange' });
