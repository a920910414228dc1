import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { PublicTicketView } from '@urp/shared/contracts';

import { TrackPage } from './track.page';

const VIEW: PublicTicketView = {
  code: 'URP-2026-000123',
  kind: 'complaint',
  channel: 'web',
  subject: 'Buca in via Roma',
  status: 'closed',
  receivedAt: '2026-03-01T09:00:00Z',
  dueAt: null,
  officeName: 'Manutenzione Strade e Verde Pubblico',
  events: [
    { type: 'received', at: '2026-03-01T09:00:00Z', officeName: null, message: null },
    {
      type: 'forwarded',
      at: '2026-03-02T09:00:00Z',
      officeName: 'Manutenzione Strade e Verde Pubblico',
      message: null,
    },
    { type: 'paused', at: '2026-03-03T09:00:00Z', officeName: null, message: 'Ci serve il numero civico.' },
    { type: 'feedback_sent', at: '2026-03-10T09:00:00Z', officeName: null, message: 'La buca è stata chiusa.' },
    { type: 'closed', at: '2026-03-10T09:00:00Z', officeName: null, message: null },
  ],
};

describe('TrackPage', () => {
  let fixture: ComponentFixture<TrackPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [TrackPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(TrackPage);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  function input(id: string): HTMLInputElement {
    const found = page.querySelector<HTMLInputElement>(`#${id}`);
    if (!found) throw new Error(`#${id} missing`);
    return found;
  }

  function type(id: string, value: string): void {
    input(id).value = value;
    input(id).dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    page.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await settle();
  }

  it('prefills the code from ?code= and looks it up with the PIN', async () => {
    fixture.componentRef.setInput('code', 'urp-2026-000123');
    await fixture.whenStable();
    expect(input('tracking-code').value).toBe('URP-2026-000123');

    input('tracking-method-pin').click();
    await fixture.whenStable();
    expect(page.querySelector('#tracking-email')).toBeNull();
    type('tracking-pin', '12345678');
    await submit();

    const call = http.expectOne('/api/public/tracking');
    expect(call.request.body).toEqual({ code: 'URP-2026-000123', pin: '12345678' });
    call.flush(VIEW);
    await settle();

    const result = page.querySelector('[data-testid=tracking-result]');
    expect(result?.querySelector('h2')?.textContent).toBe('Pratica URP-2026-000123');
    expect(result?.querySelector('[data-testid=status-badge]')?.textContent).toBe('Chiusa');
    const steps = [...page.querySelectorAll('[data-testid=tracking-timeline] > li')];
    expect(steps.map((li) => li.querySelector('strong')?.textContent)).toEqual([
      'Pratica ricevuta',
      "Inoltrata all'ufficio competente",
      'In attesa di sue informazioni',
      'Riscontro inviato',
      'Pratica chiusa',
    ]);
    expect(steps[1].textContent).toContain('Manutenzione Strade e Verde Pubblico');
    expect(steps[2].textContent).toContain('Cosa ci serve da te:');
    expect(steps[3].textContent).toContain('La buca è stata chiusa.');
    expect(page.querySelector('[role=status]')?.textContent).toContain('Pratica URP-2026-000123 trovata.');
  });

  it('looks up by e-mail by default', async () => {
    type('tracking-code', 'URP-2026-000123');
    type('tracking-email', 'mario@example.org');
    await submit();
    expect(http.expectOne('/api/public/tracking').request.body).toEqual({
      code: 'URP-2026-000123',
      email: 'mario@example.org',
    });
  });

  it('checks the code and the PIN before asking', async () => {
    type('tracking-code', 'ABC');
    input('tracking-method-pin').click();
    await fixture.whenStable();
    type('tracking-pin', '123');
    await submit();

    http.expectNone('/api/public/tracking');
    const summary = page.querySelector('[data-testid=error-summary]')?.textContent ?? '';
    expect(summary).toContain('Il codice è del tipo URP-2026-000123.');
    expect(summary).toContain('Il PIN è composto da 8 cifre.');
  });

  it('gives the same answer for an unknown code and a wrong e-mail or PIN (404)', async () => {
    type('tracking-code', 'URP-2026-000999');
    type('tracking-email', 'mario@example.org');
    await submit();
    http.expectOne('/api/public/tracking').flush({ message: 'No ticket' }, { status: 404, statusText: 'Not Found' });
    await settle();

    expect(page.querySelector('[role=alert]')?.textContent).toContain(
      "Nessuna pratica corrisponde a questo codice con l'e-mail o il PIN indicati",
    );
    expect(page.querySelector('[data-testid=tracking-result]')).toBeNull();
  });

  it('asks to wait after too many lookups (429)', async () => {
    type('tracking-code', 'URP-2026-000999');
    type('tracking-email', 'mario@example.org');
    await submit();
    http.expectOne('/api/public/tracking').flush({ message: 'slow down' }, { status: 429, statusText: 'Too Many' });
    await settle();

    expect(page.querySelector('[role=alert]')?.textContent).toContain('Troppe ricerche in poco tempo');
  });
});
