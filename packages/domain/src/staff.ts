import { z } from 'zod';
import { requiredText, ZEmail } from './fields.js';
import { filterOn, listInput, ZFilterBoolean } from './list.js';
import { staffRoles } from './roles.js';

export const staffSortFields = ['displayName', 'username'] as const;

export const ZStaffFilter = z.discriminatedUnion('field', [
  filterOn('role', ['eq'], z.enum(staffRoles)),
  filterOn('active', ['eq'], ZFilterBoolean),
  /** Free text: the name for everyone; an admin's search also finds the username and the e-mail. */
  filterOn('q', ['contains', 'eq'], z.string().trim().max(100).transform((v) => v.normalize('NFKC'))),
]);
export type TStaffFilter = z.infer<typeof ZStaffFilter>;

export const ZStaffListInput = listInput(staffSortFields, ZStaffFilter);
export type TStaffListInput = z.infer<typeof ZStaffListInput>;

/**
 * [policy] Usernames are lower case (login lower-cases what is typed, so "Anna" and "anna" are one name): letters,
 * digits and . _ - @, so an e-mail address or the municipality's initials (abc1) both fit.
 */
export const ZUsername = z
  .string({ error: 'validation.required' })
  .trim()
  .toLowerCase()
  .min(1, { error: 'validation.required' })
  .max(100, { error: 'validation.tooLong' })
  .regex(/^[a-z0-9._@-]+$/, { error: 'staff.usernameFormat' });

/** What an admin may change about a staff member. */
export const ZStaffData = z.object({
  displayName: requiredText(200),
  role: z.enum(staffRoles, { error: 'validation.required' }),
  email: ZEmail,
});
export type TStaffData = z.output<typeof ZStaffData>;

export const ZStaffCreate = ZStaffData.extend({ username: ZUsername });
export type TStaffCreate = z.output<typeof ZStaffCreate>;

export const ZStaffUpdate = z.object({ id: z.coerce.number().int().positive(), data: ZStaffData });
export type TStaffUpdate = z.output<typeof ZStaffUpdate>;

/** Passwords are taken as typed: no trimming, a space may be part of one. */
export const ZPasswordChange = z.object({
  currentPassword: z.string().min(1, { error: 'validation.required' }).max(200, { error: 'validation.tooLong' }),
  newPassword: z.string().min(1, { error: 'validation.required' }).max(200, { error: 'validation.tooLong' }),
});
export type TPasswordChange = z.output<typeof ZPasswordChange>;
