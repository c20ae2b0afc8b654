import { z } from 'zod';
import { normalizeOneTimePassword, oneTimePasswordExpired, ZPasswordChange, type MessageKey } from '@skranke/domain';
import { appendAudit, findStaffByUsername, verifySecret, type StaffRow } from '@skranke/db';
import { beginLoginAttempt, loginSucceeded } from '../auth/loginThrottle.js';
import { endSession, sessionCookie, sessionMaxAgeSeconds, startSession } from '../auth/sessions.js';
import { appError } from '../errors.js';
import { changeOwnPassword } from '../staff/services.js';
import { allStaff, publicProcedure, router, staffProcedure } from '../trpc.js';

const ZLogin = z.object({
  username: z.string().trim().toLowerCase().min(1, { error: 'validation.required' }).max(100),
  password: z.string().min(1, { error: 'validation.required' }).max(200),
});

// Compared against when the username is unknown, so a wrong name costs as long as a wrong password.
const unknownUserHash =
  'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/**
 * Why a login is refused, or null. Only someone who knows the password learns the account's state (deactivated,
 * one-time password expired); a guesser hears "wrong username or password" either way.
 */
function loginRefusal(member: StaffRow | undefined, valid: boolean, now: Date): MessageKey | null {
  if (!member || !valid) return 'auth.invalidCredentials';
  if (!member.active) return 'auth.deactivated';
  if (member.passwordChangeDue && oneTimePasswordExpired(member.oneTimePasswordExpiresAt, now)) return 'auth.oneTimePasswordExpired';
  return null;
}

/** What stays open to a staff member who must first replace a one-time password: this, and logging out. */
const passwordChangeProcedure = staffProcedure.meta({ access: allStaff, duringPasswordChange: true });

export const authRouter = router({
  login: publicProcedure.input(ZLogin).mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    const member = findStaffByUsername(ctx.db, input.username);
    const attempt = { username: input.username, staffId: member?.id ?? null, address: ctx.clientAddress };
    const { waitSeconds, firstFailure } = beginLoginAttempt(ctx.db, attempt, now);
    if (waitSeconds > 0) throw appError('TOO_MANY_REQUESTS', 'auth.rateLimited', { params: { seconds: waitSeconds } });
    // A one-time password is copied from paper: its case, spaces and dashes are forgiven.
    const typed = member?.passwordChangeDue ? normalizeOneTimePassword(input.password) : input.password;
    const valid = await verifySecret(typed, member?.passwordHash ?? unknownUserHash);
    const refusal = loginRefusal(member, valid, now);
    if (refusal || !member) {
      if (firstFailure) appendAudit(ctx.db, { staffId: member?.id ?? null, action: 'auth.loginFailed', entity: 'staff', entityId: member?.id }, now);
      throw appError('UNAUTHORIZED', refusal ?? 'auth.invalidCredentials');
    }
    const failedBefore = loginSucceeded(ctx.db, attempt);
    const token = startSession(ctx.db, member.id, now);
    const details = failedBefore > 0 ? { failedBefore } : undefined;
    appendAudit(ctx.db, { staffId: member.id, action: 'auth.login', entity: 'staff', entityId: member.id, details }, now);
    ctx.cookies.set(sessionCookie, token, sessionMaxAgeSeconds);
    const { id, username, displayName, role, passwordChangeDue } = member;
    return { id, username, displayName, role, passwordChangeDue };
  }),

  logout: passwordChangeProcedure.mutation(({ ctx }) => {
    const token = ctx.cookies.get(sessionCookie);
    if (token) endSession(ctx.db, token);
    ctx.cookies.clear(sessionCookie);
    appendAudit(ctx.db, { staffId: ctx.staff.id, action: 'auth.logout', entity: 'staff', entityId: ctx.staff.id }, ctx.now());
    return { ok: true };
  }),

  /** One's own password, the current one typed again; it ends a one-time password's "change it first". */
  changePassword: passwordChangeProcedure
    .input(ZPasswordChange)
    .mutation(({ ctx, input }) =>
      changeOwnPassword(ctx.db, ctx.staff, input, { token: ctx.cookies.get(sessionCookie), address: ctx.clientAddress }, ctx.now()),
    ),

  /**
   * Who is logged in, or null: the web app asks this to decide between the login page and the app, and, while
   * `passwordChangeDue`, to show only the form for choosing a password.
   */
  me: publicProcedure.query(({ ctx }) => ctx.staff),
});
