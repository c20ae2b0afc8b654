import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { schema } from '@skranke/db';
import { policy } from '@skranke/domain';
import { sessionCookie } from '../src/index.js';
import { createTestApi, errorOf, testPassword, type TestApi } from './harness.js';

let api: TestApi;
beforeEach(async () => void (api = await createTestApi()));
afterEach(() => api.close());

describe('auth', () => {
  test('a correct login opens a session that me() then reports', async () => {
    const { caller, cookies } = api.client();
    const who = await caller.auth.login({ username: 'Caseworker', password: testPassword });
    expect(who).toEqual({ id: api.staff.caseworker.id, username: 'caseworker', displayName: 'Test caseworker', role: 'caseworker', passwordChangeDue: false });
    expect(cookies.get(sessionCookie)).toMatch(/^[\w-]{43}$/);
    expect(await caller.auth.me()).toMatchObject({ username: 'caseworker', role: 'caseworker' });
  });

  test.each([
    ['a wrong password', 'caseworker', 'not the password'],
    ['an unknown username', 'nobody', testPassword],
  ])('%s is refused with the same message and opens no session', async (_, username, password) => {
    const { caller, cookies } = api.client();
    const error = await errorOf(caller.auth.login({ username, password }));
    expect(error).toMatchObject({ code: 'UNAUTHORIZED', message: 'auth.invalidCredentials' });
    expect(cookies.values.size).toBe(0);
    expect(await caller.auth.me()).toBeNull();
    expect(api.db.select().from(schema.sessions).all()).toHaveLength(0);
  });

  test('a burst of parallel guesses is counted before any password is checked', async () => {
    const { caller } = api.client();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => errorOf(caller.auth.login({ username: 'supervisor', password: 'guess' }))),
    );
    const codes = results.map((r) => r.code);
    expect(codes.filter((c) => c === 'UNAUTHORIZED')).toHaveLength(policy.loginFreeAttemptsPerAccount);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(20 - policy.loginFreeAttemptsPerAccount);
  });

  test('logout ends the session on the server, not only in the browser', async () => {
    const { caller, cookies } = api.client();
    await caller.auth.login({ username: 'supervisor', password: testPassword });
    const token = cookies.get(sessionCookie)!;
    await caller.auth.logout();
    expect(cookies.get(sessionCookie)).toBeUndefined();
    cookies.set(sessionCookie, token, 60); // a copied cookie must not come back to life
    expect(await caller.auth.me()).toBeNull();
    expect((await errorOf(caller.citizens.list({}))).code).toBe('UNAUTHORIZED');
  });

  test('a session ends after the idle time of the policy', async () => {
    const caller = await api.as('caseworker');
    api.setNow(new Date(api.now().getTime() + (policy.sessionIdleMinutes - 1) * 60_000));
    expect(await caller.auth.me()).not.toBeNull();
    api.setNow(new Date(api.now().getTime() + (policy.sessionIdleMinutes + 1) * 60_000));
    expect(await caller.auth.me()).toBeNull();
  });

  test('passwords and session tokens are stored only as hashes', async () => {
    const { caller, cookies } = api.client();
    await caller.auth.login({ username: 'admin', password: testPassword });
    const staffRow = api.db.select().from(schema.staff).all().find((s) => s.username === 'admin')!;
    expect(staffRow.passwordHash).toMatch(/^scrypt\$/);
    expect(staffRow.passwordHash).not.toContain(testPassword);
    const [session] = api.db.select().from(schema.sessions).all();
    expect(session!.tokenHash).not.toBe(cookies.get(sessionCookie));
    expect(session!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  test('logins and failed logins are audited', async () => {
    await errorOf(api.client().caller.auth.login({ username: 'caseworker', password: 'x' }));
    await api.as('caseworker');
    const actions = api.db.select().from(schema.auditLog).all().map((a) => a.action);
    expect(actions).toEqual(['auth.loginFailed', 'auth.login']);
  });
});
