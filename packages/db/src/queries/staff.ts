import { eq } from 'drizzle-orm';
import type { StaffRole } from '@skranke/domain';
import type { Queryable } from '../client.js';
import { hashPassword } from '../passwords.js';
import { staff, type StaffRow } from '../schema.js';

export type StaffMember = Pick<StaffRow, 'id' | 'username' | 'displayName' | 'role'>;

export function findStaffByUsername(db: Queryable, username: string): StaffRow | undefined {
  return db.select().from(staff).where(eq(staff.username, username)).get();
}

export async function createStaff(
  db: Queryable,
  input: { username: string; displayName: string; role: StaffRole; password: string },
): Promise<StaffMember> {
  const passwordHash = await hashPassword(input.password);
  const { id, username, displayName, role } = db
    .insert(staff)
    .values({ username: input.username, displayName: input.displayName, role: input.role, passwordHash })
    .returning()
    .get();
  return { id, username, displayName, role };
}
