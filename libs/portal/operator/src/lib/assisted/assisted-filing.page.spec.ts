import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { AssistedFilingPage } from './assisted-filing.page';

describe('AssistedFilingPage', () => {
  let fixture: ComponentFixture<AssistedFilingPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [AssistedFilingPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AssistedFilingPage);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  function set(selector: string, value: string): void {
    const field = page.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector);
    if (!field) throw new Error(`${selector} missing`);
    field.value = value;
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
  }

  const submit = async () => {
    page.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await settle();
  };

  it('needs kind, subject, text, a contact and the privacy confirmation', async () => {
    await submit();

    http.expectNone('/api/tickets');
    const summary = page.querySelector('[data-testid=error-summary]')?.textContent ?? '';
    expect(summary).toContain('Tipo: Campo obbligatorio.');
    expect(summary).toContain('Indica almeno un recapito del cittadino');
    expect(summary).toContain("Conferma che il cittadino ha preso visione dell'informativa.");
  });

  it('records the request and keeps the PIN of the receipt on screen', async () => {
    page.querySelector<HTMLInputElement>('#assisted-channel-0')?.click(); // phone
    set('#assisted-kind', 'spid_support');
    set('#assisted-subject', 'Credenziali SPID');
    set('#assisted-body', 'Rilascio credenziali allo sportello');
    set('#assisted-phone', '010 1234567');
    page.querySelector<HTMLInputElement>('#assisted-privacy')?.click();
    await submit();

    const call = http.expectOne('/api/tickets');
    expect(call.request.method).toBe('POST');
    expect(call.request.body).toEqual({
      kind: 'spid_support',
      channel: 'phone',
      subject: 'Credenziali SPID',
      body: 'Rilascio credenziali allo sportello',
      phone: '010 1234567',
      privacyConsent: true,
    });
    call.flush(
      { id: 'new-id', code: 'URP-2026-000042', pin: '00112233', receivedAt: '2026-03-10T09:00:00Z', dueAt: null },
      { status: 201, statusText: 'Created' },
    );
    await settle();

    expect(page.querySelector('[data-testid=receipt-code]')?.textContent).toBe('URP-2026-000042');
    expect(page.querySelector('[data-testid=receipt-pin]')?.textContent).toBe('00112233');
    expect(page.querySelector('a[href="/operatore/pratiche/new-id"]')).not.toBeNull();
    expect([...page.querySelectorAll('button')].some((b) => b.textContent?.includes('Stampa ricevuta'))).toBe(true);
  });

  it("links the API's 400 messages to the fields", async () => {
    set('#assisted-kind', 'inquiry');
    set('#assisted-subject', 'Orari');
    set('#assisted-body', 'Orari anagrafe');
    set('#assisted-email', 'a@b.it');
    page.querySelector<HTMLInputElement>('#assisted-privacy')?.click();
    await submit();
    http
      .expectOne('/api/tickets')
      .flush({ message: ['email must be a valid e-mail address'] }, { status: 400, statusText: 'Bad Request' });
    await settle();

    expect(page.querySelector('[data-testid=error-summary] a')?.getAttribute('href')).toBe('#assisted-email');
  });
});
