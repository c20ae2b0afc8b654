import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';

/** A checked database file: its size and how many rows each table holds. */
export type DatabaseFileReport = { path: string; bytes: number; rows: Record<string, number> };

/** What stops a backup or a restore, said so that the person at the terminal knows what to do. */
export class BackupError extends Error {}

/** `PRAGMA integrity_check` must say ok; then the file's size and row counts, for the operator to compare. */
export function checkDatabaseFile(path: string): DatabaseFileReport {
  if (!existsSync(path)) throw new BackupError(`${path} does not exist.`);
  let file: Database.Database;
  try {
    file = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupError(`${path} cannot be opened as a database (${(error as Error).message}).`);
  }
  try {
    const verdict = file.pragma('integrity_check', { simple: true });
    if (verdict !== 'ok') throw new BackupError(`${path} is damaged: integrity_check says ${String(verdict)}.`);
    const tables = file
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    const rows = Object.fromEntries(
      tables.map((table) => [table, file.prepare(`SELECT count(*) FROM "${table.replaceAll('"', '""')}"`).pluck().get() as number]),
    );
    return { path, bytes: statSync(path).size, rows };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${path} is not a readable database (${(error as Error).message}).`);
  } finally {
    file.close();
  }
}

/**
 * A consistent copy of a database in use: SQLite's online backup, page by page, which sees one committed state
 * whatever the server writes meanwhile (a file copy of a WAL database may catch a half-written one). The copy is
 * written beside the target, made one self-contained file (no WAL), checked, and only then given the target's name.
 */
export async function backupDatabase(sourcePath: string, target: string): Promise<DatabaseFileReport> {
  if (!existsSync(sourcePath)) throw new BackupError(`There is no database at ${sourcePath}.`);
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const source = new Database(sourcePath, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(partial);
  } finally {
    source.close();
  }
  try {
    const copy = new Database(partial);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    checkDatabaseFile(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  renameSync(partial, target);
  return checkDatabaseFile(target);
}

/** The file a running server keeps beside its database: its process number. */
const serverMark = (databasePath: string) => `${databasePath}.server-pid`;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The server marks the database it serves (restore refuses to replace it meanwhile); the mark goes when it stops. */
export function markDatabaseInUse(databasePath: string): () => void {
  const mark = serverMark(databasePath);
  writeFileSync(mark, String(process.pid));
  return () => rmSync(mark, { force: true });
}

/** The process number of a live server using the database, or null (a mark left by a crashed server is ignored). */
export function serverUsing(databasePath: string): number | null {
  const mark = serverMark(databasePath);
  if (!existsSync(mark)) return null;
  const pid = Number(readFileSync(mark, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && processAlive(pid) ? pid : null;
}

/**
 * Puts a backup in place of the database. The copy is checked first and nothing is touched if it fails; a server
 * using the database is refused (stop it first). The database it replaces is kept beside it, renamed, after its
 * write-ahead log is folded in (a leftover log would otherwise be replayed onto the restored file).
 */
export async function restoreDatabase(
  backupFile: string,
  databasePath: string,
  now: Date,
): Promise<{ restored: DatabaseFileReport; replaced: string | null }> {
  checkDatabaseFile(backupFile);
  const pid = serverUsing(databasePath);
  if (pid !== null) throw new BackupError(
      `A Skranke server (process ${pid}) is using ${databasePath}: stop it first, then restore. (If no server runs, remove ${serverMark(databasePath)}.)`,
    );
  const incoming = `${databasePath}.restoring`;
  rmSync(incoming, { force: true });
  const source = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(incoming);
  } finally {
    source.close();
  }
  let replaced: string | null = null;
  if (existsSync(databasePath)) {
    const old = new Database(databasePath, { fileMustExist: true });
    old.pragma('wal_checkpoint(TRUNCATE)');
    old.pragma('journal_mode = DELETE');
    old.close();
    replaced = `${databasePath}.replaced-${now.toISOString().replaceAll(':', '-')}`;
    renameSync(databasePath, replaced);
  }
  for (const leftover of [`${databasePath}-wal`, `${databasePath}-shm`]) if (existsSync(leftover)) unlinkSync(leftover);
  renameSync(incoming, databasePath);
  return { restored: checkDatabaseFile(databasePath), replaced };
}

/** The nightly backups' names sort by day: `skranke-2026-12-03.db`. */
export const nightlyBackupName = (day: string) => `skranke-${day}.db`;

/** Removes all but the newest `keep` nightly backups in `dir`; other files there are left alone. Returns the removed. */
export function pruneNightlyBackups(dir: string, keep: number): string[] {
  const backups = readdirSync(dir)
    .filter((name) => /^skranke-\d{4}-\d{2}-\d{2}\.db$/.test(name))
    .sort();
  const removed = backups.slice(0, Math.max(0, backups.length - keep));
  for (const name of removed) rmSync(join(dir, basename(name)));
  return removed;
}
