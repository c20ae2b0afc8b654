export * from './client.js';
export * as schema from './schema.js';
export type { AuditRow, CitizenRow, StaffRow } from './schema.js';
export * from './passwords.js';
export * from './list.js';
export * from './queries/audit.js';
export * from './queries/citizens.js';
export * from './queries/staff.js';
export * from './seed.js';
