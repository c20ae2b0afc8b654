import { staffArea } from './staff';
import type { AdminArea } from './types';

export { administration } from './types';

/** The admins' areas, one line each; the app's resources, routes, access control and data provider read them. */
export const adminAreas = { staff: staffArea } satisfies Record<string, AdminArea>;
