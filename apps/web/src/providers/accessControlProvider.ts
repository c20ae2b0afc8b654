import type { AccessControlProvider } from '@refinedev/core';
import type { StaffRole } from '@skranke/domain';
import { adminAreas } from '../admin';
import { webFeatures } from '../features';
import type { Action } from '../features/types';
import { currentStaff } from './authProvider';

/**
 * What each role may do, per resource. Anything not listed is refused: deny by default. The server checks
 * the same again; this only keeps the UI from offering what would be refused. Admins manage accounts and
 * policy, not citizens' data.
 */
const counterWork: Partial<Record<string, readonly Action[]>> = {
  ...Object.fromEntries(Object.entries(webFeatures).map(([name, feature]) => [name, feature.counterActions])),
  // A caseworker's own figures only: the server narrows a caseworker's report to themself.
  dashboard: ['list'],
  reports: ['list'],
};

const permissions: Record<StaffRole, Partial<Record<string, readonly Action[]>>> = {
  caseworker: counterWork,
  // Reading the audit log ("who looked at this citizen" too) is the supervisors' alone.
  supervisor: { ...counterWork, audit: ['list'] },
  admin: Object.fromEntries(Object.entries(adminAreas).map(([name, area]) => [name, area.adminActions])),
};

export const accessControlProvider: AccessControlProvider = {
  can: async ({ resource, action }) => {
    const staff = await currentStaff();
    const allowed: readonly string[] = (staff && resource && permissions[staff.role][resource]) || [];
    return { can: allowed.includes(action) };
  },
  options: { buttons: { enableAccessControl: true, hideIfUnauthorized: true } },
};
