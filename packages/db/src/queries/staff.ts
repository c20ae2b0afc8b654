import { and, asc, count, eq, type SQL } from 'drizzle-orm';
import type { StaffRole, TStaffFilter, TStaffListInput } from '@skranke/domain';
import type { Queryable } from '../client.js';
import { orderByOf, pageOf } from '../list.js';
import { hashSecret } from '../secrets.js';
import { staff, type StaffRow } from '../schema.js';

export type StaffMember = Pick<StaffRow, 'id' | 'username' | 'displayName' | 'role'>;

export function findStaffByUsername(db: Queryable, username: string): StaffRow | undefined {
  return db.select().from(staff).where(eq(staff.username, username)).get();
}

export function findStaffById(db: Queryable, id: number): StaffMember & { active: boolean } | undefined {
  return db
    .select({ id: staff.id, username: staff.username, displayName: staff.displayName, role: staff.role, active: staff.active })
    .from(staff)
    .where(eq(staff.id, id))
    .get();
}

export async function createStaff(
  db: Queryable,
  input: { username: string; displayName: string; role: StaffRole; password: string },
): Promise<StaffMember> {
  const passwordHash = await hashSecret(input.password);
  const { id, username, displayName, role } = db
    .insert(staff)
    .values({ username: input.username, displayName: input.displayName, role: input.role, passwordHash })
    .returning()
    .get();
  return { id, username, displayName, role };
}

function staffFilterSql(filter: TStaffFilter): SQL {
  return filter.field === 'role' ? eq(staff.role, filter.value) : eq(staff.active, filter.value);
}

/** Colleagues by name and role, for filters and assignment; never the password hash. */
export function listStaff(db: Queryable, input: TStaffListInput) {
  const where = and(...input.filters.map(staffFilterSql));
  const columns = { id: staff.id, username: staff.username, displayName: staff.displayName, role: staff.role, active: staff.active };
  const orderBy = orderByOf(input.sorters, { displayName: staff.displayName, username: staff.username }, [asc(staff.displayName)], staff.id);
  return pageOf(input.pagination, {
    rows: (limit, offset) => db.select(columns).from(staff).where(where).orderBy(...orderBy).limit(limit).offset(offset).all(),
    count: () => db.select({ n: count() }).from(staff).where(where).get()?.n ?? 0,
  });
}
