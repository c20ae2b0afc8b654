import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { appRouter } from '@skranke/api';
import { startServer, type RunningServer } from '../support/server.js';
import { login } from '../support/trpc.js';
import { bodyFor, type Known, type Schema } from '../support/fuzz.js';

/**
 * Every procedure of the router, fuzzed through the real server with inputs derived from its zod schema and hostile
 * values: no call may fail (5xx) or leak a stack trace, the server stays up, and a refused call changes no row counts.
 * A fixed seed keeps CI reproducible; FUZZ_SEED varies it, FUZZ_RUNS sets the cases per procedure.
 */
const seed = Number(process.env.FUZZ_SEED ?? 20_260_101);
const runs = Number(process.env.FUZZ_RUNS ?? 75);

type Role = 'caseworker' | 'supervisor' | 'admin';
type Caller = Role | 'anonymous';
type Access = 'public' | readonly Role[];
type Procedure = { _def: { inputs: Schema[]; meta?: { access?: Access } } };

const roles: readonly Role[] = ['caseworker', 'supervisor', 'admin'];

// tRPC v11 keeps every procedure in one flat record by its dotted path. auth.login goes last: its failed logins slow
// further logins from this address (the throttle), and auth.logout's cases log in.
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, Procedure>).sort(
  ([a], [b]) => Number(a === 'auth.login') - Number(b === 'auth.login'),
);

/** Ends the caller's session: each case logs in afresh, so the session the other procedures use lives on. */
const endsSession = new Set(['auth.logout']);

/**
 * Rows a refused call adds by design, at most. A failed login is counted for the throttle (a run for the account and
 * one for the address) and the first failure of a run is audited; so is a wrong current password when changing it
 * (counted, not audited); a wrong temporary code is counted (three block it) and audited, although the call is
 * refused. Every other refused call leaves every table's row count as it was.
 */
const rowsAddedWhenRefused: Record<string, Record<string, number>> = {
  'auth.login': { login_failures: 2, audit_log: 1 },
  'auth.changePassword': { login_failures: 2 },
  'codes.redeem': { audit_log: 1 },
};

/**
 * Admin procedures that end an account's sessions (deactivation, a password reset) or change its role: fuzzed on
 * every account but the fuzz's own three, whose sessions every other procedure's cases use. An id is read as the
 * schema's coercion reads it (`Number`).
 */
const sparesOwnAccounts = new Set(['staff.update', 'staff.deactivate', 'staff.resetPassword']);
let ownStaffIds: number[] = [];
const targetsOwnAccount = (body: { json: unknown }) => ownStaffIds.includes(Number((body.json as { id?: unknown } | null)?.id));

/** Signed-out calls are rate-limited per address (300 a minute), and each of logout's cases costs a login. */
function runsFor(name: string, access: Access | undefined): number {
  return access === 'public' || endsSession.has(name) ? 20 : runs;
}

/**
 * Mostly a role the procedure allows, one call in ten a signed-in role it refuses (every role, where it allows all or
 * none); public procedures are for the signed-out.
 */
function callerFor(access: Access | undefined): fc.Arbitrary<Caller> {
  if (access === 'public') return fc.constant('anonymous');
  const allowed = roles.filter((role) => access?.includes(role));
  const refused = roles.filter((role) => !allowed.includes(role));
  if (allowed.length === 0 || refused.length === 0) return fc.constantFrom(...roles);
  return fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...allowed) }, { weight: 1, arbitrary: fc.constantFrom(...refused) });
}

const excerpt = (text: string, length = 300) => (text.length > length ? `${text.slice(0, length)}… (${text.length} characters)` : text);

let server: RunningServer;
let database: Database.Database;
let countRows: () => Record<string, number>;
const cookies = {} as Record<Role, string>;
let known: Known = {};
let cases = 0;
const statuses = new Map<number, number>();
const started = Date.now();

beforeAll(async () => {
  server = await startServer();
  for (const role of roles) cookies[role] = await login(server.url, role);
  // WAL lets this connection read while the server writes.
  database = new Database(server.databasePath, { readonly: true, fileMustExist: true });
  const tables = database
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__drizzle_migrations'`)
    .pluck()
    .all() as string[];
  // One statement, so the counts come from one snapshot.
  const counts = database.prepare(`SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t}") AS "${t}"`).join(', ')}`);
  countRows = () => counts.get() as Record<string, number>;
  ownStaffIds = database.prepare(`SELECT id FROM staff WHERE username IN (${roles.map(() => '?').join(', ')})`).pluck().all(...roles) as number[];
  const cprs = database.prepare('SELECT cpr FROM citizens ORDER BY id LIMIT 5').pluck().all() as string[];
  const fullWidth = (digits: string) => digits.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  known = {
    cpr: [...cprs, ...cprs.map((cpr) => `${cpr.slice(0, 6)}-${cpr.slice(6)}`), ...cprs.map(fullWidth)],
    kind: database.prepare('SELECT code FROM document_kinds').pluck().all() as string[],
    username: roles,
    password: ['skranke-demo'],
  };
});

afterAll(async () => {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const answers = JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)));
  console.info(`fuzz: ${cases} cases over ${procedures.length} procedures in ${seconds} s (FUZZ_SEED=${seed}); statuses ${answers}`);
  database?.close();
  if (!server) return;
  expect(server.logs.filter((line) => /Unhandled|uncaught|"level":(50|60)/i.test(line)).map((line) => excerpt(line))).toEqual([]);
  expect(await server.stop()).toBe(0);
});

/** The server's body limit for every call but the attachment upload (whose limit is higher). */
const smallestBodyLimit = 256 * 1024;

async function call(procedure: string, body: unknown, cookie: string | undefined): Promise<{ status: number; text: string }> {
  const payload = JSON.stringify(body);
  try {
    const response = await fetch(`${server.url}/trpc/${procedure}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: payload,
    });
    return { status: response.status, text: await response.text() };
  } catch (error) {
    // Past its body limit the server answers 413 and stops reading (its log says so); a client still sending a large
    // body may meet the closed connection (EPIPE) before it reads that answer. Counted as the 413 it is.
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (Buffer.byteLength(payload) > smallestBodyLimit && (code === 'EPIPE' || code === 'ECONNRESET')) return { status: 413, text: '{}' };
    throw error;
  }
}

const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('fuzzing every procedure through the real server', () => {
  for (const [name, procedure] of procedures) {
    const { inputs, meta } = procedure._def;
    test(name, async () => {
      expect(inputs.length, 'one input schema per procedure; merge chained ones here if that changes').toBeLessThanOrEqual(1);
      const bodies = sparesOwnAccounts.has(name) ? bodyFor(inputs[0], known).filter((body) => !targetsOwnAccount(body)) : bodyFor(inputs[0], known);
      const property = fc.asyncProperty(callerFor(meta?.access), bodies, async (caller, body) => {
        cases += 1;
        const cookie = caller === 'anonymous' ? undefined : endsSession.has(name) ? await login(server.url, caller) : cookies[caller];
        const before = countRows();
        const { status, text } = await call(name, body, cookie);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        const what = `${name} as ${caller} answered ${status}: ${excerpt(text)}`;
        expect(status, what).toBeLessThan(500);
        expect(isJson(text), what).toBe(true);
        // tRPC's development shape would carry the stack; a thrown error printed raw would show its frames.
        expect(text, what).not.toMatch(/"stack"|(\\n|\n)\s+at /);
        if (status >= 400) {
          const after = countRows();
          const allowance = rowsAddedWhenRefused[name] ?? {};
          const changed = Object.keys(before)
            .filter((table) => after[table]! < before[table]! || after[table]! > before[table]! + (allowance[table] ?? 0))
            .map((table) => `${table}: ${before[table]} → ${after[table]}`);
          expect(changed, `${what}\nrefused, yet changed rows`).toEqual([]);
        }
      });
      const result = await fc.check(property, { seed, numRuns: runsFor(name, meta?.access), endOnFailure: true });
      // fast-check's own report would print the whole counterexample: some are 300 000 characters long.
      if (result.failed) {
        const input = excerpt(JSON.stringify(result.counterexample?.[1]) ?? 'undefined');
        const error = result.errorInstance as Error;
        const cause = error.cause ? `\ncaused by ${String(error.cause)}` : '';
        throw new Error(`${name}, case ${result.numRuns} (FUZZ_SEED=${seed}), body ${input}:\n${String(error)}${cause}`);
      }
      expect((await fetch(`${server.url}/healthz`)).status, 'the server is alive').toBe(200);
    });
  }
});
