import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import staticFiles from '@fastify/static';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import {
  appRouter,
  createContext,
  exportErrorResponse,
  localeFrom,
  openExport,
  resumeSession,
  sessionCookie,
  type ApiDeps,
  type AppRouter,
  type Context,
  type CookieJar,
} from '@skranke/api';
import { policy } from '@skranke/domain';

export type ServerOptions = {
  deps: ApiDeps;
  /** Secure cookies need HTTPS; production runs behind a TLS-terminating proxy. */
  secureCookies: boolean;
  logger: FastifyServerOptions['logger'];
  webRoot?: string;
  /** Which proxies' X-Forwarded-For to believe: none unless configured (SKRANKE_TRUST_PROXY). */
  trustProxy?: FastifyServerOptions['trustProxy'];
};

/**
 * SKRANKE_TRUST_PROXY as Fastify takes it: `true` (every hop), or the proxies' addresses and ranges separated by
 * commas (`127.0.0.1,10.0.0.0/8`). Unset, no proxy is trusted: a client cannot pick its own address with a header.
 */
export function trustProxyFrom(value: string | undefined): FastifyServerOptions['trustProxy'] {
  if (!value) return false;
  if (value === 'true') return true;
  return value.split(',').map((entry) => entry.trim());
}

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

/** The API's context for one request: the session cookie read (and written) the same way for tRPC and exports. */
function requestContext(deps: ApiDeps, secureCookies: boolean, req: FastifyRequest, reply: FastifyReply): Context {
  const cookies: CookieJar = {
    get: (name) => req.cookies[name],
    set: (name, value, maxAgeSeconds) =>
      void reply.setCookie(name, value, { path: '/', httpOnly: true, sameSite: 'strict', secure: secureCookies, maxAge: maxAgeSeconds }),
    clear: (name) => void reply.clearCookie(name, { path: '/' }),
  };
  return createContext(deps, { cookies, locale: localeFrom(req.headers), clientAddress: req.ip });
}

/**
 * `POST /export/:resource`: every row of a list or report as a CSV download. The input (the list's filters and
 * sorters, or a report's range) travels in the body, never in the URL, since it may hold a CPR number: as JSON, or
 * as the form field `input` holding that JSON, so a plain form post lets the browser stream the file to disk.
 * A cross-site form carries no session cookie (SameSite=Strict), so it is refused like any anonymous request.
 */
async function exportRoutes(app: FastifyInstance, options: { deps: ApiDeps; secureCookies: boolean }) {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
  app.post<{ Params: { resource: string } }>('/export/:resource', async (req, reply) => {
    const ctx = requestContext(options.deps, options.secureCookies, req, reply);
    try {
      const form = req.headers['content-type']?.startsWith('application/x-www-form-urlencoded');
      const input = form ? parseFormInput(req.body) : req.body;
      const { fileName, body } = openExport(ctx, req.params.resource, input, (err) => req.log.error({ err }, 'export failed while streaming'));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('cache-control', 'no-store')
        .send(body);
    } catch (error) {
      const { status, body } = exportErrorResponse(error, ctx.locale);
      if (status >= 500) req.log.error({ err: error }, 'export failed');
      return reply.code(status).send(body);
    }
  });
}

/**
 * The form field `input` as JSON. Text that is not JSON, or nested deeper than any JSON body may be, is passed on
 * as text, which every export's schema refuses (400): an unreadable filter must never widen into an export of
 * everything.
 */
function parseFormInput(body: unknown): unknown {
  const text = (body as Record<string, string> | null)?.input;
  if (text === undefined) return {};
  if (nestingDepth(text) > maxJsonDepth) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Enough for a whole Borgerservice behind one address to open the login page at once, not for a flood. */
const anonymousRequestsPerMinute = 300;

/** Room for the largest attachment the policy allows, sent base64-encoded (4/3 of its size) inside JSON. */
const attachmentBodyLimit = Math.ceil((policy.attachmentMaxBytes * 4) / 3) + 64 * 1024;
/** Every other call: a list's filters or a visit's evidence is a few kB; a long complaint text some tens. */
const callBodyLimit = 256 * 1024;
/** No input of Skranke nests deeper than a handful of levels (a batch of calls, superjson, filters). */
const maxJsonDepth = 32;

/** Why a JSON body is refused before it is parsed: too large for its route (413), or nested too deeply (400). */
function bodyRefusal(url: string, text: string): { status: number; message: string } | null {
  // The upload may come batched with other calls (/trpc/complaints.get,complaints.attach).
  const upload = url.startsWith('/trpc/') && url.split('?')[0]!.split(/[/,]/).includes('complaints.attach');
  const limit = upload ? attachmentBodyLimit : callBodyLimit;
  if (Buffer.byteLength(text) > limit) return { status: 413, message: 'The request body is too large.' };
  if (nestingDepth(text) > maxJsonDepth) return { status: 400, message: 'The request body is nested too deeply.' };
  return null;
}

/** How deeply the JSON text nests arrays and objects, counted without parsing it (strings skipped). */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i += 1; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (deepest > maxJsonDepth) return deepest;
    } else if (c === 93 || c === 125) depth -= 1;
  }
  return deepest;
}

/**
 * The request comes from this site's own pages, or from no browser at all (a script, a test: they carry no one's
 * cookie). Browsers say where a request comes from in Sec-Fetch-Site; older ones only in Origin.
 */
function sameSite(req: FastifyRequest): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined) return site === 'same-origin' || site === 'none';
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === req.host;
  } catch {
    return false;
  }
}

export async function buildServer(options: ServerOptions) {
  const app = Fastify({
    logger: options.logger,
    trustProxy: options.trustProxy ?? false,
    // The largest body any route takes: an attachment, base64 inside JSON. Every other route is held far lower below.
    bodyLimit: attachmentBodyLimit,
  });
  const { deps } = options;

  // JSON is bounded before it becomes objects: a small body for every call but the attachment upload, and no
  // deeper nesting than any input has. One anonymous request of nested arrays exhausted the heap before. tRPC reads
  // its body as text and parses it itself, so its text is checked before that; other routes parse here.
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    const refusal = bodyRefusal(req.url, body as string);
    if (refusal) return done(Object.assign(new Error(refusal.message), { statusCode: refusal.status }), undefined);
    try {
      done(null, body === '' ? undefined : (JSON.parse(body as string) as unknown));
    } catch {
      done(Object.assign(new Error('The request body is not JSON.'), { statusCode: 400 }), undefined);
    }
  });
  app.addHook('preValidation', async (req, reply) => {
    const refusal = typeof req.body === 'string' ? bodyRefusal(req.url, req.body) : null;
    if (refusal) return reply.code(refusal.status).send({ error: refusal.message });
  });

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
  // [policy] Anonymous requests are limited per client address; a signed-in colleague never is. A flood of
  // anonymous calls (wrong logins, say) cannot crowd out the counter behind the same address for long.
  await app.register(rateLimit, {
    global: true,
    max: anonymousRequestsPerMinute,
    timeWindow: 60_000,
    allowList: (req) => {
      const token = req.cookies[sessionCookie];
      return token !== undefined && resumeSession(deps.db, token, deps.now()) !== null;
    },
  });

  // Queries come by POST only: a GET would carry its input (a CPR number, say) in the URL, into proxy logs and
  // browser history.
  app.addHook('onRequest', async (req, reply) => {
    if (req.method === 'GET' && req.url.startsWith('/trpc/')) {
      return reply.code(405).header('allow', 'POST').send({ error: 'Use POST: inputs must not travel in URLs.' });
    }
    const api = req.url.startsWith('/trpc/') || req.url.startsWith('/export/');
    if (api && req.method === 'POST') {
      // Cross-site requests are refused outright, not left to SameSite alone: a form on another site cannot log a
      // user out, change a case or start an export.
      if (!sameSite(req)) return reply.code(403).send({ error: 'Cross-site requests are refused.' });
      // tRPC speaks JSON only: a multipart or text body is no way in.
      if (req.url.startsWith('/trpc/') && !req.headers['content-type']?.startsWith('application/json')) {
        return reply.code(415).send({ error: 'Send application/json.' });
      }
    }
  });

  // No answer of the API is kept by a browser or a proxy: they carry personal data.
  app.addHook('onSend', async (req, reply) => {
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
    if (req.url.startsWith('/trpc/') || req.url.startsWith('/export/')) reply.header('cache-control', 'no-store');
  });

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      // Queries arrive as POST (client methodOverride) so inputs such as CPR numbers stay out of URLs.
      allowMethodOverride: true,
      createContext: ({ req, res }) => requestContext(deps, options.secureCookies, req, res),
      onError: ({ error, path }) => {
        // Expected refusals are the caseworker's business; only failures the server did not expect are logged.
        if (error.code === 'INTERNAL_SERVER_ERROR') app.log.error({ path, err: error.cause ?? error }, 'procedure failed');
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  await app.register(exportRoutes, { deps, secureCookies: options.secureCookies });

  // Healthy means the database can be read and a write can begin: a read-only or locked-up file is not healthy.
  // For the load balancer and the operator: a real read of the file and the write lock taken and given back, so a
  // locked, full, unreadable or vanished database answers 503 with SQLite's reason instead of "ok".
  app.get('/healthz', async (_req, reply) => {
    try {
      const migrations = deps.db.$client.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get();
      deps.db.$client.exec('BEGIN IMMEDIATE; ROLLBACK');
      return { status: 'ok', migrations };
    } catch (err) {
      const { code, message } = err as { code?: string; message?: string };
      return reply.code(503).send({ status: 'unavailable', reason: [code, message].filter(Boolean).join(': ') });
    }
  });

  const webRoot = options.webRoot ?? defaultWebRoot();
  if (existsSync(join(webRoot, 'index.html'))) {
    await app.register(staticFiles, {
      root: webRoot,
      // Vite's build manifest (.vite/) is for the benchmark, not for the public.
      dotfiles: 'ignore',
      // The build writes .br and .gz beside each file (vite-plugin-compression2): sent as the browser accepts.
      preCompressed: true,
      // Otherwise `send` writes its own `public, max-age=0` over the cache-control set below.
      cacheControl: false,
      setHeaders: (res, path) => {
        // Vite fingerprints everything under assets/; index.html must be fetched fresh after a deploy.
        res.setHeader('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
        // Which of the three files was sent depends on Accept-Encoding; @fastify/static 8 does not say so itself.
        res.setHeader('vary', 'accept-encoding');
      },
    });
    // Client-side routes (/citizens/show/7) all load the single page app. A missing asset (a chunk of the build
    // before a deploy) is a 404: served the page instead, the browser would report a wrong MIME type, not a miss.
    app.setNotFoundHandler((req, reply) => {
      if (req.method === 'GET' && !req.url.startsWith('/trpc') && !req.url.startsWith('/assets/')) return reply.type('text/html').sendFile('index.html');
      return reply.code(404).send({ error: 'not found' });
    });
  } else {
    app.log.warn({ webRoot }, 'web app not built: serving the API only');
  }

  return app;
}
