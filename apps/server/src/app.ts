import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import staticFiles from '@fastify/static';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { appRouter, createContext, localeFrom, type ApiDeps, type AppRouter, type CookieJar } from '@skranke/api';
import { policy } from '@skranke/domain';

export type ServerOptions = {
  deps: ApiDeps;
  /** Secure cookies need HTTPS; production runs behind a TLS-terminating proxy. */
  secureCookies: boolean;
  logger: FastifyServerOptions['logger'];
  webRoot?: string;
};

/** The built web app (apps/web/dist), unless SKRANKE_WEB_ROOT names another folder. */
export function defaultWebRoot(): string {
  const webPackage = createRequire(import.meta.url).resolve('@skranke/web/package.json');
  return process.env.SKRANKE_WEB_ROOT ?? join(dirname(webPackage), 'dist');
}

/**
 * Log lines carry method, path and status only: a query string could hold personal data, and
 * request bodies are never logged (tRPC queries travel as POST bodies for that reason).
 */
export const loggerOptions = (level: string): FastifyServerOptions['logger'] => ({
  level,
  serializers: {
    req: (req: { method: string; url: string; id: string }) => ({
      id: req.id,
      method: req.method,
      path: req.url.split('?')[0],
    }),
  },
});

export async function buildServer(options: ServerOptions) {
  const app = Fastify({
    logger: options.logger,
    trustProxy: 'loopback',
    // Room for the largest attachment the policy allows, sent base64-encoded (4/3 of its size) inside JSON.
    bodyLimit: Math.ceil((policy.attachmentMaxBytes * 4) / 3) + 64 * 1024,
  });
  const { deps } = options;

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        // antd writes its styles at run time (CSS-in-JS).
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'upgrade-insecure-requests': options.secureCookies ? [] : null,
      },
    },
  });
  await app.register(cookie);

  // Queries come by POST only: a GET would carry its input (a CPR number, say) in the URL, into proxy logs and
  // browser history.
  app.addHook('onRequest', async (req, reply) => {
    if (req.method === 'GET' && req.url.startsWith('/trpc/')) {
      return reply.code(405).header('allow', 'POST').send({ error: 'Use POST: inputs must not travel in URLs.' });
    }
  });

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      // Queries arrive as POST (client methodOverride) so inputs such as CPR numbers stay out of URLs.
      allowMethodOverride: true,
      createContext: ({ req, res }) => {
        const cookies: CookieJar = {
          get: (name) => req.cookies[name],
          set: (name, value, maxAgeSeconds) =>
            void res.setCookie(name, value, {
              path: '/',
              httpOnly: true,
              sameSite: 'strict',
              secure: options.secureCookies,
              maxAge: maxAgeSeconds,
            }),
          clear: (name) => void res.clearCookie(name, { path: '/' }),
        };
        return createContext(deps, { cookies, locale: localeFrom(req.headers), clientAddress: req.ip });
      },
      onError: ({ error, path }) => {
        // Expected refusals are the caseworker's business; only failures the server did not expect are logged.
        if (error.code === 'INTERNAL_SERVER_ERROR') app.log.error({ path, err: error.cause ?? error }, 'procedure failed');
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  app.get('/healthz', async (_req, reply) => {
    try {
      deps.db.$client.prepare('select 1').get();
      return { status: 'ok' };
    } catch {
      return reply.code(503).send({ status: 'unavailable' });
    }
  });

  const webRoot = options.webRoot ?? defaultWebRoot();
  if (existsSync(join(webRoot, 'index.html'))) {
    await app.register(staticFiles, {
      root: webRoot,
      setHeaders: (res, path) => {
        // Vite fingerprints everything under assets/; index.html must be fetched fresh after a deploy.
        res.setHeader('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    // Client-side routes (/citizens/show/7) all load the single page app.
    app.setNotFoundHandler((req, reply) => {
      if (req.method === 'GET' && !req.url.startsWith('/trpc')) return reply.type('text/html').sendFile('index.html');
      return reply.code(404).send({ error: 'not found' });
    });
  } else {
    app.log.warn({ webRoot }, 'web app not built: serving the API only');
  }

  return app;
}
