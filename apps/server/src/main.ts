import { closeDatabase, defaultDatabasePath, openDatabase, purgeExpiredAudit, seedDemoData } from '@skranke/db';
import { createLoginLimiter, purgeExpiredSessions } from '@skranke/api';
import { buildServer, loggerOptions } from './app.js';

const production = process.env.NODE_ENV === 'production';
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? 'localhost';
const databasePath = process.env.SKRANKE_DB ?? defaultDatabasePath;

const db = openDatabase(databasePath);
const now = () => new Date();
const app = await buildServer({
  deps: { db, loginLimiter: createLoginLimiter(), now },
  secureCookies: production && process.env.SKRANKE_INSECURE_COOKIES !== '1',
  logger: loggerOptions(process.env.LOG_LEVEL ?? 'info'),
});

// Demo data only outside production, and only into an empty database.
if (!production && (await seedDemoData(db, now()))) app.log.info('seeded demo staff and citizens');

purgeExpiredSessions(db, now());
const sessionSweep = setInterval(() => purgeExpiredSessions(db, now()), 3_600_000).unref();

// [pub] Audit entries older than the policy's retention are deleted automatically: on start, then daily.
function purgeAudit() {
  try {
    const deleted = purgeExpiredAudit(db, now());
    if (deleted > 0) app.log.info({ deleted }, 'purged audit entries past their retention');
  } catch (err) {
    app.log.error({ err }, 'audit purge failed');
  }
}
purgeAudit();
const auditSweep = setInterval(purgeAudit, 86_400_000).unref();

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  clearInterval(sessionSweep);
  clearInterval(auditSweep);
  await app.close();
  closeDatabase(db);
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port, host });
