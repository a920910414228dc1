import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import type { StaffRole } from '@urp/shared/domain';

import { FORBIDDEN_PATH, LOGIN_PATH } from './auth-paths';
import { AuthService } from './auth.service';
import { AuthStore } from './auth.store';

/**
 * Lets the route through when the signed-in person has at least one of `roles`.
 * Signed out: redirect to the login page, which comes back here afterwards.
 * Signed in with the wrong role: redirect to the "non autorizzato" page.
 * Waits for the session restore started at boot, so deep links survive a reload.
 */
export function roleGuard(...roles: StaffRole[]): CanActivateFn {
  return async (_route, state) => {
    const router = inject(Router);
    const store = inject(AuthStore);
    await inject(AuthService).restoreSession();

    if (!store.isSignedIn()) {
      return router.createUrlTree([LOGIN_PATH], { queryParams: { returnUrl: state.url } });
    }
    return store.hasAnyRole(roles) ? true : router.createUrlTree([FORBIDDEN_PATH]);
  };
}
