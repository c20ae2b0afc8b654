import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { policy, type AuditAction } from '@skranke/domain';
import {
  appendAudit,
  auditQuery,
  citizenReads,
  closeDatabase,
  listAudit,
  openDatabase,
  openReadOnlyConnection,
  purgeExpiredAudit,
  schema,
  setAuditRetention,
  visitsQuery,
  type Db,
} from '../src/index.js';

const day = 86_400_000;

let dir: string;
let path: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'skranke-audit-'));
  path = join(dir, 'skranke.db');
  db = openDatabase(path);
});
afterEach(() => {
  closeDatabase(db);
  rmSync(dir, { recursive: true, force: true });
});

/** An entry written `ageDays` ago by the real clock: the triggers use the database's own clock. */
function entryAged(ageDays: number, action: AuditAction = 'citizen.read'): number {
  appendAudit(db, { staffId: null, action, entity: 'citizen', entityId: 1 }, new Date(Date.now() - ageDays * day));
  return db.$client.prepare('select max(id) from audit_log').pluck().get() as number;
}
const sqlite = () => db.$client;

describe('the audit log is append-only in the database itself', () => {
  test('every UPDATE is refused, by any connection', () => {
    const id = entryAged(3000);
    expect(() => sqlite().prepare("update audit_log set action = 'nothing' where id = ?").run(id)).toThrow(/append-only/);
    const other = openDatabase(path);
    expect(() => other.update(schema.auditLog).set({ staffId: null }).run()).toThrow(/append-only/);
    closeDatabase(other);
    expect(sqlite().prepare('select action from audit_log where id = ?').pluck().get(id)).toBe('citizen.read');
  });

  test('a DELETE of an entry younger than the retention period is refused', () => {
    const id = entryAged(policy.auditRetentionDays - 1);
    expect(() => sqlite().prepare('delete from audit_log where id = ?').run(id)).toThrow(/retention/);
    expect(() => sqlite().prepare('delete from audit_log').run()).toThrow(/retention/);
    expect(sqlite().prepare('select count(*) from audit_log').pluck().get()).toBe(1);
  });

  test('a DELETE of an entry older than the retention period is allowed', () => {
    const id = entryAged(policy.auditRetentionDays + 1);
    expect(sqlite().prepare('delete from audit_log where id = ?').run(id).changes).toBe(1);
  });

  test('the retention is read from the database: a longer one protects older entries', () => {
    const id = entryAged(policy.auditRetentionDays + 1);
    setAuditRetention(db, policy.auditRetentionDays + 10);
    expect(() => sqlite().prepare('delete from audit_log where id = ?').run(id)).toThrow(/retention/);
  });

  test('the retention cannot be set below the floor, to nonsense, or removed', () => {
    expect(() => setAuditRetention(db, policy.auditRetentionMinimumDays - 1)).toThrow(/at least 183 days/);
    expect(() => sqlite().prepare("update audit_retention set days = 'many'").run()).toThrow(/at least 183 days/);
    expect(() => sqlite().prepare('delete from audit_retention').run()).toThrow(/cannot be deleted/);
    setAuditRetention(db, policy.auditRetentionMinimumDays);
    expect(sqlite().prepare('select days from audit_retention').pluck().get()).toBe(policy.auditRetentionMinimumDays);
  });

  test('a database cannot be opened with a retention below the floor', () => {
    expect(() => openDatabase(join(dir, 'other.db'), { auditRetentionDays: 30 })).toThrow(/at least 183 days/);
  });

  test('the floor in the database is the policy minimum', () => {
    expect(policy.auditRetentionMinimumDays).toBe(183);
  });
});

describe('purgeExpiredAudit', () => {
  test('deletes only entries older than the retention, in batches, and logs the purge', () => {
    for (let i = 0; i < 5; i++) entryAged(policy.auditRetentionDays + 1 + i);
    const kept = [entryAged(policy.auditRetentionDays - 1), entryAged(0)];
    const now = new Date();
    expect(purgeExpiredAudit(db, now, 2)).toBe(5);
    const left = db.select().from(schema.auditLog).all();
    expect(left.map((e) => e.id).slice(0, 2)).toEqual(kept);
    expect(left.at(-1)).toMatchObject({ action: 'audit.purge', staffId: null, details: { deleted: 5 } });
    expect(purgeExpiredAudit(db, now)).toBe(0);
  });
});

describe('the audit viewer queries', () => {
  function world() {
    const staff = (username: string) => db.insert(schema.staff).values({ username, displayName: `Name ${username}`, role: 'caseworker', passwordHash: 'x' }).returning().get().id;
    const karen = staff('karen');
    const sara = staff('sara');
    const citizen = (cpr: string) => db.insert(schema.citizens).values({ cpr, name: cpr, address: 'Vej', updatedAt: new Date() }).returning().get().id;
    const anna = citizen('0101901235');
    const other = citizen('0202902346');
    const visit = db.insert(schema.visits).values({ citizenId: anna, caseworkerId: karen, service: 'newMitId', startedAt: new Date(), day: '2026-11-25' }).returning().get().id;
    const otherVisit = db.insert(schema.visits).values({ citizenId: other, caseworkerId: karen, service: 'newMitId', startedAt: new Date(), day: '2026-11-25' }).returning().get().id;
    const at = (minute: number) => new Date(Date.UTC(2026, 10, 25, 9, minute));
    const log = (minute: number, staffId: number, action: AuditAction, entity: string, entityId: number | null, details: Record<string, unknown> | null = null) =>
      appendAudit(db, { staffId, action, entity, entityId, details }, at(minute));
    log(1, karen, 'citizen.lookup', 'citizen', anna, { criterion: '010190-XXXX' });
    log(2, karen, 'visit.create', 'visit', visit, { citizenId: anna, service: 'newMitId' });
    log(3, karen, 'visit.read', 'visit', visit);
    log(4, sara, 'citizen.read', 'citizen', anna);
    log(5, sara, 'citizen.readCard', 'citizen', other);
    log(6, sara, 'visit.read', 'visit', otherVisit);
    log(7, karen, 'citizen.search', 'citizen', null, { criterion: 'Anna' });
    log(8, sara, 'citizen.update', 'citizen', anna, { changed: ['phone'] });
    return { karen, sara, anna, other, at };
  }
  const none = { sorters: [] as [], filters: [] as [] };
  const actionsOf = (rows: { action: string }[]) => rows.map((r) => r.action);

  test('a citizen filter finds entries on their record, naming them, and about their cases; newest first', () => {
    const { anna } = world();
    const rows = auditQuery(db, { ...none, filters: [{ field: 'citizenId', operator: 'eq', value: anna }] }).rows(100, 0);
    expect(actionsOf(rows)).toEqual(['citizen.update', 'citizen.read', 'visit.read', 'visit.create', 'citizen.lookup']);
  });

  test('filters by staff member, action and time, combined; pages with the total', () => {
    const { sara, at } = world();
    const page = listAudit(db, {
      sorters: [],
      pagination: { currentPage: 1, pageSize: 2 },
      filters: [
        { field: 'staffId', operator: 'eq', value: sara },
        { field: 'action', operator: 'in', value: ['citizen.read', 'citizen.readCard', 'citizen.update'] },
        { field: 'at', operator: 'gte', value: at(5) },
        { field: 'at', operator: 'lte', value: at(8) },
      ],
    });
    expect(page.total).toBe(2);
    expect(page.data.map((r) => [r.action, r.staffName, r.at])).toEqual([
      ['citizen.update', 'Name sara', at(8)],
      ['citizen.readCard', 'Name sara', at(5)],
    ]);
  });

  test('"who looked at this citizen": reads of the record and of their cases, with names, newest first', () => {
    const { anna, other } = world();
    const reads = citizenReads(db, { citizenId: anna, pagination: { currentPage: 1, pageSize: 20 } });
    expect(reads.data.map((r) => [r.action, r.staffName])).toEqual([
      ['citizen.read', 'Name sara'],
      ['visit.read', 'Name karen'],
      ['citizen.lookup', 'Name karen'],
    ]);
    expect(citizenReads(db, { citizenId: other, pagination: { currentPage: 1, pageSize: 20 } }).total).toBe(2);
  });
});

describe('a list query streams every row for export', () => {
  test('iterating on a read-only connection yields exactly the rows its pages show, decoded the same way', () => {
    const staffId = db.insert(schema.staff).values({ username: 'k', displayName: 'K', role: 'caseworker', passwordHash: 'x' }).returning().get().id;
    const citizenId = db.insert(schema.citizens).values({ cpr: '0101901235', name: 'Anna', address: 'Vej', updatedAt: new Date() }).returning().get().id;
    for (let i = 0; i < 25; i++) {
      db.insert(schema.visits).values({ citizenId, caseworkerId: staffId, service: 'newMitId', startedAt: new Date(Date.UTC(2026, 10, 1 + i, 9)), day: `2026-11-${String(1 + i).padStart(2, '0')}` }).run();
    }
    const query = visitsQuery(db, { sorters: [], filters: [{ field: 'day', operator: 'gte', value: '2026-11-05' }] });
    const reader = openReadOnlyConnection(db);
    const streamed = [...query.iterate(reader)];
    reader.close();
    expect(streamed).toHaveLength(21);
    expect(streamed).toEqual(query.rows(100, 0));
    expect(streamed[0]).toMatchObject({ day: '2026-11-25', startedAt: new Date(Date.UTC(2026, 10, 25, 9)), citizenCprMasked: '010190-XXXX' });
    expect(JSON.stringify(streamed)).not.toMatch(/0101901235/);
  });
});

