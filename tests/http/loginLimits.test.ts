import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { policy } from '@skranke/domain';
import { startServer, type RunningServer } from '../support/server.js';
import { trpc } from '../support/trpc.js';

// #15, point 2: failed logins were counted in each process's memory: a crash forgot them, a second process split them.
const dir = mkdtempSync(join(tmpdir(), 'skranke-login-limits-'));
const databasePath = join(dir, 'skranke.db');
const servers: RunningServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function start() {
  const server = await startServer({ SKRANKE_DB: databasePath });
  servers.push(server);
  return server;
}
const wrongLogin = (server: RunningServer) => trpc(server.url, 'auth.login', { username: 'admin', password: 'wrong' });

test('two server processes count the same failed logins, and a crash forgets none of them', async () => {
  const [a, b] = [await start(), await start()];
  const free = policy.loginFreeAttemptsPerAccount;
  for (let i = 0; i < free; i++) expect((await wrongLogin(i % 2 ? a : b)).status).toBe(401);
  const paused = await trpc(b.url, 'auth.login', { username: 'admin', password: 'skranke-demo' });
  expect(paused.status).toBe(429);
  expect(paused.error?.message).toBe('For mange forkerte forsøg. Vent 1 sek., og prøv igen.');

  await Promise.all([a.kill(), b.kill()]);
  const c = await start();
  // Once the pause is over, the next failure is the sixth: a fresh count would have let five more through at once.
  let answer = await wrongLogin(c);
  while (answer.status === 429) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    answer = await wrongLogin(c);
  }
  expect(answer.status).toBe(401);
  expect((await wrongLogin(c)).error?.message).toMatch(/^For mange forkerte forsøg\. Vent [12] sek\./);
});
