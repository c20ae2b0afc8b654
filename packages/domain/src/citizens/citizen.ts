import { z } from 'zod';
import { filterOn, listInput, ZFilterBoolean } from '../list.js';
import { optionalText, requiredText, ZCprNumber, ZEmail, ZPhone } from '../fields.js';

export const guardianshipKinds = ['none', 'guardianship'] as const;
export type Guardianship = (typeof guardianshipKinds)[number];

/** Fields a caseworker enters for a citizen; one schema for the form and for `citizens.create/update`. */
export const ZCitizenInput = z
  .object({
    cpr: ZCprNumber,
    name: requiredText(200),
    hasFixedAddress: z.boolean().default(true),
    address: optionalText(300),
    postalAddress: optionalText(300),
    phone: ZPhone,
    email: ZEmail,
    /** [pub] Navne- og adressebeskyttelse: the address shows only on the citizen's own record. */
    addressProtected: z.boolean().default(false),
    guardianship: z.enum(guardianshipKinds).default('none'),
    guardianName: optionalText(200),
    notes: optionalText(4000),
  })
  .superRefine((c, ctx) => {
    if (c.hasFixedAddress && !c.address) {
      ctx.addIssue({ code: 'custom', path: ['address'], message: 'citizen.addressRequired' });
    }
    // [seed] An applicant with no fixed address in the folkeregister must give a postal address.
    if (!c.hasFixedAddress && !c.postalAddress) {
      ctx.addIssue({ code: 'custom', path: ['postalAddress'], message: 'citizen.postalAddressRequired' });
    }
    if (c.guardianship === 'guardianship' && !c.guardianName) {
      ctx.addIssue({ code: 'custom', path: ['guardianName'], message: 'citizen.guardianNameRequired' });
    }
  });

export type TCitizenInput = z.input<typeof ZCitizenInput>;
export type TCitizenData = z.output<typeof ZCitizenInput>;

export const citizenSortFields = ['name', 'createdAt', 'updatedAt'] as const;

export const ZCitizenFilter = z.discriminatedUnion('field', [
  /** One search box: a name fragment, or a CPR number (or its first 6+ digits). */
  // NFKC: a number typed or pasted in full-width digits is searched (and logged, masked) as the digits it is.
  filterOn('q', ['contains', 'eq'], z.string().trim().max(100).transform((v) => v.normalize('NFKC'))),
  filterOn('hasFixedAddress', ['eq'], ZFilterBoolean),
  filterOn('guardianship', ['eq'], z.enum(guardianshipKinds)),
]);
export type TCitizenFilter = z.infer<typeof ZCitizenFilter>;

/** One search box: a second `q` filter would search without being logged as the first. */
export const ZCitizenListInput = listInput(citizenSortFields, ZCitizenFilter).refine(
  (input) => input.filters.filter((f) => f.field === 'q').length <= 1,
  { error: 'validation.invalid', path: ['filters'] },
);
export type TCitizenListInput = z.infer<typeof ZCitizenListInput>;
