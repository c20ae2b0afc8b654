import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  backupDatabase,
  BackupError,
  closeDatabase,
  insertCitizen,
  markDatabaseInUse,
  nightlyBackupName,
  openDatabase,
  pruneNightlyBackups,
  restoreDatabase,
  schema,
  type Db,
} from '../src/index.js';

const now = new Date('2026-12-03T10:00:00Z');
let dir: string;
let databasePath: string;
let db: Db;

function addCitizen(name: string, serial: number) {
  const address = 'Flakhaven 2, 5000 Odense C';
  const unknown = { postalAddress: null, phone: null, email: null, guardianName: null, notes: null };
  insertCitizen(db, { cpr: `150385${serial}`, name, hasFixedAddress: true, address, addressProtected: false, guardianship: 'none', ...unknown }, now);
}
const citizenNames = (path: string) => {
  const file = new Database(path, { readonly: true });
  const names = file.prepare('SELECT name FROM citizens ORDER BY name').pluck().all();
  file.close();
  return names;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'skranke-backup-'));
  databasePath = join(dir, 'skranke.db');
  db = openDatabase(databasePath);
  addCitizen('Anna Før', 2001);
});
afterEach(() => {
  if (db.$client.open) closeDatabase(db);
  rmSync(dir, { recursive: true, force: true });
});

describe('backupDatabase', () => {
  test('copies the database in use into one checked file and reports its size and rows per table', async () => {
    // Not yet checkpointed: the row is still in the write-ahead log, where a file copy would miss it.
    expect(existsSync(`${databasePath}-wal`)).toBe(true);
    const report = await backupDatabase(databasePath, join(dir, 'copy.db'));
    expect(report.rows.citizens).toBe(1);
    expect(report.rows.staff).toBe(0);
    expect(report.bytes).toBeGreaterThan(0);
    expect(citizenNames(join(dir, 'copy.db'))).toEqual(['Anna Før']);
    // One self-contained file: no write-ahead log beside it to lose in transit.
    expect(readdirSync(dir).filter((name) => name.startsWith('copy.db'))).toEqual(['copy.db']);
  });

  test('says so when there is no database, and leaves no file behind', async () => {
    await expect(backupDatabase(join(dir, 'missing.db'), join(dir, 'copy.db'))).rejects.toThrow(BackupError);
    expect(existsSync(join(dir, 'copy.db'))).toBe(false);
  });
});

describe('restoreDatabase', () => {
  test('puts the copy in place and keeps the replaced database beside it, its last writes included', async () => {
    await backupDatabase(databasePath, join(dir, 'copy.db'));
    addCitizen('Bo Efter', 2002);
    closeDatabase(db);

    const { restored, replaced } = await restoreDatabase(join(dir, 'copy.db'), databasePath, now);
    expect(restored.rows.citizens).toBe(1);
    db = openDatabase(databasePath);
    expect(db.select({ name: schema.citizens.name }).from(schema.citizens).all()).toEqual([{ name: 'Anna Før' }]);
    expect(citizenNames(replaced!)).toEqual(['Anna Før', 'Bo Efter']);
  });

  test('refuses while a server uses the database, and changes nothing', async () => {
    await backupDatabase(databasePath, join(dir, 'copy.db'));
    addCitizen('Bo Efter', 2002);
    const release = markDatabaseInUse(databasePath);
    await expect(restoreDatabase(join(dir, 'copy.db'), databasePath, now)).rejects.toThrow(/is using .*stop it first/);
    release();
    expect(db.select().from(schema.citizens).all()).toHaveLength(2);
  });

  test('a mark left by a server that crashed does not block it', async () => {
    await backupDatabase(databasePath, join(dir, 'copy.db'));
    closeDatabase(db);
    writeFileSync(`${databasePath}.server-pid`, '2147483646');
    await expect(restoreDatabase(join(dir, 'copy.db'), databasePath, now)).resolves.toMatchObject({ restored: { rows: { citizens: 1 } } });
  });

  test('refuses a damaged copy before touching the database', async () => {
    writeFileSync(join(dir, 'damaged.db'), 'SQLite format 3\0 but nothing after the header');
    closeDatabase(db);
    await expect(restoreDatabase(join(dir, 'damaged.db'), databasePath, now)).rejects.toThrow(BackupError);
    expect(citizenNames(databasePath)).toEqual(['Anna Før']);
    expect(readdirSync(dir).filter((name) => name.includes('replaced'))).toEqual([]);
  });
});

test('the nightly backups keep the newest ones and leave other files alone', () => {
  const days = ['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03'];
  for (const day of days) writeFileSync(join(dir, nightlyBackupName(day)), '');
  writeFileSync(join(dir, 'notes.txt'), '');
  expect(pruneNightlyBackups(dir, 3)).toEqual(['skranke-2026-11-29.db', 'skranke-2026-11-30.db']);
  expect(readdirSync(dir).filter((name) => name.startsWith('skranke-')).sort()).toEqual(days.slice(2).map(nightlyBackupName));
  expect(existsSync(join(dir, 'notes.txt'))).toBe(true);
});
