import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { count } from 'drizzle-orm';
import { schema } from '@skranke/db';
import { createTestApi, errorOf, type TestApi } from './harness.js';

/**
 * Another process on the same file (an overlapping deploy, the admin CLI) holds the write lock for a moment. A write
 * that reads first must wait for it and then succeed: begun DEFERRED, its read snapshot went stale while it waited
 * and SQLite refused it at once (SQLITE_BUSY_SNAPSHOT), whatever the busy timeout.
 */

let api: TestApi;
beforeEach(async () => void (api = await createTestApi()));
afterEach(() => api.close());

const betterSqlite3 = createRequire(import.meta.url).resolve('better-sqlite3');

/** A writer in another thread, its own connection: takes the write lock, says so, and commits `holdMs` later. */
function holdWriteLock(path: string, holdMs: number): Promise<{ locked: Promise<void>; done: Promise<void> }> {
  const worker = new Worker(
    `const { workerData, parentPort } = require('node:worker_threads');
     const Database = require(workerData.module);
     const db = new Database(workerData.path);
     db.pragma('busy_timeout = 5000');
     db.exec('BEGIN IMMEDIATE');
     db.prepare("INSERT INTO witnesses (cpr, name) VALUES ('0101701239', 'Anden proces')").run();
     parentPort.postMessage('locked');
     setTimeout(() => { db.exec('COMMIT'); db.close(); parentPort.postMessage('done'); }, workerData.holdMs);`,
    { eval: true, workerData: { module: betterSqlite3, path, holdMs } },
  );
  let locked!: () => void;
  let done!: () => void;
  const result = { locked: new Promise<void>((r) => (locked = r)), done: new Promise<void>((r) => (done = r)) };
  worker.on('message', (message) => (message === 'locked' ? locked() : done()));
  return Promise.resolve(result);
}

test('a write that reads first waits for another connection’s write lock, then succeeds', async () => {
  const caller = await api.as('caseworker');
  const lock = await holdWriteLock(api.db.$client.name, 300);
  await lock.locked;
  const created = await caller.citizens.create({ cpr: '150385-1236', name: 'Anna Hansen', hasFixedAddress: true, address: 'Bredgade 1' });
  await lock.done;
  expect(created).toMatchObject({ name: 'Anna Hansen' });
  expect(api.db.select({ n: count() }).from(schema.witnesses).get()!.n).toBe(1);
});

test('a lock that outlasts the busy timeout answers "try again" (503), and nothing is written', async () => {
  const caller = await api.as('caseworker');
  api.db.$client.pragma('busy_timeout = 100');
  const lock = await holdWriteLock(api.db.$client.name, 600);
  await lock.locked;
  const error = await errorOf(caller.citizens.create({ cpr: '150385-1236', name: 'Anna Hansen', hasFixedAddress: true, address: 'Bredgade 1' }));
  await lock.done;
  expect(error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: 'error.busy' });
  expect(api.db.select({ n: count() }).from(schema.citizens).get()!.n).toBe(0);
});

test('a full disk answers with a clear message (503), not a server error, and nothing is written', async () => {
  const caller = await api.as('caseworker');
  // The database may grow no further: what a full disk does to a write.
  const pages = api.db.$client.pragma('page_count', { simple: true }) as number;
  api.db.$client.pragma(`max_page_count = ${pages}`);
  const many = Array.from({ length: 200 }, (_, i) => caller.citizens.create({ cpr: `1503851${String(i).padStart(3, '0')}`, name: `Borger ${i} ${'x'.repeat(150)}`, hasFixedAddress: true, address: 'Bredgade 1'.repeat(20) }));
  const outcomes = await Promise.allSettled(many);
  const refused = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  expect(refused?.reason).toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: 'error.storageFull' });
  const stored = api.db.select({ n: count() }).from(schema.citizens).get()!.n;
  expect(stored).toBe(outcomes.filter((o) => o.status === 'fulfilled').length);
});
