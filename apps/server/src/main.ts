import { closeDatabase, defaultDatabasePath, markDatabaseInUse, openDatabase, purgeExpiredAudit } from '@skranke/db';
import { abortStaleVisits, closeEndedLoginRuns, purgeExpiredSessions } from '@skranke/api';
import { addDays, policy, startOfDay, todayIso } from '@skranke/domain';
import { buildServer, loggerOptions, trustProxyFrom } from './app.js';
import { scheduleNightlyBackups } from './nightlyBackups.js';

const production = process.env.NODE_ENV === 'production';
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? 'localhost';
const databasePath = process.env.SKRANKE_DB ?? defaultDatabasePath;
const backupDir = process.env.SKRANKE_BACKUP_DIR;
const backupsKept = Number(process.env.SKRANKE_BACKUP_KEEP ?? 7);
if (!Number.isInteger(backupsKept) || backupsKept < 1) {
  console.error(`Skranke cannot start: SKRANKE_BACKUP_KEEP must be a whole number of backups, 1 or more (it is "${process.env.SKRANKE_BACKUP_KEEP}").`);
  process.exit(1);
}

/** A database that cannot be opened (unreadable, read-only, not a database) stops the start with one clear line. */
function openOrExit(path: string) {
  try {
    return openDatabase(path);
  } catch (err) {
    console.error(`Skranke cannot start: the database ${path} cannot be opened for reading and writing (${(err as Error).message}).`);
    process.exit(1);
  }
}
const db = openOrExit(databasePath);
// `npm run restore` refuses to replace a database a server is using.
const releaseDatabase = markDatabaseInUse(databasePath);
const now = () => new Date();
const app = await buildServer({
  deps: { db, now },
  secureCookies: production && process.env.SKRANKE_INSECURE_COOKIES !== '1',
  logger: loggerOptions(process.env.LOG_LEVEL ?? 'info'),
  trustProxy: trustProxyFrom(process.env.SKRANKE_TRUST_PROXY),
});

// Demo data only outside production, and only into an empty database. Imported only here, so production never
// loads the demo's data generator.
if (!production) {
  const { seedDemoData } = await import('@skranke/db/demo');
  if (await seedDemoData(db, now())) app.log.info('seeded demo staff and citizens');
}

purgeExpiredSessions(db, now());
const sessionSweep = setInterval(() => purgeExpiredSessions(db, now()), 3_600_000).unref();

/** A housekeeping job: what it did is logged, and a failure is logged too, never fatal to the server. */
function housekeep(done: string, job: () => number) {
  try {
    const count = job();
    if (count > 0) app.log.info({ count }, done);
  } catch (err) {
    app.log.error({ err }, `failed: ${done}`);
  }
}

// [pub] Audit entries older than the policy's retention are deleted automatically: on start, then daily.
const purgeAudit = () => housekeep('purged audit entries past their retention', () => purgeExpiredAudit(db, now()));
purgeAudit();
const auditSweep = setInterval(purgeAudit, 86_400_000).unref();

// Runs of failed logins are reported to the audit log as one entry each once they end, and forgotten.
const closeLoginRuns = () => housekeep('reported ended runs of failed logins', () => closeEndedLoginRuns(db, now()));
const loginRunSweep = setInterval(closeLoginRuns, policy.loginSeriesMinutes * 60_000).unref();

// Visits left open from an earlier counter day are closed as aborted: at start-up, then just after each midnight.
let staleVisitsTimer: NodeJS.Timeout | undefined;
function closeStaleVisits() {
  housekeep('closed visits left open from an earlier day', () => abortStaleVisits(db, now()));
  const nextMidnight = startOfDay(addDays(todayIso(now()), 1)).getTime();
  staleVisitsTimer = setTimeout(closeStaleVisits, nextMidnight - now().getTime() + 1_000).unref();
}
closeStaleVisits();

const stopBackups = backupDir ? scheduleNightlyBackups({ databasePath, dir: backupDir, keep: backupsKept, now, log: app.log }) : undefined;

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  clearInterval(sessionSweep);
  clearInterval(auditSweep);
  clearInterval(loginRunSweep);
  clearTimeout(staleVisitsTimer);
  // Requests in flight get a few seconds to finish; a client that keeps a connection open does not hold the exit.
  const cutOff = setTimeout(() => app.server.closeAllConnections(), 5_000).unref();
  await app.close();
  clearTimeout(cutOff);
  stopBackups?.();
  closeDatabase(db);
  releaseDatabase();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port, host });
