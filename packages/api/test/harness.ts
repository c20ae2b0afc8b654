import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase, createStaff, openDatabase, type StaffMember } from '@skranke/db';
import type { StaffRole } from '@skranke/domain';
import { createCaller, createContext, type CookieJar } from '../src/index.js';

export const testPassword = 'correct horse battery';

/** A fresh SQLite file with one staff member per role, a settable clock and callers that log in for real. */
export async function createTestApi(start = new Date('2026-11-25T09:30:00Z')) {
  const dir = mkdtempSync(join(tmpdir(), 'skranke-api-'));
  const db = openDatabase(join(dir, 'skranke.db'));
  let clock = start;
  const deps = { db, now: () => clock };
  const staff = {} as Record<StaffRole, StaffMember>;
  for (const role of ['caseworker', 'supervisor', 'admin'] as const) {
    staff[role] = await createStaff(db, { username: role, displayName: `Test ${role}`, role, password: testPassword });
  }

  function cookieJar(): CookieJar & { values: Map<string, string> } {
    const values = new Map<string, string>();
    return {
      values,
      get: (name) => values.get(name),
      set: (name, value) => void values.set(name, value),
      clear: (name) => void values.delete(name),
    };
  }

  /** A caller as one browser: each call builds its context from the jar, as each HTTP request would. */
  function client(options: { locale?: 'da' | 'en'; clientAddress?: string } = {}) {
    const cookies = cookieJar();
    const caller = createCaller(() =>
      createContext(deps, { cookies, locale: options.locale ?? 'da', clientAddress: options.clientAddress ?? '127.0.0.1' }),
    );
    return { caller, cookies };
  }

  async function as(role: StaffRole) {
    const c = client();
    await c.caller.auth.login({ username: role, password: testPassword });
    return c.caller;
  }

  /** The context the next HTTP request of a logged-in browser gets, for code the server calls directly (exports). */
  async function contextAs(role: StaffRole | null) {
    const c = client();
    if (role) await c.caller.auth.login({ username: role, password: testPassword });
    return createContext(deps, { cookies: c.cookies, locale: 'da', clientAddress: '127.0.0.1' });
  }

  let accounts = 0;
  /**
   * A new staff member of `role`, created as an admin would (`staff.create`), and a browser logged in with the
   * one-time password the admin was shown: it must choose a password before anything else.
   */
  async function newColleague(role: StaffRole, username = `${role}-${++accounts}`) {
    const admin = await as('admin');
    const { id, oneTimePassword } = await admin.staff.create({ username, displayName: `New ${role} ${accounts}`, role, email: '' });
    const c = client();
    await c.caller.auth.login({ username, password: oneTimePassword });
    return { id, username, oneTimePassword, caller: c.caller, cookies: c.cookies };
  }

  return {
    db,
    staff,
    client,
    as,
    newColleague,
    contextAs,
    anonymous: () => client().caller,
    setNow: (next: Date) => void (clock = next),
    now: () => clock,
    close: () => {
      closeDatabase(db);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type TestApi = Awaited<ReturnType<typeof createTestApi>>;

/** The code of the error a call fails with, e.g. 'FORBIDDEN'. */
export async function errorOf(call: Promise<unknown>): Promise<{ code: string; message: string; cause: unknown }> {
  try {
    await call;
  } catch (error) {
    const e = error as { code: string; message: string; cause: unknown };
    return { code: e.code, message: e.message, cause: e.cause };
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** The message keys of a zod refusal, by field path. */
export function issuesByField(cause: unknown): Record<string, string> {
  const issues = (cause as { issues?: { path: PropertyKey[]; message: string }[] }).issues ?? [];
  return Object.fromEntries(issues.map((i) => [i.path.map(String).join('.'), i.message]));
}
