import { TRPCError } from '@trpc/server';
import type { MessageKey, RuleViolation } from '@skranke/domain';

type AppErrorCode = 'BAD_REQUEST' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS' | 'SERVICE_UNAVAILABLE';

/** What a refused request carries: a message key for the caseworker's language, and the field it concerns. */
export class AppErrorCause extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
    readonly field?: string,
    /** Broken domain rules, each reported on its own field. */
    readonly violations: RuleViolation[] = [],
  ) {
    super(key);
  }
}

/** The one error type procedures throw; the error formatter translates it. */
export function appError(
  code: AppErrorCode,
  key: MessageKey,
  options: { params?: Record<string, string | number>; field?: string; violations?: RuleViolation[] } = {},
): TRPCError {
  return new TRPCError({
    code,
    message: key,
    cause: new AppErrorCause(key, options.params, options.field, options.violations),
  });
}

/** The record looked up, or the caseworker's "it does not exist (any more)". */
export function orNotFound<T>(record: T | null | undefined): T {
  if (record === null || record === undefined) throw appError('NOT_FOUND', 'error.notFound');
  return record;
}
