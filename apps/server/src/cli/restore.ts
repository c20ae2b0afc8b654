/**
 * Puts a backup in place of the database, with the server stopped:
 *   SKRANKE_DB=/var/lib/skranke/skranke.db npm run restore -- /backup/skranke-2026-12-03.db
 * The copy is checked before anything is replaced; the replaced database is kept beside it, renamed.
 */
import { BackupError, defaultDatabasePath, restoreDatabase } from '@skranke/db';
import { describeDatabaseFile } from './report.js';

const [backupFile] = process.argv.slice(2);
if (!backupFile) {
  console.error('Usage: npm run restore -- <backup file>');
  process.exit(2);
}
try {
  const { restored, replaced } = await restoreDatabase(backupFile, process.env.SKRANKE_DB ?? defaultDatabasePath, new Date());
  console.log(describeDatabaseFile(restored));
  if (replaced) console.log(`The database it replaced is kept as ${replaced}.`);
} catch (error) {
  console.error(`Restore failed: ${error instanceof BackupError ? error.message : String(error)}`);
  process.exit(1);
}
