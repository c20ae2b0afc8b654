import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { policy } from '@skranke/domain';
import { setAuditRetention } from './queries/audit.js';
import { ensureExemptionGrounds } from './queries/exemptions.js';
import * as schema from './schema.js';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** A connection or a transaction: queries take this so callers can compose them in one transaction. */
export type Queryable = BaseSQLiteDatabase<'sync', Database.RunResult, typeof schema>;

export const defaultDatabasePath = './data/skranke.db';

// Both src/ (tests) and dist/ (built) sit two levels below the repository root, where drizzle/ lives.
export const migrationsFolder = fileURLToPath(new URL('../../../drizzle', import.meta.url));

/**
 * Opens (creating if need be) the SQLite file and brings its schema up to date. The audit retention is written
 * into the database, where the append-only triggers read it.
 */
export function openDatabase(path: string = defaultDatabasePath, options: { auditRetentionDays?: number } = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // Writers queue for a while instead of failing at once when another connection holds the lock.
  sqlite.pragma('busy_timeout = 5000');
  // A commit is on disk before it is acknowledged: an issued code or a granted exemption survives a power failure.
  sqlite.pragma('synchronous = FULL');
  const db = drizzle(sqlite, { schema });
  // Transactions begin IMMEDIATE, taking the write lock first: then the busy timeout applies to it. A DEFERRED one
  // that read before writing was refused at once when another connection wrote meanwhile (its snapshot gone stale).
  const transaction = db.transaction.bind(db);
  db.transaction = ((run, config) => transaction(run, { behavior: 'immediate', ...config })) as typeof db.transaction;
  migrate(db, { migrationsFolder });
  // Statistics for indexes a migration just added: without them the planner may, say, walk 43 staff rows and sort a
  // million visits instead of reading the newest-first index. Only stale tables are analysed, and in full: a
  // sampled analysis misjudged how many visits one caseworker has, with the same result.
  sqlite.pragma('optimize = 0x10002');
  ensureExemptionGrounds(db);
  setAuditRetention(db, options.auditRetentionDays ?? policy.auditRetentionDays);
  return db;
}

/**
 * A second, read-only connection to the same file, for one long read (a CSV export): it streams row by row
 * without keeping the shared connection busy, and WAL gives it one consistent snapshot while others write.
 */
export function openReadOnlyConnection(db: Db): Database.Database {
  const reader = new Database(db.$client.name, { readonly: true, fileMustExist: true });
  reader.pragma('busy_timeout = 5000');
  return reader;
}

export function closeDatabase(db: Db): void {
  db.$client.close();
}
