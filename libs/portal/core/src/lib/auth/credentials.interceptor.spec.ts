import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';

import { AuthStore } from './auth.store';
import { credentialsInterceptor } from './credentials.interceptor';

describe('credentialsInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let store: AuthStore;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([credentialsInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(AuthStore);
    store.set({ id: 'u1', username: 'op', displayName: 'Op', email: 'op@x', roles: ['operator'], officeId: null });
  });

  afterEach(() => backend.verify());

  it('sends the session cookie with calls to our API only', () => {
    http.get('/api/site').subscribe();
    http.get('/assets/data.json').subscribe();

    expect(backend.expectOne('/api/site').request.withCredentials).toBe(true);
    expect(backend.expectOne('/assets/data.json').request.withCredentials).toBe(false);
  });

  it('forgets the signed-in person on 401 and sends them to sign in again', () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const failures: unknown[] = [];
    http.get('/api/tickets').subscribe({ error: (error: unknown) => failures.push(error) });

    backend.expectOne('/api/tickets').flush(null, { status: 401, statusText: 'Unauthorized' });

    expect(store.profile()).toBeNull();
    expect(failures).toHaveLength(1);
    expect(navigate).toHaveBeenCalledWith(['/accedi'], { queryParams: { returnUrl: '/', expired: 1 } });
  });

  it('does not redirect when the login call itself answers 401', () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate');
    http.post('/api/auth/login', {}).subscribe({ error: () => undefined });

    backend.expectOne('/api/auth/login').flush(null, { status: 401, statusText: 'Unauthorized' });

    expect(navigate).not.toHaveBeenCalled();
  });
});
