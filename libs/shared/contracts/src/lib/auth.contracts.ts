import type { StaffRole } from '@urp/shared/domain';

/** Limits shared by the API's validation and the portal's form. */
export const USERNAME_MAX_LENGTH = 64;
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** POST /api/auth/login */
export interface LoginRequest {
  username: string;
  password: string;
}

/** The signed-in staff member, as returned by POST /api/auth/login and GET /api/auth/me. */
export interface StaffProfile {
  id: string;
  username: string;
  displayName: string;
  email: string;
  roles: StaffRole[];
  /** Office the person belongs to (office referents), if any. */
  officeId: string | null;
}

/**
 * GET /api/auth/session: who is signed in, answered with 200 either way, so the portal can
 * restore a session at start without a failed request in the browser console.
 */
export interface SessionResponse {
  staff: StaffProfile | null;
}
