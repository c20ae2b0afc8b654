/**
 * Every number a municipality may change, in one place (domain.md: "*configurable*").
 * Each value names the tag of the rule it comes from.
 */
export const policy = {
  /** [seed] A NemID/MitID applicant under 15 is refused; Digital Post attaches at 15. */
  minimumApplicantAge: 15,
  /** [policy] Staff sessions end after this long without a request… */
  sessionIdleMinutes: 60,
  /** …and after this long in all, so a forgotten login at the counter does not live on. */
  sessionMaxHours: 10,
  /** [policy] Failed logins allowed per username and address before a pause. */
  loginAttempts: 5,
  loginAttemptWindowMinutes: 15,
} as const;

export type Policy = typeof policy;
