import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  Router,
  UrlTree,
  provideRouter,
  type ActivatedRouteSnapshot,
  type GuardResult,
  type MaybeAsync,
  type RouterStateSnapshot,
} from '@angular/router';
import type { StaffProfile } from '@urp/shared/contracts';
import type { StaffRole } from '@urp/shared/domain';

import { AuthStore } from './auth.store';
import { roleGuard } from './role.guard';

function profile(...roles: StaffRole[]): StaffProfile {
  return { id: 'u1', username: 'mrossi', displayName: 'Maria Rossi', email: 'm@comune.example', roles, officeId: null };
}

function runGuard(url: string, ...roles: StaffRole[]): MaybeAsync<GuardResult> {
  const guard = roleGuard(...roles);
  return TestBed.runInInjectionContext(() => guard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot));
}

function serialize(result: GuardResult): string | boolean {
  return result instanceof UrlTree ? TestBed.inject(Router).serializeUrl(result) : (result as boolean);
}

describe('roleGuard', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('sends a signed-out visitor to /accedi, remembering where they were going', async () => {
    const result = runGuard('/operatore?tab=coda', 'operator', 'admin');
    http.expectOne('/api/auth/session').flush({ staff: null });

    expect(serialize(await result)).toBe('/accedi?returnUrl=%2Foperatore%3Ftab%3Dcoda');
  });

  it('waits for the session restore and lets the right role in', async () => {
    const result = runGuard('/operatore', 'operator', 'admin');
    http.expectOne('/api/auth/session').flush({ staff: profile('operator') });

    expect(serialize(await result)).toBe(true);
  });

  it('shows the "non autorizzato" page to a signed-in person with another role', async () => {
    TestBed.inject(AuthStore).set(profile('office_referent'));
    const result = runGuard('/direzione', 'director', 'admin');
    http.expectOne('/api/auth/session').flush({ staff: profile('office_referent') });

    expect(serialize(await result)).toBe('/non-autorizzato');
  });

  it('asks the API only once, however many guards run', async () => {
    const first = runGuard('/operatore', 'operator');
    const second = runGuard('/ufficio', 'office_referent');
    http.expectOne('/api/auth/session').flush({ staff: profile('operator') });

    expect(serialize(await first)).toBe(true);
    expect(serialize(await second)).toBe('/non-autorizzato');
    expect(serialize(await runGuard('/operatore', 'operator'))).toBe(true);
  });
});
