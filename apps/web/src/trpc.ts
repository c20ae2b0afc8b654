import { createTRPCClient, httpBatchLink } from '@trpc/client';
import superjson from 'superjson';
import type { AppRouter } from '@skranke/api';
import { currentLocale } from './i18n';

/** The one API client. The session cookie is same-origin and httpOnly, so fetch sends it without help. */
export const trpc = createTRPCClient<AppRouter>({
  links: [
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
