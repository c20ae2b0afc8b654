/**
 * A consistent copy of the database, also while the server runs:
 *   SKRANKE_DB=/var/lib/skranke/skranke.db npm run backup -- /backup/skranke-2026-12-03.db
 * Exits 0 only when the copy passed `PRAGMA integrity_check`; prints its size and row counts.
 */
import { BackupError, backupDatabase, defaultDatabasePath } from '@skranke/db';
import { describeDatabaseFile } from './report.js';

const [target] = process.argv.slice(2);
if (!target) {
  console.error('Usage: npm run backup -- <file>');
  process.exit(2);
}
try {
  console.log(describeDatabaseFile(await backupDatabase(process.env.SKRANKE_DB ?? defaultDatabasePath, target)));
} catch (error) {
  console.error(`Backup failed: ${error instanceof BackupError ? error.message : String(error)}`);
  process.exit(1);
}
