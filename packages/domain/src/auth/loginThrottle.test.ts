import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { policy } from '../policy.js';
import { loginDelaySeconds, loginWaitSeconds, withLoginFailure, type TLoginScope, type TLoginSeries } from './loginThrottle.js';

const start = new Date('2026-12-03T08:00:00Z');
const at = (ms: number) => new Date(start.getTime() + ms);

/** Tries at the given moments, each failing unless the run makes it wait; returns the moments of the failures. */
function failuresWhenTrying(moments: number[], scope: TLoginScope): number[] {
  let series: TLoginSeries | undefined;
  const failed: number[] = [];
  for (const ms of moments) {
    if (loginWaitSeconds(series, scope, at(ms)) > 0) continue;
    series = withLoginFailure(series, at(ms));
    failed.push(ms);
  }
  return failed;
}

const mostInAnHour = (moments: number[]) =>
  Math.max(0, ...moments.map((from) => moments.filter((ms) => ms >= from && ms < from + 3_600_000).length));

describe('failed logins', () => {
  test('the free attempts pass at once, then each pause doubles up to a minute, never a lock', () => {
    const free = policy.loginFreeAttemptsPerAccount;
    expect([free - 1, free, free + 1, free + 2, free + 5, free + 6, free + 500].map((n) => loginDelaySeconds(n, 'account'))).toEqual([
      0, 1, 2, 4, 32, 60, 60,
    ]);
    // An office behind one address gets more typos before any pause.
    expect(loginDelaySeconds(free + 1, 'address')).toBe(0);
    expect(loginDelaySeconds(policy.loginFreeAttemptsPerAddress, 'address')).toBe(1);
  });

  test('the wait counts from the latest failure and is gone once the run is forgotten', () => {
    let series: TLoginSeries | undefined;
    for (let i = 0; i < policy.loginFreeAttemptsPerAccount + 3; i++) series = withLoginFailure(series, at(i * 1000));
    const last = series!.lastAt.getTime() - start.getTime();
    expect(loginWaitSeconds(series, 'account', at(last))).toBe(8);
    expect(loginWaitSeconds(series, 'account', at(last + 7_500))).toBe(1);
    expect(loginWaitSeconds(series, 'account', at(last + 8_000))).toBe(0);
    const forgotten = at(last + policy.loginSeriesMinutes * 60_000);
    expect(withLoginFailure(series, forgotten)).toEqual({ failures: 1, firstAt: forgotten, lastAt: forgotten });
  });

  test('[ASVS 2.2.1] an attacker retrying the moment each pause ends fails at most 100 times an hour, all day', () => {
    let series: TLoginSeries | undefined;
    const failed: number[] = [];
    for (let ms = 0; ms < 24 * 3_600_000; ) {
      series = withLoginFailure(series, at(ms));
      failed.push(ms);
      ms += Math.max(1, loginWaitSeconds(series, 'account', at(ms)) * 1000);
    }
    expect(mostInAnHour(failed)).toBeLessThanOrEqual(policy.loginMaxFailuresPerHour);
    expect(mostInAnHour(failed)).toBeGreaterThan(policy.loginFreeAttemptsPerAccount); // slowed, not shut
  });

  test('[ASVS 2.2.1] whatever the timing of the tries, no hour holds more than 100 failures of one account', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 90_000 }), { maxLength: 400 }), (gaps) => {
        const moments = gaps.reduce<number[]>((list, gap) => [...list, (list.at(-1) ?? 0) + gap], []);
        expect(mostInAnHour(failuresWhenTrying(moments, 'account'))).toBeLessThanOrEqual(policy.loginMaxFailuresPerHour);
      }),
    );
  });
});
