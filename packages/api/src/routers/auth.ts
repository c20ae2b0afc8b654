import { z } from 'zod';
import { appendAudit, findStaffByUsername, verifySecret } from '@skranke/db';
import { beginLoginAttempt, loginSucceeded } from '../auth/loginThrottle.js';
import { endSession, sessionCookie, sessionMaxAgeSeconds, startSession } from '../auth/sessions.js';
import { appError } from '../errors.js';
import { allStaff, publicProcedure, router, staffProcedure } from '../trpc.js';

const ZLogin = z.object({
  username: z.string().trim().toLowerCase().min(1, { error: 'validation.required' }).max(100),
  password: z.string().min(1, { error: 'validation.required' }).max(200),
});

// Compared against when the username is unknown, so a wrong name costs as long as a wrong password.
const unknownUserHash =
  'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export const authRouter = router({
  login: publicProcedure.input(ZLogin).mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    const member = findStaffByUsername(ctx.db, input.username);
    const attempt = { username: input.username, staffId: member?.id ?? null, address: ctx.clientAddress };
    const { waitSeconds, firstFailure } = beginLoginAttempt(ctx.db, attempt, now);
    if (waitSeconds > 0) throw appError('TOO_MANY_REQUESTS', 'auth.rateLimited', { params: { seconds: waitSeconds } });
    const valid = await verifySecret(input.password, member?.passwordHash ?? unknownUserHash);
    if (!member || !member.active || !valid) {
      if (firstFailure) appendAudit(ctx.db, { staffId: member?.id ?? null, action: 'auth.loginFailed', entity: 'staff', entityId: member?.id }, now);
      throw appError('UNAUTHORIZED', 'auth.invalidCredentials');
    }
    const failedBefore = loginSucceeded(ctx.db, attempt);
    const token = startSession(ctx.db, member.id, now);
    const details = failedBefore > 0 ? { failedBefore } : undefined;
    appendAudit(ctx.db, { staffId: member.id, action: 'auth.login', entity: 'staff', entityId: member.id, details }, now);
    ctx.cookies.set(sessionCookie, token, sessionMaxAgeSeconds);
    return { id: member.id, username: member.username, displayName: member.displayName, role: member.role };
  }),

  logout: staffProcedure.meta({ access: allStaff }).mutation(({ ctx }) => {
    const token = ctx.cookies.get(sessionCookie);
    if (token) endSession(ctx.db, token);
    ctx.cookies.clear(sessionCookie);
    appendAudit(ctx.db, { staffId: ctx.staff.id, action: 'auth.logout', entity: 'staff', entityId: ctx.staff.id }, ctx.now());
    return { ok: true };
  }),

  /** Who is logged in, or null: the web app asks this to decide between the login page and the app. */
  me: publicProcedure.query(({ ctx }) => ctx.staff),
});
