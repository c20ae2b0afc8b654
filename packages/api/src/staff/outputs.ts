import { z } from 'zod';
import { staffRoles } from '@skranke/domain';
import { listResult, ZAuditHistory } from '../outputs.js';

/** A colleague, as every staff member sees them (filters, assignment): a name and a role, nothing more. */
export const ZColleague = z.object({ id: z.number(), displayName: z.string(), role: z.enum(staffRoles) });

/** An account in the admin's list. */
export const ZStaffListItem = ZColleague.extend({ username: z.string(), email: z.string().nullable(), active: z.boolean() });

/** The admin's list first: a colleague's row lacks its fields, so it can only parse as the second. */
export const ZStaffList = z.union([listResult(ZStaffListItem), listResult(ZColleague)]);

/**
 * One account, for the admin: never its password hash, nor its one-time password (shown once, at creation). Its
 * history is what was done to the account (created, changed, deactivated, password reset), not its logins.
 */
export const ZStaffAccount = ZStaffListItem.extend({
  passwordChangeDue: z.boolean(),
  oneTimePasswordExpiresAt: z.date().nullable(),
  createdAt: z.date(),
  history: ZAuditHistory,
});

/** The one moment a one-time password leaves the server. */
export const ZOneTimePassword = z.object({ oneTimePassword: z.string() });
export const ZStaffCreated = ZOneTimePassword.extend({ id: z.number() });

export const ZStaffChanged = z.object({ id: z.number() });
