import { and, eq, lt, ne, or, sql } from 'drizzle-orm';
import type { Queryable } from '../client.js';
import { preparedPerConnection } from '../prepared.js';
import { sessions, staff } from '../schema.js';

/** Sessions are found by the SHA-256 of their token only (the api hashes it): the cookie itself is never stored. */
export function insertSession(db: Queryable, tokenHash: string, staffId: number, now: Date): void {
  db.insert(sessions).values({ tokenHash, staffId, createdAt: now, lastSeenAt: now }).run();
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
      passwordChangeDue: staff.passwordChangeDue,
    })
    .from(sessions)
    .innerJoin(staff, eq(staff.id, sessions.staffId))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .prepare(),
);

/** The session and its staff member, for the api to judge whether it is still valid. */
export function findSession(db: Queryable, tokenHash: string) {
  return sessionByTokenHash(db).get({ tokenHash });
}

export function touchSession(db: Queryable, tokenHash: string, now: Date): void {
  db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash)).run();
}

export function deleteSession(db: Queryable, tokenHash: string): void {
  db.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).run();
}

/** Ends every session of a staff member at once (deactivated, a new one-time password), or all but one. */
export function deleteSessionsOfStaff(db: Queryable, staffId: number, exceptTokenHash?: string): number {
  const except = exceptTokenHash === undefined ? undefined : ne(sessions.tokenHash, exceptTokenHash);
  return db.delete(sessions).where(and(eq(sessions.staffId, staffId), except)).run().changes;
}

/** Deletes the sessions idle since before `idleBefore` or begun before `createdBefore`. */
export function deleteExpiredSessions(db: Queryable, idleBefore: Date, createdBefore: Date): void {
  db.delete(sessions).where(or(lt(sessions.lastSeenAt, idleBefore), lt(sessions.createdAt, createdBefore))).run();
}
