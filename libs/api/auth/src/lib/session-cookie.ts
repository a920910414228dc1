import type { CookieOptions, Request } from 'express';

export const SESSION_COOKIE = 'urp_session';

export function sessionCookieOptions(secure: boolean, maxAgeMs: number): CookieOptions {
  // SameSite=Strict: the staff console is same-origin, so no cross-site request carries the session (CSRF).
  return { httpOnly: true, secure, sameSite: 'strict', path: '/', maxAge: maxAgeMs };
}

export function readSessionToken(req: Request): string | null {
  const cookies = req.cookies as Record<string, string | undefined> | undefined;
  const token = cookies?.[SESSION_COOKIE];
  return typeof token === 'string' && token.length > 0 && token.length < 200 ? token : null;
}
