import { and, asc, count, eq, or, sql, type SQL } from 'drizzle-orm';
import type { StaffRole, TStaffFilter, TStaffListInput } from '@skranke/domain';
import type { Queryable } from '../client.js';
import { orderByOf, pageOf } from '../list.js';
import { hashSecret } from '../secrets.js';
import { staff, type StaffRow } from '../schema.js';

export type StaffMember = Pick<StaffRow, 'id' | 'username' | 'displayName' | 'role'>;

/** Case does not tell two usernames apart (the unique index on lower(username) serves this lookup). */
export function findStaffByUsername(db: Queryable, username: string): StaffRow | undefined {
  return db.select().from(staff).where(eq(sql`lower(${staff.username})`, username.toLowerCase())).get();
}

export function findStaffById(db: Queryable, id: number): StaffMember & { active: boolean } | undefined {
  return db
    .select({ id: staff.id, username: staff.username, displayName: staff.displayName, role: staff.role, active: staff.active })
    .from(staff)
    .where(eq(staff.id, id))
    .get();
}

/** What an admin sees of an account: everything but the password hash. */
const accountColumns = {
  id: staff.id,
  username: staff.username,
  displayName: staff.displayName,
  role: staff.role,
  email: staff.email,
  active: staff.active,
  passwordChangeDue: staff.passwordChangeDue,
  oneTimePasswordExpiresAt: staff.oneTimePasswordExpiresAt,
  createdAt: staff.createdAt,
};

export type StaffAccount = Pick<StaffRow, keyof typeof accountColumns>;

export function findStaffAccount(db: Queryable, id: number): StaffAccount | undefined {
  return db.select(accountColumns).from(staff).where(eq(staff.id, id)).get();
}

/** The stored hash, for checking a password the staff member typed, and whether it is a one-time password. */
export function findStaffCredentials(db: Queryable, id: number) {
  return db
    .select({ passwordHash: staff.passwordHash, passwordChangeDue: staff.passwordChangeDue })
    .from(staff)
    .where(eq(staff.id, id))
    .get();
}

export type NewStaff = {
  username: string;
  displayName: string;
  role: StaffRole;
  email?: string | null;
  passwordHash: string;
  passwordChangeDue?: boolean;
  oneTimePasswordExpiresAt?: Date | null;
};

/** Inserts an account whose password is already hashed (hashing is slow: never inside a write transaction). */
export function insertStaff(db: Queryable, values: NewStaff): StaffMember {
  const { id, username, displayName, role } = db.insert(staff).values(values).returning().get();
  return { id, username, displayName, role };
}

export async function createStaff(
  db: Queryable,
  input: { username: string; displayName: string; role: StaffRole; password: string },
): Promise<StaffMember> {
  const passwordHash = await hashSecret(input.password);
  return insertStaff(db, { username: input.username, displayName: input.displayName, role: input.role, passwordHash });
}

export type StaffChanges = Partial<
  Pick<StaffRow, 'displayName' | 'role' | 'email' | 'active' | 'passwordHash' | 'passwordChangeDue' | 'oneTimePasswordExpiresAt'>
>;

export function updateStaff(db: Queryable, id: number, changes: StaffChanges): void {
  db.update(staff).set(changes).where(eq(staff.id, id)).run();
}

export function countActiveAdmins(db: Queryable): number {
  return db.select({ n: count() }).from(staff).where(and(eq(staff.role, 'admin'), eq(staff.active, true))).get()?.n ?? 0;
}

/** `%`, `_` and `\` typed into a search are searched for, not wildcards. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function staffFilterSql(filter: TStaffFilter, view: StaffListView): SQL | undefined {
  switch (filter.field) {
    case 'role':
      return eq(staff.role, filter.value);
    case 'active':
      return eq(staff.active, filter.value);
    case 'q': {
      if (!filter.value) return undefined;
      const pattern = containing(filter.value);
      const name = sql`${staff.displayName} like ${pattern} escape '\\'`;
      return view === 'admin'
        ? or(name, sql`${staff.username} like ${pattern} escape '\\'`, sql`${staff.email} like ${pattern} escape '\\'`)
        : name;
    }
  }
}

/**
 * Who asks: an admin manages accounts and sees them whole (never the password hash); everyone else sees colleagues
 * by name and role only, for filters and assignment.
 */
export type StaffListView = 'admin' | 'colleague';

const colleagueColumns = { id: staff.id, displayName: staff.displayName, role: staff.role };
const adminListColumns = { ...colleagueColumns, username: staff.username, email: staff.email, active: staff.active };

export function listStaff(db: Queryable, input: TStaffListInput, view: StaffListView) {
  const where = and(...input.filters.map((f) => staffFilterSql(f, view)));
  // A colleague's username is not theirs to see, nor to infer from the order.
  const username = view === 'admin' ? staff.username : staff.displayName;
  const orderBy = orderByOf(input.sorters, { displayName: staff.displayName, username }, [asc(staff.displayName)], staff.id);
  const total = () => db.select({ n: count() }).from(staff).where(where).get()?.n ?? 0;
  return view === 'admin'
    ? pageOf(input.pagination, {
        rows: (limit, offset) => db.select(adminListColumns).from(staff).where(where).orderBy(...orderBy).limit(limit).offset(offset).all(),
        count: total,
      })
    : pageOf(input.pagination, {
        rows: (limit, offset) => db.select(colleagueColumns).from(staff).where(where).orderBy(...orderBy).limit(limit).offset(offset).all(),
        count: total,
      });
}
