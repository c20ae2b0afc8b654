import { createHash, randomBytes } from 'node:crypto';
import { eq, lt, or, sql } from 'drizzle-orm';
import { policy } from '@skranke/domain';
import { preparedPerConnection, schema, type Db, type StaffMember } from '@skranke/db';

const { sessions, staff } = schema;

export const sessionCookie = 'skranke_session';
export const sessionMaxAgeSeconds = policy.sessionMaxHours * 3600;
const idleMs = policy.sessionIdleMinutes * 60_000;
const maxMs = policy.sessionMaxHours * 3_600_000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function startSession(db: Db, staffId: number, now: Date): string {
  const token = randomBytes(32).toString('base64url');
  db.insert(sessions).values({ tokenHash: hashToken(token), staffId, createdAt: now, lastSeenAt: now }).run();
  return token;
}

// Every request runs this lookup before anything else.
const sessionByTokenHash = preparedPerConnection((db) =>
  db
    .select({
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      id: staff.id,
      username: staff.username,
      displayName: staff.displayName,
      role: staff.role,
      active: staff.active,
    })
    .from(sessions)
    .innerJoin(staff, eq(staff.id, sessions.staffId))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .prepare(),
);

/** The staff member behind a session token, if the session is neither idle too long nor too old. */
export function resumeSession(db: Db, token: string, now: Date): StaffMember | null {
  const tokenHash = hashToken(token);
  const row = sessionByTokenHash(db).get({ tokenHash });
  if (!row) return null;
  const t = now.getTime();
  if (!row.active || t - row.lastSeenAt.getTime() > idleMs || t - row.createdAt.getTime() > maxMs) {
    endSession(db, token);
    return null;
  }
  // Touch at most once a minute: a write per request would serialise every read behind the writer lock.
  if (t - row.lastSeenAt.getTime() > 60_000) {
    db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash)).run();
  }
  const { id, username, displayName, role } = row;
  return { id, username, displayName, role };
}

export function endSession(db: Db, token: string): void {
  db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token))).run();
}

export function purgeExpiredSessions(db: Db, now: Date): void {
  const t = now.getTime();
  db.delete(sessions)
    .where(or(lt(sessions.lastSeenAt, new Date(t - idleMs)), lt(sessions.createdAt, new Date(t - maxMs))))
    .run();
}

