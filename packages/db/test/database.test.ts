import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { defaultDocumentKinds, isCredentialService, parseCpr } from '@skranke/domain';
import { demoPassword, demoStaff, seedDemoData } from '../src/demo/index.js';
import { closeDatabase, openDatabase, schema, verifySecret, type Db } from '../src/index.js';

let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'skranke-db-'));
  db = openDatabase(join(dir, 'nested', 'skranke.db'));
});
afterEach(() => {
  closeDatabase(db);
  rmSync(dir, { recursive: true, force: true });
});

describe('openDatabase', () => {
  test('creates the file with WAL, foreign keys and a busy timeout, and applies the migrations', () => {
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.$client.pragma('busy_timeout', { simple: true })).toBe(5000);
    const tables = db.$client.prepare("select name from sqlite_master where type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['staff', 'sessions', 'citizens', 'audit_log', '__drizzle_migrations']));
  });

  test("holds the spec's document kinds in every database, as the domain states them", () => {
    const stored = db.select().from(schema.documentKinds).orderBy(schema.documentKinds.position).all();
    expect(stored.every((kind) => kind.active)).toBe(true);
    expect(stored.map(({ position: _position, active: _active, ...kind }) => kind)).toEqual(defaultDocumentKinds);
  });

  test('opening the same file again keeps its data and re-applies nothing', () => {
    db.insert(schema.staff).values({ username: 'x', displayName: 'X', role: 'admin', passwordHash: 'h' }).run();
    closeDatabase(db);
    db = openDatabase(join(dir, 'nested', 'skranke.db'));
    expect(db.select().from(schema.staff).all()).toHaveLength(1);
  });

  test('gives an index added to an analysed table its statistics on the next open, so the planner can weigh it', () => {
    const path = join(dir, 'nested', 'skranke.db');
    db.insert(schema.citizens).values({ cpr: '0101901235', name: 'C', address: 'Vej 1', updatedAt: new Date() }).run();
    db.$client.exec('ANALYZE');
    // What a migration shipped with an upgrade does to a database in use.
    db.$client.exec('CREATE INDEX citizens_email_idx ON citizens (email)');
    closeDatabase(db);
    db = openDatabase(path);
    expect(db.$client.prepare("select stat from sqlite_stat1 where idx = 'citizens_email_idx'").pluck().get()).toBe('1 1');
  });

  test('refuses a session for a staff member who does not exist (foreign keys are enforced)', () => {
    expect(() =>
      db.insert(schema.sessions).values({ tokenHash: 't', staffId: 42, lastSeenAt: new Date() }).run(),
    ).toThrow(/FOREIGN KEY/);
  });
});

describe('seedDemoData', () => {
  const now = new Date('2026-11-25T08:00:00Z');

  test('fills an empty database with the three demo logins and 200 fictitious citizens', async () => {
    expect(await seedDemoData(db, now)).toBe(true);
    const staff = db.select().from(schema.staff).all();
    expect(staff.map((s) => [s.username, s.role])).toEqual(demoStaff.map((s) => [s.username, s.role]));
    expect(await verifySecret(demoPassword, staff[0]!.passwordHash)).toBe(true);
    const citizens = db.select().from(schema.citizens).all();
    expect(citizens).toHaveLength(200);
    expect(new Set(citizens.map((c) => c.cpr)).size).toBe(200);
    for (const c of citizens) {
      expect(parseCpr(c.cpr).ok).toBe(true);
      // Fictitious on purpose: every demo number fails modulus 11.
      const sum = [...c.cpr].reduce((s, d, i) => s + Number(d) * [4, 3, 2, 7, 6, 5, 4, 3, 2, 1][i]!, 0);
      expect(sum % 11).not.toBe(0);
      expect(c.hasFixedAddress ? c.address : c.postalAddress).toBeTruthy();
    }
  });

  test('adds a month of visits, verified or refused by the rule engine, each refusal with its reason', async () => {
    await seedDemoData(db, now);
    const visits = db.select().from(schema.visits).all();
    expect(visits.length).toBe(140);
    const byOutcome = (outcome: string) => visits.filter((v) => v.outcome === outcome);
    expect(byOutcome('verified').length).toBeGreaterThan(50);
    expect(byOutcome('refused').length).toBeGreaterThan(5);
    for (const v of byOutcome('refused')) {
      expect(v.refusalReason).toBeTruthy();
      expect(v.brokenRules?.length).toBeGreaterThan(0);
    }
    for (const v of byOutcome('verified')) expect(v.level).toBe(v.targetLevel);
    expect(visits.every((v) => v.day >= '2026-10-26' && v.day <= '2026-11-25')).toBe(true);
  });

  test('keeps to the counter: weekdays within opening hours, credentials by legitimation and a confirmation', async () => {
    await seedDemoData(db, now);
    const visits = db.select().from(schema.visits).all();
    const copenhagen = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    for (const v of visits) {
      const parts = Object.fromEntries(copenhagen.formatToParts(v.startedAt).map((p) => [p.type, p.value]));
      expect(['Sat', 'Sun']).not.toContain(parts.weekday);
      expect(`${parts.hour}:${parts.minute}` >= '08:00' && `${parts.hour}:${parts.minute}` < '17:00').toBe(true);
    }
    const verifiedCredentials = visits.filter((v) => v.outcome === 'verified' && isCredentialService(v.service));
    expect(verifiedCredentials.every((v) => v.method === 'cprQuestions' || v.method === 'witness')).toBe(true);
    expect(verifiedCredentials.filter((v) => v.method === 'cprQuestions').length).toBeGreaterThan(verifiedCredentials.length / 2);
    expect(verifiedCredentials.some((v) => v.method === 'witness')).toBe(true);
    // Refused for the reasons a counter meets: expired documents, wrong answers, a health card alone, a witness too new.
    const reasons = new Set(visits.flatMap((v) => v.brokenRules ?? []).map((r) => r.code));
    expect(reasons.size).toBeGreaterThan(2);
    const kinds = new Set(db.select().from(schema.visitDocuments).all().map((d) => d.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(['drivingLicence', 'passportWithCpr']));
  });

  test('adds complaints in every state, each with a timeline that starts at its receipt', async () => {
    await seedDemoData(db, now);
    const complaints = db.select().from(schema.complaints).all();
    expect(complaints).toHaveLength(25);
    const events = db.select().from(schema.complaintEvents).all();
    for (const c of complaints) {
      const own = events.filter((e) => e.complaintId === c.id);
      expect(own[0]).toMatchObject({ kind: 'created', at: c.receivedAt });
      const last = own.filter((e) => e.kind === 'transition').at(-1);
      expect(last?.changes?.status?.[1] ?? 'received').toBe(c.status);
    }
  });

  test('adds codes only from verified MitID visits, and blocks that revoked what was active', async () => {
    await seedDemoData(db, now);
    const codes = db.select().from(schema.temporaryCodes).all();
    const visits = new Map(db.select().from(schema.visits).all().map((v) => [v.id, v]));
    expect(codes.length).toBeGreaterThan(30);
    for (const code of codes) {
      const visit = visits.get(code.visitId)!;
      expect(visit).toMatchObject({ outcome: 'verified', citizenId: code.citizenId, day: code.day });
      if (code.status === 'used') expect(code.usedAt!.getTime()).toBeLessThanOrEqual(code.expiresAt.getTime());
    }
    expect(new Set(codes.map((c) => c.status))).toEqual(new Set(['issued', 'used', 'blocked', 'revoked']));
    const blocks = db.select().from(schema.blocks).all();
    expect(blocks).toHaveLength(5);
    for (const block of blocks) {
      const revoked = codes.filter((c) => c.citizenId === block.citizenId && c.revocationCause === 'blockRequest');
      expect(revoked).toHaveLength(block.codesRevoked);
    }
  });

  test('adds exemption requests, some waiting for a decision, and read accesses', async () => {
    await seedDemoData(db, now);
    const exemptions = db.select().from(schema.exemptions).all();
    expect(exemptions).toHaveLength(16);
    expect(exemptions.some((e) => e.status === 'requested')).toBe(true);
    expect(exemptions.filter((e) => e.status !== 'requested').every((e) => e.decidedAt && e.decidedAt >= e.requestedAt)).toBe(true);
    expect(db.select().from(schema.readAccesses).all()).toHaveLength(6);
  });

  test('is the same on every machine', async () => {
    await seedDemoData(db, now);
    const other = openDatabase(':memory:');
    await seedDemoData(other, now);
    const names = (d: Db) => d.select().from(schema.citizens).all().map((c) => `${c.cpr} ${c.name}`);
    expect(names(other)).toEqual(names(db));
    closeDatabase(other);
  });

  test('leaves a database that already has data alone', async () => {
    db.insert(schema.staff).values({ username: 'x', displayName: 'X', role: 'admin', passwordHash: 'h' }).run();
    expect(await seedDemoData(db, now)).toBe(false);
    expect(db.select().from(schema.citizens).all()).toHaveLength(0);
  });
});
