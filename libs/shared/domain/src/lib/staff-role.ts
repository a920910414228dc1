/** Roles of municipal staff. Citizens are not staff: they never sign in with a password. */
export const STAFF_ROLES = ['operator', 'office_referent', 'director', 'admin'] as const;

export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);
}
