import { createHash } from 'node:crypto';
import { loginSeriesCutoff, loginSeriesEnded, loginWaitSeconds, withLoginFailure } from '@skranke/domain';
import {
  appendAudit,
  deleteLoginFailures,
  findLoginFailures,
  loginFailuresBefore,
  saveLoginFailures,
  type Db,
  type LoginFailureRun,
  type Queryable,
} from '@skranke/db';

/** One try to log in: the username as typed, the account it names (if any) and where it came from. */
export type LoginAttempt = { username: string; staffId: number | null; address: string };

function runKeys(attempt: LoginAttempt) {
  return [
    { scope: 'account', key: createHash('sha256').update(attempt.username).digest('hex'), staffId: attempt.staffId },
    { scope: 'address', key: attempt.address, staffId: null },
  ] as const;
}

/**
 * Failed logins are audited once per run, not once per try, so a flood cannot fill the append-only log: the
 * first failure when it happens (see the login procedure), the whole run when it ends.
 */
function reportEndedRun(db: Queryable, run: LoginFailureRun, now: Date): void {
  if (run.scope !== 'account' || run.failures < 2) return;
  const details = { failures: run.failures, from: run.firstAt.toISOString(), to: run.lastAt.toISOString() };
  appendAudit(db, { staffId: run.staffId, action: 'auth.loginFailed', entity: 'staff', entityId: run.staffId, details }, now);
}

/**
 * Counts the try as a failure before the password is checked, so a burst of parallel guesses cannot all slip
 * through; `loginSucceeded` takes it back. A try the account's or the address's run makes wait is not counted.
 */
export function beginLoginAttempt(db: Db, attempt: LoginAttempt, now: Date): { waitSeconds: number; firstFailure: boolean } {
  return db.transaction((tx) => {
    const runs = runKeys(attempt).map((id) => ({ id, run: findLoginFailures(tx, id) }));
    const waitSeconds = Math.max(...runs.map(({ id, run }) => loginWaitSeconds(run, id.scope, now)));
    if (waitSeconds > 0) return { waitSeconds, firstFailure: false };
    let firstFailure = false;
    for (const { id, run } of runs) {
      if (run && loginSeriesEnded(run, now)) reportEndedRun(tx, run, now);
      const next = withLoginFailure(run, now);
      saveLoginFailures(tx, { ...id, ...next });
      if (id.scope === 'account') firstFailure = next.failures === 1;
    }
    return { waitSeconds: 0, firstFailure };
  });
}

/**
 * The password was right: the account's run ends (the person proved who they are) and the address gets its try
 * back, but keeps its other failures, so logging in to one's own account does not clear guesses at others'.
 * Returns how many failures came before this login, for its audit entry.
 */
export function loginSucceeded(db: Db, attempt: LoginAttempt): number {
  return db.transaction((tx) => {
    const [account, address] = runKeys(attempt);
    const accountRun = findLoginFailures(tx, account);
    deleteLoginFailures(tx, account);
    const addressRun = findLoginFailures(tx, address);
    if (addressRun && addressRun.failures > 1) saveLoginFailures(tx, { ...addressRun, failures: addressRun.failures - 1 });
    else if (addressRun) deleteLoginFailures(tx, address);
    return (accountRun?.failures ?? 1) - 1;
  });
}

/** Reports and removes the runs that have ended; run by the server every few minutes. Returns how many. */
export function closeEndedLoginRuns(db: Db, now: Date): number {
  return db.transaction((tx) => {
    const ended = loginFailuresBefore(tx, loginSeriesCutoff(now));
    for (const run of ended) {
      reportEndedRun(tx, run, now);
      deleteLoginFailures(tx, run);
    }
    return ended.length;
  });
}
