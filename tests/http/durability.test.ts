import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startServer, type RunningServer } from '../support/server.js';
import { login, trpc } from '../support/trpc.js';

/**
 * Durability of what the API acknowledges, in the set-ups SQLite is trusted with here: two server processes on one
 * file (an overlapping deploy, or an operator starting a second one), and a crash (`kill -9`) in the middle of writes.
 * A write is acknowledged when the API answered 200 with its id; every acknowledged write must be in the file after.
 * The writes are of two kinds that fire triggers and write several tables in one transaction: a visit started, a
 * complaint taken.
 */

const tables = ['visits', 'complaints'] as const;
type Table = (typeof tables)[number];
/** One stored row, as `table id`: acknowledged writes and rows in the file compare as plain strings. */
type Write = string;
const writeOf = (table: Table, id: number): Write => `${table} ${id}`;

/** Writers per server process: more than the server's one connection can serve at once, so requests queue. */
const workersPerServer = 8;

type Target = { name: string; server: RunningServer; cookie: string };

let dir: string;
let databasePath: string;
let citizenIds: number[];
let a: Target;
let b: Target;
const started: RunningServer[] = [];

async function start(name: string): Promise<Target> {
  const server = await startServer({ SKRANKE_DB: databasePath });
  started.push(server);
  return { name, server, cookie: await login(server.url, 'caseworker') };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'skranke-durability-'));
  databasePath = join(dir, 'skranke.db');
  a = await start('A');
  b = await start('B');
  citizenIds = inFile((db) => db.prepare('SELECT id FROM citizens ORDER BY id LIMIT 20').pluck().all() as number[]);
});

afterAll(async () => {
  // Stopping a server that was killed is a no-op.
  for (const server of started) await server.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Reads the file through a connection of the test's own, as an operator's tool would. */
function inFile<T>(read: (db: Database.Database) => T): T {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

type Mark = Record<Table, number>;

/** The highest id in each table: rows above it were written after. */
function mark(): Mark {
  return inFile((db) => Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT coalesce(max(id), 0) FROM ${t}`).pluck().get()])) as Mark);
}

function storedSince(since: Mark): Write[] {
  return inFile((db) =>
    tables.flatMap((t) => (db.prepare(`SELECT id FROM ${t} WHERE id > ?`).pluck().all(since[t]) as number[]).map((id) => writeOf(t, id))),
  );
}

/** The `n`th write of a load: a visit and a complaint by turns, the visits spread over the demo citizens. */
function nthWrite(n: number): { table: Table; input: object } {
  return n % 2 === 0
    ? { table: 'visits', input: { citizenId: citizenIds[(n / 2) % citizenIds.length], service: 'newMitId' } }
    : {
        table: 'complaints',
        input: { channel: 'letter', subject: 'other', scheme: 'nemId', complainantName: 'Holdbar Hansen', complainantPhone: '12345678', description: `Skrivning ${n}` },
      };
}

/** `workersPerServer` loops against one server, each sending its next write when the last was answered. */
class Load {
  readonly acknowledged: Write[] = [];
  /** Every failure while the server was meant to be up: any answer but 200 with an id, or no answer. */
  readonly errors: string[] = [];
  /** Requests in flight when the load was stopped for a kill: they fail, as expected, and are not acknowledged. */
  cutOff = 0;
  /** From the start until every worker finished. */
  seconds = 0;
  /** The longest wait for an answer: its margin to the 5 s busy timeout, past which a write is refused (503). */
  slowestMs = 0;
  /** Every worker finished: `total` writes sent, or stopped. */
  readonly done: Promise<void>;
  private sent = 0;
  private stopped = false;

  constructor(
    private readonly target: Target,
    private readonly total = Infinity,
  ) {
    const startedAt = performance.now();
    const workers = Array.from({ length: workersPerServer }, () => this.work());
    this.done = Promise.all(workers).then(() => void (this.seconds = (performance.now() - startedAt) / 1000));
  }

  /** Sends no further writes; a request that gets no answer from now on counts as cut off. Resolves when done. */
  stop(): Promise<void> {
    this.stopped = true;
    return this.done;
  }

  rate(): string {
    const perSecond = Math.round(this.acknowledged.length / this.seconds);
    return `${this.acknowledged.length} acknowledged in ${this.seconds.toFixed(1)} s (${perSecond}/s, slowest ${Math.round(this.slowestMs)} ms)`;
  }

  private async work(): Promise<void> {
    while (!this.stopped && this.sent < this.total) {
      // The routers are named as their tables.
      const { table, input } = nthWrite(this.sent++);
      const sentAt = performance.now();
      try {
        const response = await trpc(this.target.server.url, `${table}.create`, input, { cookie: this.target.cookie });
        this.slowestMs = Math.max(this.slowestMs, performance.now() - sentAt);
        if (response.status === 200 && typeof response.data?.id === 'number') this.acknowledged.push(writeOf(table, response.data.id));
        else this.errors.push(`${this.target.name}: ${response.status} ${response.body}`);
      } catch (error) {
        if (this.stopped) this.cutOff++;
        else this.errors.push(`${this.target.name}: ${String(error)} ${String((error as Error).cause ?? '')}`);
      }
    }
  }
}

/** Resolves once `load` has acknowledged `count` writes, or at its first error (which the test then fails on). */
async function acknowledgedOrFailed(load: Load, count: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (load.acknowledged.length < count && load.errors.length === 0) {
    if (Date.now() > deadline) throw new Error(`only ${load.acknowledged.length} of ${count} writes acknowledged in 30 s`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** `kill -9` in the middle of the load: the writes in flight are cut off. */
async function crash(target: Target, load: Load): Promise<void> {
  const stopped = load.stop();
  await target.server.kill();
  await stopped;
}

test('two server processes write to one file at once: no errors, and exactly the acknowledged writes are in it', async () => {
  // The second process found the demo data the first one seeded, and left it alone.
  expect(a.server.logs.some((line) => line.includes('seeded demo staff'))).toBe(true);
  expect(b.server.logs.some((line) => line.includes('seeded demo staff'))).toBe(false);

  const before = mark();
  const loads = [new Load(a, 500), new Load(b, 500)];
  await Promise.all(loads.map((load) => load.done));
  const acknowledged = loads.flatMap((load) => load.acknowledged);
  const errors = loads.flatMap((load) => load.errors);
  console.info(`durability, two writers: A ${loads[0]!.rate()}, B ${loads[1]!.rate()}; ${errors.length} errors`, ...errors);

  expect(errors).toEqual([]);
  expect(acknowledged).toHaveLength(1000);
  expect(storedSince(before).sort()).toEqual(acknowledged.sort());
});

test('kill -9 mid-load and restart: every acknowledged write is in the file, and the file is sound', async () => {
  const before = mark();
  const [onA, onB] = [new Load(a), new Load(b)];
  await acknowledgedOrFailed(onB, 200);
  await crash(b, onB);
  // A writes on after its peer died mid-write, perhaps holding the write lock; then it crashes too, so no process
  // closes the file cleanly and the restart must recover the committed writes from the write-ahead log.
  await acknowledgedOrFailed(onA, onA.acknowledged.length + 100);
  await crash(a, onA);
  expect(existsSync(`${databasePath}-wal`)).toBe(true);
  const acknowledged = [...onA.acknowledged, ...onB.acknowledged];
  const cutOff = onA.cutOff + onB.cutOff;
  const errors = [...onA.errors, ...onB.errors];

  const restartedAt = performance.now();
  const restarted = await start('restarted');
  const restartMs = Math.round(performance.now() - restartedAt);
  const stored = storedSince(before);
  console.info(
    `durability, kill -9: B ${onB.rate()}, ${onB.cutOff} cut off; A ${onA.rate()}, ${onA.cutOff} cut off; ${errors.length} errors;`,
    `after the restart (${restartMs} ms) ${stored.length} new rows, ${stored.length - acknowledged.length} of them committed but not answered`,
    ...errors,
  );

  expect(errors).toEqual([]);
  const inFileNow = new Set(stored);
  expect(acknowledged.filter((write) => !inFileNow.has(write))).toEqual([]);
  // A row nobody was told of can only be a write cut off between its commit and its answer.
  expect(stored.length - acknowledged.length).toBeLessThanOrEqual(cutOff);
  expect(inFile((db) => db.pragma('integrity_check', { simple: true }))).toBe('ok');
  expect(inFile((db) => db.pragma('foreign_key_check'))).toEqual([]);

  // The restarted server reads the last writes acknowledged before the crash, on a session from before it, and writes on.
  for (const table of tables) {
    const id = Number(onA.acknowledged.findLast((write) => write.startsWith(`${table} `))!.split(' ')[1]);
    const read = await trpc(restarted.server.url, `${table}.get`, { id }, { cookie: a.cookie });
    expect(read.status, read.body).toBe(200);
    expect(read.data.id).toBe(id);
  }
  const writesOn = new Load(restarted, 20);
  await writesOn.done;
  expect(writesOn.errors).toEqual([]);
  expect(writesOn.acknowledged).toHaveLength(20);
});
