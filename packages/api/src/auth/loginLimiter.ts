import { RateLimiterMemory } from 'rate-limiter-flexible';
import { policy } from '@skranke/domain';

/** Failed logins per username and address; a success clears the count. */
export function createLoginLimiter(): RateLimiterMemory {
  return new RateLimiterMemory({
    keyPrefix: 'login',
    points: policy.loginAttempts,
    duration: policy.loginAttemptWindowMinutes * 60,
  });
}
