import { TRPCClientError, type TRPCLink } from '@trpc/client';
import { observable } from '@trpc/server/observable';
import type { AppRouter } from '@skranke/api';
import { i18n } from '../i18n';

/**
 * Every error a screen shows is a TRPCClientError whose message the reader understands: the server translates
 * its own; a request that never got an answer (network down, server restarting) says so here.
 */
export const networkErrorLink: TRPCLink<AppRouter> = () => ({ op, next }) =>
  observable((observer) =>
    next(op).subscribe({
      next: (value) => observer.next(value),
      complete: () => observer.complete(),
      error: (error) => observer.error(error.data ? error : TRPCClientError.from(new Error(i18n.t('error.network')), { meta: error.meta })),
    }),
  );

/**
 * After a change (any mutation but Refine's own CRUD calls, which refresh themselves), what is shown of the
 * changed case type is fetched again; the change resolves once that is done, so the next screen shows what was
 * saved. A refusal that says the record changed meanwhile (a conflict) refreshes too.
 */
export function refreshLink(refresh: (procedure: string) => Promise<unknown>): TRPCLink<AppRouter> {
  return () => ({ op, next }) =>
    observable((observer) => {
      if (op.type !== 'mutation' || op.context.refineCrud) return next(op).subscribe(observer);
      let result: Parameters<typeof observer.next>[0];
      return next(op).subscribe({
        next: (value) => {
          result = value;
        },
        complete: () => {
          // A refresh that fails leaves the old rows; the change itself succeeded.
          void refresh(op.path).catch(() => undefined).then(() => {
            observer.next(result);
            observer.complete();
          });
        },
        error: (error) => {
          if (error.data?.code === 'CONFLICT') void refresh(op.path).finally(() => observer.error(error));
          else observer.error(error);
        },
      });
    });
}
