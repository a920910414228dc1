import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { StaffProfile } from '@urp/shared/contracts';

import { AuthService } from './auth.service';
import { AuthStore } from './auth.store';

const DIRECTOR: StaffProfile = {
  id: 'u2',
  username: 'direttore',
  displayName: 'Paolo Bianchi',
  email: 'p@comune.example',
  roles: ['director'],
  officeId: null,
};

describe('AuthService', () => {
  let http: HttpTestingController;
  let auth: AuthService;
  let store: AuthStore;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    auth = TestBed.inject(AuthService);
    store = TestBed.inject(AuthStore);
  });

  afterEach(() => http.verify());

  it('restores the session from GET /api/auth/session', async () => {
    const restored = auth.restoreSession();
    http.expectOne('/api/auth/session').flush({ staff: DIRECTOR });
    await restored;

    expect(store.profile()).toEqual(DIRECTOR);
    expect(store.hasAnyRole(['director', 'admin'])).toBe(true);
  });

  it('treats an unreachable API as signed out', async () => {
    const restored = auth.restoreSession();
    http.expectOne('/api/auth/session').error(new ProgressEvent('error'));
    await restored;

    expect(store.isSignedIn()).toBe(false);
  });

  it('signs out locally even when the logout call fails', async () => {
    store.set(DIRECTOR);
    const done = auth.logout();
    http.expectOne('/api/auth/logout').flush(null, { status: 500, statusText: 'Server Error' });
    await done;

    expect(store.profile()).toBeNull();
  });
});
