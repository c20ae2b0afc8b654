import { initTRPC, type TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { isMessageKey, translate, type Locale, type StaffRole } from '@skranke/domain';
import type { SessionStaff } from './auth/sessions.js';
import type { Context } from './context.js';
import { AppErrorCause, appError } from './errors.js';

/**
 * Who may call a procedure. A procedure that declares nothing is refused: deny by default. `duringPasswordChange`:
 * it stays open to a staff member who must first choose a password (logging out, changing the password).
 */
export type Meta = { access?: 'public' | readonly StaffRole[]; duringPasswordChange?: true };

type Issue = { path?: readonly PropertyKey[] | undefined; message: string };

function issuesOf(cause: unknown): Issue[] | null {
  const issues = (cause as { issues?: unknown } | undefined)?.issues;
  return Array.isArray(issues) ? (issues as Issue[]) : null;
}

/** What a refused call tells the caseworker, in their language: one message, per-field messages and rule codes. */
export function describeError(error: TRPCError, locale: Locale): { message: string; fieldErrors: Record<string, string>; ruleCodes: string[] } {
  const fieldErrors: Record<string, string> = {};
  let ruleCodes: string[] = [];
  let message = translate(error.message, locale);
  const issues = issuesOf(error.cause);
  if (error.code === 'BAD_REQUEST' && issues) {
    for (const issue of issues) {
      const path = (issue.path ?? []).map(String).join('.');
      fieldErrors[path] ??= translate(issue.message, locale);
    }
    message = [...new Set(Object.values(fieldErrors))].join(' ');
  } else if (error.cause instanceof AppErrorCause) {
    const { key, params, field, violations } = error.cause;
    for (const v of violations) fieldErrors[v.path] ??= translate(v.code, locale, v.params);
    ruleCodes = violations.map((v) => v.code);
    const reasons = violations.map((v) => translate(v.code, locale, v.params)).join(' ');
    message = translate(key, locale, { ...params, reasons });
    if (field) fieldErrors[field] = message;
  } else if (error.code === 'INTERNAL_SERVER_ERROR') {
    message = translate('error.internal', locale);
  } else if (!isMessageKey(error.message)) {
    // tRPC's and superjson's own refusals (an unknown procedure, an unreadable wire format) speak in library terms.
    message = translate(error.code === 'NOT_FOUND' ? 'error.notFound' : 'error.unreadable', locale);
  }
  return { message, fieldErrors, ruleCodes };
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    // Never send stack traces to the browser.
    isDev: false,
    errorFormatter({ shape, error, ctx }) {
      const { message, fieldErrors, ruleCodes } = describeError(error, ctx?.locale ?? 'da');
      return { ...shape, message, data: { code: shape.data.code, httpStatus: shape.data.httpStatus, fieldErrors, ruleCodes } };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * What the database says when it cannot take a write now: locked by another process past the busy timeout
 * (SQLITE_BUSY and its kinds), or out of room (SQLITE_FULL). Both are "try again" or "call IT", not a server error.
 */
function storageRefusal(error: unknown): 'error.busy' | 'error.storageFull' | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code.startsWith('SQLITE_BUSY')) return 'error.busy';
  if (code === 'SQLITE_FULL') return 'error.storageFull';
  return null;
}

/** Every procedure's base: a write the database cannot take answers 503 with why; the transaction wrote nothing. */
const procedure = t.procedure.use(async ({ next }) => {
  const result = await next();
  const refusal = result.ok ? null : storageRefusal(result.error.cause);
  if (refusal) throw appError('SERVICE_UNAVAILABLE', refusal);
  return result;
});

/** Public procedures say so by name; `t.procedure` itself is not exported, so nothing else escapes the guard. */
export const publicProcedure = procedure.meta({ access: 'public' });

/**
 * The one role check: a session, and a role the access list names; no list refuses everyone (deny by default).
 * A staff member still on a one-time password gets nothing until they chose their own, unless the procedure is
 * one of those that lead there (`duringPasswordChange`). Procedures run it through `staffProcedure`; the CSV
 * export route calls it directly.
 */
export function authorize(staff: SessionStaff | null, access: Meta['access'], duringPasswordChange = false): SessionStaff {
  if (!staff) throw appError('UNAUTHORIZED', 'auth.unauthenticated');
  if (staff.passwordChangeDue && !duringPasswordChange) throw appError('FORBIDDEN', 'auth.passwordChangeDue');
  if (!Array.isArray(access) || !access.includes(staff.role)) throw appError('FORBIDDEN', 'auth.forbidden');
  return staff;
}

/** The base of every staff procedure. Without `.meta({ access: [roles] })` it refuses everyone: deny by default. */
export const staffProcedure = procedure.use(({ ctx, meta, next }) =>
  next({ ctx: { staff: authorize(ctx.staff, meta?.access, meta?.duringPasswordChange === true) } }),
);

/** Roles that work with citizens' cases. Admins manage accounts and policy, not citizens' data. */
export const counterStaff = ['caseworker', 'supervisor'] as const satisfies readonly StaffRole[];
export const allStaff = ['caseworker', 'supervisor', 'admin'] as const satisfies readonly StaffRole[];
/** Staff accounts are the admins' (domain.md "People and roles"). */
export const accountAdmins = ['admin'] as const satisfies readonly StaffRole[];
/** The audit log is the supervisors' [pub]: who read what, the log's own search and export. */
export const auditReaders = ['supervisor'] as const satisfies readonly StaffRole[];

/** The procedures of counter work: caseworkers and supervisors. */
export const counterProcedure = staffProcedure.meta({ access: counterStaff });
