import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { LoginRequest, StaffProfile } from '@urp/shared/contracts';
import type { Observable } from 'rxjs';

export const AUTH_API = {
  login: '/api/auth/login',
  me: '/api/auth/me',
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

  logout(): Observable<void> {
    return this.http.post<void>(AUTH_API.logout, null);
  }
}
