import { z } from 'zod';
import { filterOn, listInput, ZFilterBoolean } from './list.js';
import { staffRoles } from './roles.js';

export const staffSortFields = ['displayName', 'username'] as const;

export const ZStaffFilter = z.discriminatedUnion('field', [
  filterOn('role', ['eq'], z.enum(staffRoles)),
  filterOn('active', ['eq'], ZFilterBoolean),
]);
export type TStaffFilter = z.infer<typeof ZStaffFilter>;

export const ZStaffListInput = listInput(staffSortFields, ZStaffFilter);
export type TStaffListInput = z.infer<typeof ZStaffListInput>;
