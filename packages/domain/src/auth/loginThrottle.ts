import { policy } from '../policy.js';

/** Who a run of failed logins is counted for: the account tried, and the address it was tried from. */
export const loginScopes = ['account', 'address'] as const;
export type TLoginScope = (typeof loginScopes)[number];

/** A run of failed logins: how many, from the first to the latest. */
export type TLoginSeries = { failures: number; firstAt: Date; lastAt: Date };

const minuteMs = 60_000;

/** [policy] A run whose last failure is at or before this moment has ended: `loginSeriesMinutes` ago. */
export function loginSeriesCutoff(now: Date): Date {
  return new Date(now.getTime() - policy.loginSeriesMinutes * minuteMs);
}

export function loginSeriesEnded(series: TLoginSeries, now: Date): boolean {
  return series.lastAt.getTime() <= loginSeriesCutoff(now).getTime();
}

/**
 * [policy, ASVS 2.2.1] The pause a run imposes after its latest failure: none for the free attempts, then 1 s,
 * 2 s, 4 s … up to `loginMaxDelaySeconds`. Growing delays instead of a lock, so an attacker's guesses slow a
 * colleague's next try by at most a minute and never shut the account.
 */
export function loginDelaySeconds(failures: number, scope: TLoginScope): number {
  const beyond = failures - (scope === 'account' ? policy.loginFreeAttemptsPerAccount : policy.loginFreeAttemptsPerAddress);
  if (beyond < 0) return 0;
  return Math.min(2 ** beyond, policy.loginMaxDelaySeconds);
}

/** Whole seconds until the next try may be made (0: now); a run that has ended no longer counts. */
export function loginWaitSeconds(series: TLoginSeries | undefined, scope: TLoginScope, now: Date): number {
  if (!series || loginSeriesEnded(series, now)) return 0;
  const readyAt = series.lastAt.getTime() + loginDelaySeconds(series.failures, scope) * 1000;
  return Math.max(0, Math.ceil((readyAt - now.getTime()) / 1000));
}

/** The run after one more failure: a new run if there was none or it had ended. */
export function withLoginFailure(series: TLoginSeries | undefined, now: Date): TLoginSeries {
  if (!series || loginSeriesEnded(series, now)) return { failures: 1, firstAt: now, lastAt: now };
  return { failures: series.failures + 1, firstAt: series.firstAt, lastAt: now };
}
