/** Roles of municipal staff. Citizens are not staff: they never sign in with a password. */
export const STAFF_ROLES = ['operator', 'office_referent', 'director', 'admin'] as const;

export type StaffRole = (typeof STAFF_ROLES)[number];
