import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { verificationMethods, visitOutcomes, visitServices, type RuleViolation, type TVisitFilter } from '@skranke/domain';
import { closeDatabase, listVisits, openDatabase, schema, type Db, type VisitRow } from '../src/index.js';

/*
 * The report tallies are kept by triggers on `visits`. Whatever sequence of writes the counter makes (a visit
 * opened, its evidence recorded, closed, moved, removed), they must equal a count of the visits as they now are.
 */

let dir: string;
let db: Db;
let caseworkers: number[];
let citizen: number;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'skranke-tallies-'));
  db = openDatabase(join(dir, 'skranke.db'));
  caseworkers = ['anna', 'bo'].map(
    (username) => db.insert(schema.staff).values({ username, displayName: username, role: 'caseworker', passwordHash: 'x' }).returning().get().id,
  );
  citizen = db.insert(schema.citizens).values({ cpr: '0101901235', name: 'C', address: 'Vej 1', updatedAt: new Date() }).returning().get().id;
});

afterAll(() => {
  closeDatabase(db);
  rmSync(dir, { recursive: true, force: true });
});

/** The tallies computed from the visit rows in plain code: the reports' rules, not the view's SQL. */
function expectedTallies(rows: VisitRow[]): string[] {
  const counts = new Map<string, number>();
  for (const v of rows) {
    const keys = [['caseworker', String(v.caseworkerId)], ['service', v.service], ['method', v.method ?? '']];
    if (v.outcome === 'refused') {
      const codes = new Set((v.brokenRules ?? []).map((r) => r.code));
      for (const code of codes.size ? codes : ['']) keys.push(['refusalRule', code]);
    }
    for (const [dimension, value] of keys) {
      const key = [dimension, v.day, value, v.outcome].join('|');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts].map(([key, n]) => `${key}|${n}`).sort();
}

const keptTallies = () =>
  db.select().from(schema.visitTallies).all().map((t) => [t.dimension, t.day, t.value, t.outcome, t.visits].join('|')).sort();

const ruleCodes = ['visit.documentExpired', 'visit.witnessMitIdTooNew', 'visit.witnessPhotoIdMissing'] as const;
const visitFields = fc.record({
  caseworker: fc.nat({ max: 1 }),
  day: fc.constantFrom('2026-11-23', '2026-11-24', '2026-11-25'),
  service: fc.constantFrom(...visitServices),
  method: fc.constantFrom(null, ...verificationMethods),
  outcome: fc.constantFrom(...visitOutcomes),
  // A rule may be broken twice (two expired documents) and still count once.
  brokenRules: fc.option(fc.array(fc.constantFrom(...ruleCodes), { maxLength: 3 })),
});
const write = fc.oneof(
  visitFields.map((fields) => ({ kind: 'insert' as const, fields })),
  fc.record({ kind: fc.constant('update' as const), pick: fc.nat(), fields: visitFields }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
);

test('the report tallies equal a count of the visits after any sequence of inserts, updates and deletes', () => {
  fc.assert(
    fc.property(fc.array(write, { maxLength: 25 }), (writes) => {
      db.delete(schema.visits).run();
      for (const w of writes) {
        const ids = db.select({ id: schema.visits.id }).from(schema.visits).all().map((r) => r.id);
        if (w.kind === 'delete') {
          if (ids.length) db.delete(schema.visits).where(eq(schema.visits.id, ids[w.pick % ids.length]!)).run();
          continue;
        }
        const { caseworker, brokenRules, ...fields } = w.fields;
        const values = {
          ...fields,
          caseworkerId: caseworkers[caseworker]!,
          brokenRules: brokenRules?.map((code) => ({ code, path: 'documents', params: {} }) as RuleViolation) ?? null,
        };
        if (w.kind === 'insert') db.insert(schema.visits).values({ ...values, citizenId: citizen, startedAt: new Date(`${values.day}T09:00:00Z`) }).run();
        else if (ids.length) db.update(schema.visits).set(values).where(eq(schema.visits.id, ids[w.pick % ids.length]!)).run();
      }
      expect(keptTallies()).toEqual(expectedTallies(db.select().from(schema.visits).all()));
    }),
    { numRuns: 150 },
  );
});

test('a visit whose counted columns are written unchanged (a draft saved again) keeps its tallies', () => {
  db.delete(schema.visits).run();
  const visit = db.insert(schema.visits).values({ citizenId: citizen, caseworkerId: caseworkers[0]!, day: '2026-11-25', service: 'newMitId', startedAt: new Date() }).returning().get();
  db.update(schema.visits).set({ method: 'documents' }).where(eq(schema.visits.id, visit.id)).run();
  db.update(schema.visits).set({ method: 'documents', notes: 'igen' }).where(eq(schema.visits.id, visit.id)).run();
  expect(keptTallies()).toEqual(expectedTallies(db.select().from(schema.visits).all()));
  expect(keptTallies()).toHaveLength(3);
});

const days = ['2026-11-23', '2026-11-24', '2026-11-25'] as const;
const visitFilter: fc.Arbitrary<TVisitFilter> = fc.oneof(
  fc.record({ field: fc.constant('day' as const), operator: fc.constantFrom('gte' as const, 'lte' as const, 'eq' as const), value: fc.constantFrom(...days) }),
  fc.record({ field: fc.constant('caseworkerId' as const), operator: fc.constant('eq' as const), value: fc.nat({ max: 1 }).map((i) => caseworkers[i]!) }),
  fc.record({ field: fc.constant('citizenId' as const), operator: fc.constant('eq' as const), value: fc.constant(1) }),
  fc.record({ field: fc.constant('service' as const), operator: fc.constant('eq' as const), value: fc.constantFrom(...visitServices) }),
  fc.record({ field: fc.constant('method' as const), operator: fc.constant('eq' as const), value: fc.constantFrom(...verificationMethods) }),
  fc.record({ field: fc.constant('outcome' as const), operator: fc.constant('eq' as const), value: fc.constantFrom(...visitOutcomes) }),
);

const matches = (v: VisitRow, f: TVisitFilter): boolean => {
  if (f.field !== 'day') return v[f.field] === f.value;
  return f.operator === 'gte' ? v.day >= f.value : f.operator === 'lte' ? v.day <= f.value : v.day === f.value;
};

test("the visits list's total is the number of visits its filters match, however it is counted", () => {
  fc.assert(
    fc.property(fc.array(visitFields, { maxLength: 30 }), fc.array(visitFilter, { maxLength: 4 }), (visits, filters) => {
      db.delete(schema.visits).run();
      for (const { caseworker, brokenRules: _, ...fields } of visits) {
        db.insert(schema.visits).values({ ...fields, caseworkerId: caseworkers[caseworker]!, citizenId: citizen, startedAt: new Date(`${fields.day}T09:00:00Z`) }).run();
      }
      const expected = db.select().from(schema.visits).all().filter((v) => filters.every((f) => matches(v, f))).length;
      expect(listVisits(db, { filters, sorters: [], pagination: { currentPage: 1, pageSize: 5 } }).total).toBe(expected);
    }),
    { numRuns: 200 },
  );
});
