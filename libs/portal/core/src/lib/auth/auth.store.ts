import { Injectable, computed, signal } from '@angular/core';
import type { StaffProfile } from '@urp/shared/contracts';
import type { StaffRole } from '@urp/shared/domain';

/** Who is signed in, as a signal. Holds state only: `AuthService` talks to the API. */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly profileState = signal<StaffProfile | null>(null);

  readonly profile = this.profileState.asReadonly();
  readonly isSignedIn = computed(() => this.profileState() !== null);
  readonly roles = computed<readonly StaffRole[]>(() => this.profileState()?.roles ?? []);

  hasAnyRole(roles: readonly StaffRole[]): boolean {
    const mine = this.roles();
    return roles.some((role) => mine.includes(role));
  }

  set(profile: StaffProfile): void {
    this.profileState.set(profile);
  }

  clear(): void {
    this.profileState.set(null);
  }
}
