import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { StaffProfile } from '@urp/shared/contracts';

import { AuthStore } from './auth.store';
import { credentialsInterceptor } from './credentials.interceptor';
import { LoginPage } from './login.page';

@Component({ selector: 'urp-stub-page', template: '' })
class StubPageComponent {}

const OPERATOR: StaffProfile = {
  id: 'u1',
  username: 'operatore',
  displayName: 'Maria Rossi',
  email: 'm@comune.example',
  roles: ['operator'],
  officeId: null,
};

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [LoginPage],
      providers: [
        provideRouter([
          { path: 'operatore', component: StubPageComponent },
          { path: 'ufficio', component: StubPageComponent },
        ]),
        provideHttpClient(withInterceptors([credentialsInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LoginPage);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  function type(id: string, value: string): void {
    const input = page.querySelector<HTMLInputElement>(`#${id}`);
    if (!input) throw new Error(`#${id} missing`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(username: string, password: string): Promise<void> {
    type('login-username', username);
    type('login-password', password);
    page.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await fixture.whenStable();
  }

  /** Lets the login promise, the navigation and the re-render all finish. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  const alertText = () => page.querySelector('[role=alert]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  it('labels both fields', () => {
    expect(page.querySelector('label[for=login-username]')?.textContent).toContain('Nome utente');
    expect(page.querySelector('label[for=login-password]')?.textContent).toContain('Password');
  });

  it('shows the error in an alert on 401 and clears the password', async () => {
    await submit('operatore', 'sbagliata');
    const request = http.expectOne('/api/auth/login');
    expect(request.request.body).toEqual({ username: 'operatore', password: 'sbagliata' });
    expect(page.querySelector('fieldset')?.disabled).toBe(true);

    request.flush(
      { statusCode: 401, error: 'Unauthorized', message: 'Invalid credentials' },
      { status: 401, statusText: 'Unauthorized' },
    );
    await settle();

    expect(alertText()).toContain('Nome utente o password non corretti.');
    expect(page.querySelector<HTMLInputElement>('#login-password')?.value).toBe('');
    expect(page.querySelector('fieldset')?.disabled).toBe(false);
    expect(TestBed.inject(AuthStore).profile()).toBeNull();
  });

  it("says 'Troppi tentativi' on 429", async () => {
    await submit('operatore', 'ancora-sbagliata');
    http
      .expectOne('/api/auth/login')
      .flush(
        { statusCode: 429, error: 'Too Many Requests', message: 'Slow down' },
        { status: 429, statusText: 'Too Many Requests' },
      );
    await settle();

    expect(alertText()).toContain('Troppi tentativi');
  });

  it('does not call the API with empty fields, and says what is missing', async () => {
    await submit('', '');

    http.expectNone('/api/auth/login');
    expect(page.querySelectorAll('.invalid-feedback')).toHaveLength(2);
    expect(page.querySelector('#login-username')?.getAttribute('aria-describedby')).toBe('login-username-error');
  });

  it("signs in and goes to the person's area", async () => {
    await submit('operatore', 'password-giusta-2026');
    http.expectOne('/api/auth/login').flush(OPERATOR);
    await settle();

    expect(TestBed.inject(AuthStore).profile()).toEqual(OPERATOR);
    expect(TestBed.inject(Router).url).toBe('/operatore');
  });

  it('goes back to the page that asked for sign-in', async () => {
    fixture.componentRef.setInput('returnUrl', '/ufficio');
    await submit('operatore', 'password-giusta-2026');
    http.expectOne('/api/auth/login').flush({ ...OPERATOR, roles: ['office_referent'] });
    await settle();

    expect(TestBed.inject(Router).url).toBe('/ufficio');
  });
});
