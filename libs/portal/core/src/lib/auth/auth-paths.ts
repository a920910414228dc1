import type { StaffProfile } from '@urp/shared/contracts';
import type { StaffRole } from '@urp/shared/domain';

export const LOGIN_PATH = '/accedi';
export const FORBIDDEN_PATH = '/non-autorizzato';

/** Staff areas, in the order a person with several roles lands in them after signing in. */
const HOME_BY_ROLE: ReadonlyArray<readonly [StaffRole, string]> = [
  ['operator', '/operatore'],
  ['admin', '/operatore'],
  ['office_referent', '/ufficio'],
  ['director', '/direzione'],
];

/** Where a staff member lands after signing in. */
export function staffHomePath(profile: Pick<StaffProfile, 'roles'>): string {
  const match = HOME_BY_ROLE.find(([role]) => profile.roles.includes(role));
  return match ? match[1] : '/';
}

/** Accepts only same-site absolute paths ("/operatore"), never "//evil.example" or "https://...". */
export function safeReturnUrl(url: string | null | undefined): string | null {
  if (!url || !url.startsWith('/') || url.startsWith('//') || url.startsWith('/\\')) return null;
  if (url.startsWith(LOGIN_PATH)) return null;
  return url;
}
