import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { closeDatabase, openDatabase, schema, type Db } from '@skranke/db';
import { demoPassword, seedDemoData } from '@skranke/db/demo';
import { features } from '@skranke/domain';
import { appRouter, createCaller, createContext, type CookieJar } from '../src/index.js';

/** A built procedure as tRPC v11 keeps it: `.output(schema)` stores the schema on `_def.output`. */
type BuiltProcedure = { _def: { type: 'query' | 'mutation' | 'subscription'; output?: unknown } };
const procedures = appRouter._def.procedures as unknown as Record<string, BuiltProcedure>;
const hasOutputSchema = (path: string) => procedures[path]?._def.output instanceof z.ZodType;

/** Case-type queries that answer without personal data, and why. Every other case-type query declares its output. */
const queriesWithoutPersonalData: Record<string, string> = {
  'visits.assess': "the rule engine's verdict on evidence the caller has just sent: a level and rule codes",
  'exemptions.grounds': 'reference data: the grounds offered at intake',
};

/** Mutations whose answer carries personal data; the others answer with ids, states and counts. */
const mutationsWithPersonalData = ['citizens.create', 'citizens.update', 'codes.issue'];

/**
 * Outside the case types: the audit log names staff and, in its entries, citizens; the staff accounts name staff,
 * and a new account and a reset carry a one-time password.
 */
const otherProceduresWithPersonalData = ['audit.list', 'audit.citizenReads', 'staff.list', 'staff.get', 'staff.create', 'staff.resetPassword'];

describe('output schemas', () => {
  const caseTypeQueries = Object.entries(procedures)
    .filter(([path, p]) => features.some((f) => path.startsWith(`${f.name}.`)) && p._def.type === 'query')
    .map(([path]) => path);

  test('the exceptions and the named procedures exist, so a rename cannot leave a stale name here', () => {
    const named = [...Object.keys(queriesWithoutPersonalData), ...mutationsWithPersonalData, ...otherProceduresWithPersonalData];
    expect(named.filter((path) => !procedures[path])).toEqual([]);
    expect(Object.keys(queriesWithoutPersonalData).filter((path) => !caseTypeQueries.includes(path))).toEqual([]);
    expect(caseTypeQueries).toEqual(expect.arrayContaining(['citizens.get', 'citizens.card', 'visits.list', 'blocks.get']));
  });

  test('every procedure that returns personal data declares an output schema, so no field leaves by accident', () => {
    const required = [
      ...caseTypeQueries.filter((path) => !(path in queriesWithoutPersonalData)),
      ...mutationsWithPersonalData,
      ...otherProceduresWithPersonalData,
    ];
    expect(required.filter((path) => !hasOutputSchema(path))).toEqual([]);
  });
});

describe('over the demo data', () => {
  const now = new Date('2026-11-25T09:30:00Z');
  let dir: string;
  let db: Db;
  let caller: ReturnType<typeof createCaller>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'skranke-outputs-'));
    db = openDatabase(join(dir, 'skranke.db'));
    await seedDemoData(db, now);
    const values = new Map<string, string>();
    const cookies: CookieJar = { get: (name) => values.get(name), set: (name, value) => void values.set(name, value), clear: (name) => void values.delete(name) };
    caller = createCaller(() => createContext({ db, now: () => now }, { cookies, locale: 'da', clientAddress: '127.0.0.1' }));
    await caller.auth.login({ username: 'supervisor', password: demoPassword });
  });
  afterAll(() => {
    closeDatabase(db);
    rmSync(dir, { recursive: true, force: true });
  });

  /** Calls a procedure by its dotted path, as the web app's data provider does. */
  const call = (path: string, input: unknown): Promise<unknown> =>
    (path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (input: unknown) => Promise<unknown>)(input);

  /** Every page of a list procedure (a list answers `{ data, total }`). */
  async function everyRow(path: string, input: Record<string, unknown> = {}): Promise<{ id: number }[]> {
    const rows: { id: number }[] = [];
    for (let currentPage = 1; ; currentPage++) {
      const page = (await call(path, { ...input, pagination: { currentPage, pageSize: 100 } })) as { data: { id: number }[]; total: number };
      rows.push(...page.data);
      if (page.data.length === 0 || rows.length >= page.total) return rows;
    }
  }

  test('every record of every case type passes its output schema (a refused output is a server error for the caseworker)', async () => {
    const citizenIds = (await everyRow('citizens.list')).map((c) => c.id);
    expect(citizenIds.length).toBeGreaterThan(0);
    for (const id of citizenIds) {
      await call('citizens.get', { id });
      await call('citizens.card', { id });
    }
    for (const { cpr } of db.select({ cpr: schema.citizens.cpr }).from(schema.citizens).limit(20).all()) {
      expect(await call('citizens.lookup', { cpr })).toMatchObject({ cprMasked: expect.stringMatching(/X{4}$/) });
    }
    await everyRow('audit.citizenReads', { citizenId: citizenIds[0] });
    await everyRow('audit.list');
    for (const { name } of features.filter((f) => f.name !== 'citizens')) {
      const rows = await everyRow(`${name}.list`);
      expect(rows.length, name).toBeGreaterThan(0);
      for (const { id } of rows) await call(`${name}.get`, { id });
    }
  });

  test('a full CPR number never leaves a list procedure: citizens, witnesses and read-access receivers alike', async () => {
    const cprs = [
      ...db.select({ cpr: schema.citizens.cpr }).from(schema.citizens).all(),
      ...db.select({ cpr: schema.witnesses.cpr }).from(schema.witnesses).all(),
      ...db.select({ cpr: schema.readAccesses.receiverCpr }).from(schema.readAccesses).all(),
    ].map(({ cpr }) => cpr.replace(/\D/g, ''));
    expect(cprs.length).toBeGreaterThan(200);
    const fullForms = new Set(cprs.flatMap((digits) => [digits, `${digits.slice(0, 6)}-${digits.slice(6)}`]));

    const [first] = db.select({ id: schema.citizens.id, cpr: schema.citizens.cpr }).from(schema.citizens).limit(1).all();
    // Searches and look-ups by the full number, which the audit log records (masked).
    await call('citizens.list', { filters: [{ field: 'q', operator: 'contains', value: first!.cpr }] });
    await call('citizens.lookup', { cpr: first!.cpr });
    await call('audit.list', { filters: [{ field: 'citizenCpr', operator: 'eq', value: first!.cpr }] });

    const answers: [string, unknown][] = [];
    for (const { name } of features) answers.push([`${name}.list`, await everyRow(`${name}.list`)]);
    answers.push(['audit.citizenReads', await everyRow('audit.citizenReads', { citizenId: first!.id })]);
    // Last, so the log holds every search and read above.
    answers.push(['audit.list', await everyRow('audit.list')]);
    for (const [path, rows] of answers) {
      const text = JSON.stringify(rows);
      expect([...fullForms].filter((form) => text.includes(form)), path).toEqual([]);
    }
  });
});
