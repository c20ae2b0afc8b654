import type { Locale } from '@skranke/domain';
import type { Db } from '@skranke/db';
import { resumeSession, sessionCookie, type SessionStaff } from './auth/sessions.js';

/** Long-lived parts the server creates once; tests make their own with a fixed clock. */
export type ApiDeps = {
  db: Db;
  now: () => Date;
};

/** The request's cookies, read and written through the HTTP adapter. */
export type CookieJar = {
  get(name: string): string | undefined;
  set(name: string, value: string, maxAgeSeconds: number): void;
  clear(name: string): void;
};

export type Context = ApiDeps & {
  staff: SessionStaff | null;
  cookies: CookieJar;
  locale: Locale;
  clientAddress: string;
};

/** `x-skranke-locale` from the web app wins; otherwise Accept-Language; Danish by default. */
export function localeFrom(headers: { [name: string]: string | string[] | undefined }): Locale {
  const explicit = headers['x-skranke-locale'];
  if (explicit === 'en' || explicit === 'da') return explicit;
  const accept = String(headers['accept-language'] ?? '');
  return /^en\b/i.test(accept) ? 'en' : 'da';
}

export function createContext(
  deps: ApiDeps,
  request: { cookies: CookieJar; locale: Locale; clientAddress: string },
): Context {
  const token = request.cookies.get(sessionCookie);
  const staff = token ? resumeSession(deps.db, token, deps.now()) : null;
  return { ...deps, ...request, staff };
}
