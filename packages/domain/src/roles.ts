export const staffRoles = ['caseworker', 'supervisor', 'admin'] as const;
export type StaffRole = (typeof staffRoles)[number];
