/**
 * Every number a municipality may change, in one place (domain.md: "*configurable*").
 * Each value names the tag of the rule it comes from.
 */
export const policy = {
  /** [seed] NemID is issued from 15. */
  nemIdMinimumAge: 15,
  /** [pub mitid.dk "above 13 years old"] MitID is issued from 13. */
  mitIdMinimumAge: 13,
  /** [seed] Every citizen is attached to Digital Post at 15, so exemption is for those 15 and older. */
  digitalPostAge: 15,
  /** [policy] CPR-register questions: at least this many asked, all answered correctly (NemID used 2–4) [pub]. */
  cprQuestionsMinimum: 3,
  /** [seed] The witness must have had MitID this many days (current MitID guidance says 30 [pub]). */
  witnessMitIdMinimumDays: 10,
  /** [pub] MitID was issued from 2021: a witness cannot have had it longer. */
  mitIdFirstIssued: '2021-01-01',
  /** [pub] The witness is at least 18. */
  witnessMinimumAge: 18,
  /** [pub] A witness who has already witnessed for this many people within the window is refused. */
  witnessMaximumWitnessings: 3,
  witnessWindowDays: 120,
  /**
   * [seed] NemID key cards and temporary passwords could be ordered until 30 May 2023 (last printing) and collected
   * until 30 June 2023; NemID was shut down for good on 31 October 2023 (its blocking hotlines with it).
   */
  nemIdLastPrinted: '2023-05-30',
  nemIdLastCollection: '2023-06-30',
  nemIdShutdown: '2023-10-31',
  /** [pub] On a granted exemption, unopened Digital Post from this many months back may be re-sent on paper. */
  exemptionResendMonths: 6,
  /** [policy] The municipality's decision letter: a complaint about it is made within this many weeks. */
  exemptionComplaintWeeks: 4,
  /** [policy] A complaint is overdue after this many days without an answer (no statutory deadline [pub]). */
  complaintOverdueDays: 30,
  /** [policy] Attachments are kept in the database: at most this many per complaint, each at most this size. */
  attachmentMaxCount: 5,
  attachmentMaxBytes: 5 * 1024 * 1024,
  /** [policy] Staff sessions end after this long without a request… */
  sessionIdleMinutes: 60,
  /** …and after this long in all, so a forgotten login at the counter does not live on. */
  sessionMaxHours: 10,
  /**
   * [policy] Failed logins tried without a pause: per account, and (higher, since a whole Borgerservice may share
   * one address) per client address. Beyond them each further try waits twice as long as the one before…
   */
  loginFreeAttemptsPerAccount: 5,
  loginFreeAttemptsPerAddress: 20,
  /** …up to this many seconds, never a lock-out: a colleague is slowed by someone's guesses, not shut out. */
  loginMaxDelaySeconds: 60,
  /** [policy] A run of failures is forgotten this long after its last failure. */
  loginSeriesMinutes: 15,
  /** [pub ASVS 2.2.1] No more failed attempts than this per hour and account; the delays above keep well below. */
  loginMaxFailuresPerHour: 100,
  /**
   * [policy] A one-time password (a new account, a reset) works this long after the admin made it: three days cover
   * a weekend between the admin's handing it over and the colleague's first login.
   */
  oneTimePasswordHours: 72,
  /** [pub NIST SP 800-63B 5.1.1.2, ASVS 2.1.1] A password the staff member chooses has at least this many characters… */
  passwordMinimumLength: 12,
  /**
   * …and is not among the commonly used or expected ones [pub NIST SP 800-63B 5.1.1.2]: zxcvbn's score (0–4) must
   * reach this; below 3 it would fall to an online or a slow offline guessing attack with a common-password list.
   */
  passwordMinimumScore: 3,
  /** [pub] A paper activation code from the counter expires this long after it was created. */
  codeValidityHours: 48,
  /** [pub] Wrong entries that block a code. */
  codeMaxWrongEntries: 3,
  /**
   * [policy] Audit entries are kept this long, then purged automatically (domain.md "Audit log" [pub]: retention is
   * a configurable policy). Five years, so a complaint, a citizen's request for insight or a police inquiry into
   * misuse of a credential issued at the counter can still be answered from the log.
   */
  auditRetentionDays: 1826,
  /**
   * [policy] The floor the database itself enforces (a trigger in migration 0006 carries the same number): the old
   * Danish security order kept logs of access to personal data for 6 months [pub]. Raising it needs a migration.
   */
  auditRetentionMinimumDays: 183,
} as const;

/** The shape of the policy with its numbers and dates widened, so a municipality (or a test) can pass its own. */
export type Policy = { readonly [K in keyof typeof policy]: (typeof policy)[K] extends number ? number : string };
