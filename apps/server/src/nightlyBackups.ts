import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { backupDatabase, nightlyBackupName, pruneNightlyBackups } from '@skranke/db';
import { addDays, startOfDay, todayIso } from '@skranke/domain';

/** [policy] Half past two: the counter is closed, and the jobs just after midnight (stale visits) are done. */
const backupMinuteOfDay = 150;

type NightlyBackups = { databasePath: string; dir: string; keep: number; now: () => Date; log: FastifyBaseLogger };

/** The next half past two in Copenhagen after `now`. */
function nextBackupTime(now: Date): number {
  const today = todayIso(now);
  const at = (day: string) => startOfDay(day).getTime() + backupMinuteOfDay * 60_000;
  return at(today) > now.getTime() ? at(today) : at(addDays(today, 1));
}

/**
 * One backup a night into `dir` (`skranke-<day>.db`, checked like `npm run backup`), keeping the newest `keep`.
 * A failure is logged and tried again the next night; it never stops the server. Returns the stop function.
 */
export function scheduleNightlyBackups({ databasePath, dir, keep, now, log }: NightlyBackups): () => void {
  mkdirSync(dir, { recursive: true });
  let timer: NodeJS.Timeout;
  const schedule = () => {
    timer = setTimeout(() => void takeBackup(), nextBackupTime(now()) - now().getTime()).unref();
  };
  const takeBackup = async () => {
    try {
      const report = await backupDatabase(databasePath, join(dir, nightlyBackupName(todayIso(now()))));
      log.info({ path: report.path, bytes: report.bytes }, 'nightly backup taken');
      const removed = pruneNightlyBackups(dir, keep);
      if (removed.length > 0) log.info({ removed }, 'older nightly backups removed');
    } catch (err) {
      log.error({ err }, 'nightly backup failed');
    }
    schedule();
  };
  schedule();
  return () => clearTimeout(timer);
}
