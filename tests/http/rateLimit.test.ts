import { afterAll, beforeAll, expect, test } from 'vitest';
import { startServer, type RunningServer } from '../support/server.js';
import { login, trpc } from '../support/trpc.js';

// Its own server: the flood below uses up this address's allowance for anonymous requests.
let server: RunningServer;
beforeAll(async () => void (server = await startServer()));
afterAll(async () => void (await server?.stop()));

test('anonymous requests are limited per address (#15, point 1); a signed-in colleague behind it works on', async () => {
  const cookie = await login(server.url, 'caseworker');
  // Anonymous calls that are otherwise always answered (who am I: nobody), so every 429 is the address limit's.
  const statuses: number[] = [];
  for (let i = 0; i < 320; i++) statuses.push((await trpc(server.url, 'auth.me', {})).status);
  expect(statuses.slice(0, 250).every((s) => s === 200)).toBe(true);
  expect(statuses.slice(-10)).toEqual(Array(10).fill(429));
  const me = await trpc(server.url, 'auth.me', {}, { cookie });
  expect(me.status).toBe(200);
  expect(me.data?.username).toBe('caseworker');
});
