import { Injectable, inject } from '@angular/core';
import type { LoginRequest, StaffProfile } from '@urp/shared/contracts';
import { firstValueFrom } from 'rxjs';

import { AuthApiService } from './auth-api.service';
import { AuthStore } from './auth.store';

/** Staff sign-in, sign-out and session restore; keeps `AuthStore` in step with the server. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly api = inject(AuthApiService);
  private readonly store = inject(AuthStore);
  private restored: Promise<void> | null = null;

  /**
   * Asks the API once who is signed in (GET /api/auth/session; the cookie may survive a reload).
   * Every caller gets the same promise, so guards can wait for it. If the API cannot be reached
   * the person is treated as signed out; signing in still works.
   */
  restoreSession(): Promise<void> {
    this.restored ??= firstValueFrom(this.api.session()).then(
      ({ staff }) => (staff ? this.store.set(staff) : this.store.clear()),
      () => this.store.clear(),
    );
    return this.restored;
  }

  /** Resolves with the profile; rejects with the `HttpErrorResponse` (401, 429, 400...). */
  async login(request: LoginRequest): Promise<StaffProfile> {
    const profile = await firstValueFrom(this.api.login(request));
    this.restored = Promise.resolve();
    this.store.set(profile);
    return profile;
  }

  /** Ends the session on the server; the local state is cleared even if that call fails. */
  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.api.logout());
    } catch {
      // The cookie is httpOnly: nothing more the browser can do. Signed out locally anyway.
    } finally {
      this.store.clear();
    }
  }
}
