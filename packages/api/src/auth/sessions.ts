import { createHash, randomBytes } from 'node:crypto';
import { policy } from '@skranke/domain';
import { deleteExpiredSessions, deleteSession, deleteSessionsOfStaff, findSession, insertSession, touchSession, type Db, type Queryable, type StaffMember } from '@skranke/db';

export const sessionCookie = 'skranke_session';
export const sessionMaxAgeSeconds = policy.sessionMaxHours * 3600;
const idleMs = policy.sessionIdleMinutes * 60_000;
const maxMs = policy.sessionMaxHours * 3_600_000;

/** The staff member behind a session, and whether they must choose a password before anything else. */
export type SessionStaff = StaffMember & { passwordChangeDue: boolean };

/** Only the token's SHA-256 is stored, so a copied database opens no session. */
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function startSession(db: Db, staffId: number, now: Date): string {
  const token = randomBytes(32).toString('base64url');
  insertSession(db, hashToken(token), staffId, now);
  return token;
}

/** The staff member behind a session token, if the session is neither idle too long nor too old. */
export function resumeSession(db: Db, token: string, now: Date): SessionStaff | null {
  const tokenHash = hashToken(token);
  const row = findSession(db, tokenHash);
  if (!row) return null;
  const t = now.getTime();
  if (!row.active || t - row.lastSeenAt.getTime() > idleMs || t - row.createdAt.getTime() > maxMs) {
    deleteSession(db, tokenHash);
    return null;
  }
  // Touch at most once a minute: a write per request would serialise every read behind the writer lock.
  if (t - row.lastSeenAt.getTime() > 60_000) touchSession(db, tokenHash, now);
  const { id, username, displayName, role, passwordChangeDue } = row;
  return { id, username, displayName, role, passwordChangeDue };
}

export function endSession(db: Db, token: string): void {
  deleteSession(db, hashToken(token));
}

/** Ends a staff member's other sessions, keeping the one of `token` (after they changed their own password). */
export function endOtherSessions(db: Queryable, staffId: number, token: string | undefined): number {
  return deleteSessionsOfStaff(db, staffId, token === undefined ? undefined : hashToken(token));
}

export function purgeExpiredSessions(db: Db, now: Date): void {
  const t = now.getTime();
  deleteExpiredSessions(db, new Date(t - idleMs), new Date(t - maxMs));
}
