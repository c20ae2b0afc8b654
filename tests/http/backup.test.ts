import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startServer, type RunningServer } from '../support/server.js';
import { login, trpc } from '../support/trpc.js';

const cli = (name: string) => fileURLToPath(new URL(`../../apps/server/dist/cli/${name}.js`, import.meta.url));
const run = (name: string, args: string[], databasePath: string) =>
  promisify(execFile)(process.execPath, [cli(name), ...args], { env: { ...process.env, SKRANKE_DB: databasePath } });

let server: RunningServer;
let dir: string;
beforeAll(async () => {
  server = await startServer();
  dir = mkdtempSync(join(tmpdir(), 'skranke-backups-'));
});
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Citizens registered one after another through the API until stopped, each with when its write was acknowledged. */
function keepWriting(cookie: string) {
  const acknowledged: { cpr: string; at: number }[] = [];
  let stopped = false;
  const done = (async () => {
    for (let serial = 3000; !stopped; serial += 1) {
      const cpr = `150385${serial}`;
      const input = { cpr, name: `Skrevet ${serial}`, hasFixedAddress: true, address: 'Flakhaven 2, 5000 Odense C', addressProtected: false, guardianship: 'none' };
      const response = await trpc(server.url, 'citizens.create', input, { cookie });
      if (response.error) throw new Error(response.body);
      acknowledged.push({ cpr, at: Date.now() });
    }
  })();
  return { acknowledged, stop: () => ((stopped = true), done) };
}

test('npm run backup copies the database while the server writes; the copy restores into a server that has every earlier write', async () => {
  const writer = keepWriting(await login(server.url, 'caseworker'));
  while (writer.acknowledged.length < 5) await new Promise((resolve) => setTimeout(resolve, 20));

  const backupFile = join(dir, 'skranke-copy.db');
  const startedAt = Date.now();
  const backup = await run('backup', [backupFile], server.databasePath);
  await writer.stop();
  expect(backup.stdout).toMatch(/skranke-copy\.db: \d+ bytes, integrity_check ok/);
  expect(backup.stdout).toMatch(/citizens\s+\d+/);

  const before = writer.acknowledged.filter((write) => write.at < startedAt).map((write) => write.cpr);
  expect(before.length).toBeGreaterThanOrEqual(5);
  const copy = new Database(backupFile, { readonly: true });
  const inCopy = new Set(copy.prepare('SELECT cpr FROM citizens WHERE cpr LIKE ?').pluck().all('150385%'));
  expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
  copy.close();
  expect(before.filter((cpr) => !inCopy.has(cpr))).toEqual([]);

  // A restore onto the database the server uses is refused; onto a fresh file it works, and a server runs on it.
  const refused = await run('restore', [backupFile], server.databasePath).catch((error: { code: number; stderr: string }) => error);
  expect(refused).toMatchObject({ code: 1, stderr: expect.stringMatching(/is using .* stop it first/) });

  const restoredPath = join(dir, 'restored.db');
  const restore = await run('restore', [backupFile], restoredPath);
  expect(restore.stdout).toMatch(/restored\.db: \d+ bytes, integrity_check ok/);
  const restored = await startServer({ SKRANKE_DB: restoredPath });
  try {
    const cookie = await login(restored.url, 'caseworker');
    const found = await trpc(restored.url, 'citizens.list', { filters: [{ field: 'q', operator: 'contains', value: before.at(-1) }] }, { cookie });
    expect(found.data).toMatchObject({ total: 1, data: [{ name: `Skrevet ${before.at(-1)!.slice(6)}` }] });
  } finally {
    await restored.stop();
  }
});
