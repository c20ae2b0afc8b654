import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, expect, test } from 'vitest';
import { closeDatabase, migrationsFolder, openDatabase } from '../src/index.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A database as Skranke left it before the counter rules were revised: migrated up to 0009, with data in it. */
function databaseBefore0010(path: string): void {
  const older = join(dir, 'drizzle');
  cpSync(migrationsFolder, older, { recursive: true });
  const journalPath = join(older, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { idx: number }[] };
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.filter((e) => e.idx <= 9) }));
  const sqlite = new Database(path);
  migrate(drizzle(sqlite), { migrationsFolder: older });
  sqlite.exec(`
    INSERT INTO staff (id, username, display_name, role, password_hash) VALUES (1, 'k', 'K', 'caseworker', 'h');
    INSERT INTO citizens (id, cpr, name, address, updated_at) VALUES (1, '0101901235', 'C', 'Vej 1', 0);
    INSERT INTO visits (id, citizen_id, caseworker_id, service, outcome, started_at, day, method, target_level, level)
      VALUES (1, 1, 1, 'newMitId', 'verified', 0, '2026-11-01', 'documents', 'BETYDELIG', 'BETYDELIG');
    INSERT INTO visit_documents (visit_id, kind, expires_on) VALUES
      (1, 'danishPassport', '2030-01-01'), (1, 'danishDrivingLicence', '2030-01-01'), (1, 'danishDrivingLicenceApp', '2030-01-01'), (1, 'healthCard', NULL);
    INSERT INTO blocks (citizen_id, misuse, description, reported_on, hotline, police_report, created_at, created_by)
      VALUES (1, 'phishing', 'x', '2023-06-01', 'citizen', 'advised', 0, 1), (1, 'phishing', 'y', '2023-06-01', 'business', 'made', 0, 1);
  `);
  sqlite.close();
}

test('migration 0010 keeps every document and block, under the new codes and routes', () => {
  dir = mkdtempSync(join(tmpdir(), 'skranke-0010-'));
  const path = join(dir, 'skranke.db');
  databaseBefore0010(path);
  const db = openDatabase(path);
  try {
    const documents = db.$client.prepare('SELECT kind, expires_on AS expiresOn, chip_read AS chipRead FROM visit_documents ORDER BY id').all();
    expect(documents).toEqual([
      { kind: 'passportWithCpr', expiresOn: '2030-01-01', chipRead: 0 },
      { kind: 'drivingLicence', expiresOn: '2030-01-01', chipRead: 0 },
      { kind: 'drivingLicenceApp', expiresOn: '2030-01-01', chipRead: 0 },
      { kind: 'healthCard', expiresOn: null, chipRead: 0 },
    ]);
    const blocks = db.$client.prepare('SELECT credential, route, description FROM blocks ORDER BY id').all();
    expect(blocks).toEqual([
      { credential: 'nemId', route: 'nemIdHotline', description: 'x' },
      { credential: 'nemId', route: 'nemIdBusinessHotline', description: 'y' },
    ]);
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
  } finally {
    closeDatabase(db);
  }
});
