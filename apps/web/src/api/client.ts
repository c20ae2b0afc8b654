import { keepPreviousData, QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import superjson from 'superjson';
import type { AppRouter } from '@skranke/api';
import { currentLocale } from '../i18n';
import { networkErrorLink, refreshLink } from './links';
import { refreshCaseType } from './refresh';

/**
 * One cache for Refine's CRUD calls and every other call, so a change can refresh both. Refine's own defaults,
 * which it applies only to a client it makes itself: a list keeps its rows while the next page loads.
 */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false, placeholderData: keepPreviousData } },
});

/** For a refused change that still changed something (a wrong code counts as a try); changes refresh by themselves. */
export const refresh = (procedure: string) => refreshCaseType(queryClient, procedure);

/**
 * The one API client. Calls made in a sequence of steps (the counter flow, logging in) use it directly; pages
 * use `trpc` below with React Query. The session cookie is same-origin and httpOnly, so fetch sends it.
 */
export const api = createTRPCClient<AppRouter>({
  links: [
    networkErrorLink,
    refreshLink(refresh),
    httpBatchLink({
      url: '/trpc',
      transformer: superjson,
      // Queries go by POST too, so inputs such as CPR numbers never land in URLs, logs or browser history.
      methodOverride: 'POST',
      // The server translates its error messages into this language.
      headers: () => ({ 'x-skranke-locale': currentLocale() }),
    }),
  ],
});

/** Query and mutation options for React Query, with keys derived from the procedure and its input. */
export const trpc = createTRPCOptionsProxy<AppRouter>({ client: api, queryClient });
