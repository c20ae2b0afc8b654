import { and, eq, lte } from 'drizzle-orm';
import type { TLoginScope, TLoginSeries } from '@skranke/domain';
import type { Queryable } from '../client.js';
import { loginFailures } from '../schema.js';

export type LoginFailureKey = { scope: TLoginScope; key: string };
export type LoginFailureRun = LoginFailureKey & TLoginSeries & { staffId: number | null };

const matching = ({ scope, key }: LoginFailureKey) => and(eq(loginFailures.scope, scope), eq(loginFailures.key, key));

export function findLoginFailures(db: Queryable, id: LoginFailureKey): LoginFailureRun | undefined {
  return db.select().from(loginFailures).where(matching(id)).get();
}

export function saveLoginFailures(db: Queryable, run: LoginFailureRun): void {
  const { scope, key, ...values } = run;
  db.insert(loginFailures)
    .values(run)
    .onConflictDoUpdate({ target: [loginFailures.scope, loginFailures.key], set: values })
    .run();
}

export function deleteLoginFailures(db: Queryable, id: LoginFailureKey): void {
  db.delete(loginFailures).where(matching(id)).run();
}

/** Runs whose latest failure is at or before `before`: ended, to be reported and removed. */
export function loginFailuresBefore(db: Queryable, before: Date): LoginFailureRun[] {
  return db.select().from(loginFailures).where(lte(loginFailures.lastAt, before)).all();
}
