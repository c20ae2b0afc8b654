import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { schema } from '@skranke/db';
import { policy } from '@skranke/domain';
import { closeEndedLoginRuns } from '../src/index.js';
import { createTestApi, testPassword, type TestApi } from './harness.js';

// #15, point 2: growing delays per account and, separately, per address; never a lock-out; one audit entry per run.
let api: TestApi;
beforeEach(async () => void (api = await createTestApi()));
afterEach(() => api.close());

const later = (seconds: number) => api.setNow(new Date(api.now().getTime() + seconds * 1000));

/** Tries to log in; the answer's code, and for a refused try the seconds it says to wait. */
async function tryLogin(username: string, password: string, clientAddress = '10.0.0.1') {
  try {
    await api.client({ clientAddress }).caller.auth.login({ username, password });
    return { code: 'OK', seconds: 0 };
  } catch (error) {
    const { code, cause } = error as { code: string; cause: { params: { seconds?: number } } };
    return { code, seconds: cause.params.seconds ?? 0 };
  }
}

/** Guesses as fast as the throttle lets them through: waits out each pause, then guesses again. */
async function guess(username: string, times: number, clientAddress?: string) {
  for (let failed = 0; failed < times; ) {
    const answer = await tryLogin(username, 'a guess', clientAddress);
    if (answer.code === 'UNAUTHORIZED') failed++;
    else later(answer.seconds);
  }
}

const auditOf = (action: string) =>
  api.db.select().from(schema.auditLog).all().filter((entry) => entry.action === action);

describe('failed logins slow the account down, never lock it', () => {
  test('after the free attempts each pause doubles, also for the right password, and ends by itself', async () => {
    await guess('caseworker', policy.loginFreeAttemptsPerAccount);
    expect(await tryLogin('caseworker', testPassword)).toEqual({ code: 'TOO_MANY_REQUESTS', seconds: 1 });
    later(1);
    expect(await tryLogin('caseworker', 'a guess')).toEqual({ code: 'UNAUTHORIZED', seconds: 0 });
    expect(await tryLogin('caseworker', 'a guess')).toEqual({ code: 'TOO_MANY_REQUESTS', seconds: 2 });
    later(2);
    expect(await tryLogin('caseworker', testPassword)).toEqual({ code: 'OK', seconds: 0 });
    // The right password ended the run: the next typo is free again.
    expect(await tryLogin('caseworker', 'a guess')).toEqual({ code: 'UNAUTHORIZED', seconds: 0 });
  });

  test("an attacker's 20 guesses from elsewhere cost a colleague at most a minute's wait", async () => {
    await guess('supervisor', 20, '198.51.100.9');
    const waiting = await tryLogin('supervisor', testPassword, '10.0.0.2');
    expect(waiting.code).toBe('TOO_MANY_REQUESTS');
    expect(waiting.seconds).toBeLessThanOrEqual(policy.loginMaxDelaySeconds);
    later(waiting.seconds);
    expect(await tryLogin('supervisor', testPassword, '10.0.0.2')).toMatchObject({ code: 'OK' });
    // The login's audit entry tells the supervisor what came before it.
    expect(auditOf('auth.login').at(-1)?.details).toEqual({ failedBefore: 20 });
  });

  test('a run is forgotten after a quiet spell', async () => {
    await guess('admin', policy.loginFreeAttemptsPerAccount + 3);
    later(policy.loginSeriesMinutes * 60);
    expect(await tryLogin('admin', 'a guess')).toEqual({ code: 'UNAUTHORIZED', seconds: 0 });
  });
});

describe('failed logins from one address are counted on their own', () => {
  test('guesses at many usernames slow that address down, not the others', async () => {
    for (let i = 0; i < policy.loginFreeAttemptsPerAddress; i++) await guess(`user${i}`, 1, '203.0.113.5');
    // Even a colleague with the right password waits at that address; another address does not.
    expect(await tryLogin('caseworker', testPassword, '203.0.113.5')).toEqual({ code: 'TOO_MANY_REQUESTS', seconds: 1 });
    expect(await tryLogin('caseworker', testPassword, '10.0.0.3')).toMatchObject({ code: 'OK' });
  });

  test("logging in to one's own account does not wipe the address's guesses at others", async () => {
    for (let i = 0; i < policy.loginFreeAttemptsPerAddress - 1; i++) await guess(`user${i}`, 1, '203.0.113.6');
    expect(await tryLogin('caseworker', testPassword, '203.0.113.6')).toMatchObject({ code: 'OK' });
    await guess('user-last', 1, '203.0.113.6');
    expect(await tryLogin('user-next', 'a guess', '203.0.113.6')).toEqual({ code: 'TOO_MANY_REQUESTS', seconds: 1 });
  });
});

describe('failed logins in the audit log', () => {
  test('a flood of 25 guesses leaves two entries: the first failure, then the whole run once it ended', async () => {
    await guess('caseworker', 25);
    expect(auditOf('auth.loginFailed')).toHaveLength(1);
    const lastTry = api.now();
    later(policy.loginSeriesMinutes * 60);
    expect(closeEndedLoginRuns(api.db, api.now())).toBe(2); // the account's run and the address's
    const entries = auditOf('auth.loginFailed');
    expect(entries).toHaveLength(2);
    expect(entries[1]).toMatchObject({ staffId: api.staff.caseworker.id, entityId: String(api.staff.caseworker.id) });
    expect(entries[1]!.details).toMatchObject({ failures: 25, to: lastTry.toISOString() });
    expect(api.db.select().from(schema.loginFailures).all()).toEqual([]);
  });

  test('the typed username is kept only as a hash: it may be a password typed into the wrong field', async () => {
    await guess('MySecretPassword1', 1);
    const stored = JSON.stringify([api.db.select().from(schema.loginFailures).all(), api.db.select().from(schema.auditLog).all()]);
    expect(stored).not.toContain('mysecretpassword1');
  });
});
