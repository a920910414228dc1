import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { LoginRequest, SessionResponse, StaffProfile } from '@urp/shared/contracts';
import type { Observable } from 'rxjs';

export const AUTH_API = {
  login: '/api/auth/login',
  me: '/api/auth/me',
  session: '/api/auth/session',
  logout: '/api/auth/logout',
} as const;

/** HTTP calls of the staff authentication API. The session travels in an httpOnly cookie. */
@Injectable({ providedIn: 'root' })
export class AuthApiService {
  private readonly http = inject(HttpClient);

  login(request: LoginRequest): Observable<StaffProfile> {
    return this.http.post<StaffProfile>(AUTH_API.login, request);
  }

  me(): Observable<StaffProfile> {
    return this.http.get<StaffProfile>(AUTH_API.me);
  }

  /** Like `me()`, but 200 `{ staff: null }` when signed out: no failed request in the console. */
  session(): Observable<SessionResponse> {
    return this.http.get<SessionResponse>(AUTH_API.session);
  }

  logout(): Observable<void> {
    return this.http.post<void>(AUTH_API.logout, null);
  }
}
