import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { guardianshipKinds, staffRoles } from '@skranke/domain';

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const staff = sqliteTable('staff', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role', { enum: staffRoles }).notNull(),
  passwordHash: text('password_hash').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: createdAt(),
});

/** The cookie holds a random token; only its SHA-256 is stored, so a copied database opens no session. */
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('sessions_staff_idx').on(t.staffId)],
);

/** The CPR number is data, never the key: a person can be given a new number (domain.md). */
export const citizens = sqliteTable(
  'citizens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    cpr: text('cpr').notNull(),
    name: text('name').notNull(),
    hasFixedAddress: integer('has_fixed_address', { mode: 'boolean' }).notNull().default(true),
    address: text('address'),
    postalAddress: text('postal_address'),
    phone: text('phone'),
    email: text('email'),
    guardianship: text('guardianship', { enum: guardianshipKinds }).notNull().default('none'),
    guardianName: text('guardian_name'),
    notes: text('notes'),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    uniqueIndex('citizens_cpr_idx').on(t.cpr),
    index('citizens_name_idx').on(t.name),
    index('citizens_created_idx').on(t.createdAt),
    index('citizens_updated_idx').on(t.updatedAt),
  ],
);

/**
 * Append-only record of every read of a citizen's full record, every search and every change (domain.md
 * "Audit log"). Holds ids and masked criteria, never a CPR number.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    staffId: integer('staff_id').references(() => staff.id),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    purpose: text('purpose'),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (t) => [
    index('audit_at_idx').on(t.at),
    index('audit_entity_idx').on(t.entity, t.entityId, t.at),
    index('audit_staff_idx').on(t.staffId, t.at),
  ],
);

export type StaffRow = typeof staff.$inferSelect;
export type CitizenRow = typeof citizens.$inferSelect;
export type AuditRow = typeof auditLog.$inferSelect;
