import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { IntakeSettings } from '@urp/shared/contracts';

import { NewRequestPage } from './new-request.page';

const SETTINGS: IntakeSettings = {
  attachmentMaxBytes: 1024 * 1024,
  attachmentMaxCount: 2,
  attachmentTypes: ['application/pdf', 'image/png'],
  kinds: ['inquiry', 'complaint', 'report'],
};

describe('NewRequestPage', () => {
  let fixture: ComponentFixture<NewRequestPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [NewRequestPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(NewRequestPage);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne('/api/public/intake-settings').flush(SETTINGS);
    await settle();
  });

  afterEach(() => http.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  function element<T extends HTMLElement>(selector: string): T {
    const found = page.querySelector<T>(selector);
    if (!found) throw new Error(`${selector} missing`);
    return found;
  }

  function type(id: string, value: string): void {
    const input = element<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function choose(files: File[]): void {
    const input = element<HTMLInputElement>('#filing-attachments');
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    input.dispatchEvent(new Event('change'));
  }

  function fillValidForm(): void {
    element<HTMLInputElement>('#filing-kind-1').click();
    type('filing-subject', 'Buca in via Roma');
    type('filing-body', 'Una buca profonda davanti al civico 5.');
    type('filing-email', 'mario@example.org');
    element<HTMLInputElement>('#filing-privacy').click();
  }

  async function submit(): Promise<void> {
    element<HTMLButtonElement>('button[type=submit]').click();
    await settle();
  }

  const summary = () => page.querySelector('[data-testid=error-summary]')?.textContent?.replace(/\s+/g, ' ') ?? '';

  it('offers the kinds of the intake settings as a labelled radio group', () => {
    expect(element('fieldset legend').textContent).toContain('Tipo di richiesta');
    const labels = [...page.querySelectorAll('input[type=radio] + label')].map((l) => l.textContent?.trim());
    expect(labels).toEqual(['Richiesta di informazioni', 'Reclamo', 'Segnalazione']);
    expect(element('#filing-attachments-hint').textContent).toContain(
      'Fino a 2 file, al massimo 1 MB ciascuno. Formati ammessi: PDF, PNG.',
    );
  });

  it('sends nothing while something is missing, and says what in an alert summary', async () => {
    await submit();

    http.expectNone('/api/public/tickets');
    expect(page.querySelector('[role=alert] [data-testid=error-summary]')).not.toBeNull();
    expect(summary()).toContain('Tipo di richiesta: Campo obbligatorio.');
    expect(summary()).toContain('Oggetto: Campo obbligatorio.');
    expect(summary()).toContain('Indica almeno un recapito: e-mail o telefono.');
    expect(summary()).toContain('Per inviare la richiesta devi acconsentire al trattamento dei dati.');
    expect(element('#filing-subject').getAttribute('aria-invalid')).toBe('true');
    expect(element('#filing-subject').getAttribute('aria-describedby')).toBe('filing-subject-error');
    expect(element('[data-testid=error-summary] a').getAttribute('href')).toBe('#filing-kind-0');
  });

  it('accepts a phone number instead of an e-mail address, but checks its form', async () => {
    fillValidForm();
    type('filing-email', '');
    type('filing-phone', 'chiamami');
    await submit();
    expect(summary()).toContain('Telefono: Inserisci un numero di telefono valido');
    expect(summary()).not.toContain('almeno un recapito');

    type('filing-phone', '+39 010 123456');
    await submit();
    expect(http.expectOne('/api/public/tickets').request.body.get('phone')).toBe('+39 010 123456');
  });

  it('checks the chosen files against the limits before sending', async () => {
    fillValidForm();
    choose([
      new File(['x'.repeat(2 * 1024 * 1024)], 'grande.pdf', { type: 'application/pdf' }),
      new File(['x'], 'testo.docx', { type: 'application/msword' }),
      new File(['x'], 'foto.png', { type: 'image/png' }),
    ]);
    await fixture.whenStable();

    const problems = element('[data-testid=attachment-problems]').textContent ?? '';
    expect(problems).toContain('Puoi allegare al massimo 2 file.');
    expect(problems).toContain('«grande.pdf» supera la dimensione massima di 1 MB.');
    expect(problems).toContain('«testo.docx» non è in un formato ammesso (PDF, PNG).');

    await submit();
    http.expectNone('/api/public/tickets');
    expect(summary()).toContain('«grande.pdf» supera la dimensione massima di 1 MB.');
  });

  it('shows the receipt with code, PIN, Rome times, print button and tracking link', async () => {
    const print = jest.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true });
    fillValidForm();
    choose([new File(['%PDF'], 'foto.pdf', { type: 'application/pdf' })]);
    await submit();

    const call = http.expectOne('/api/public/tickets');
    const body = call.request.body as FormData;
    expect(body.get('kind')).toBe('complaint');
    expect(body.get('website')).toBe('');
    expect((body.getAll('attachments') as File[]).map((f) => f.name)).toEqual(['foto.pdf']);
    call.flush(
      {
        id: 'f0a2d3c4-0000-4000-8000-000000000001',
        code: 'URP-2026-000123',
        pin: '48151623',
        receivedAt: '2026-03-31T22:30:00Z',
        dueAt: '2026-04-30T22:30:00Z',
      },
      { status: 201, statusText: 'Created' },
    );
    await settle();

    expect(page.querySelector('form')).toBeNull();
    expect(element('[data-testid=receipt-code]').textContent).toBe('URP-2026-000123');
    expect(element('[data-testid=receipt-pin]').textContent).toBe('48151623');
    const receipt = element('[data-testid=ticket-receipt]').textContent ?? '';
    expect(receipt).toContain('1 aprile 2026'); // 22:30 UTC is past midnight in Rome
    expect(receipt).toContain('1 maggio 2026');
    expect(page.querySelector('a[href="/cittadino/segui-pratica?code=URP-2026-000123"]')).not.toBeNull();
    const printButton = [...page.querySelectorAll('button')].find((b) => b.textContent?.includes('Stampa ricevuta'));
    printButton?.click();
    expect(print).toHaveBeenCalled();
  });

  it("lists the API's 400 messages, linked to their fields", async () => {
    fillValidForm();
    await submit();
    http
      .expectOne('/api/public/tickets')
      .flush(
        { statusCode: 400, error: 'Bad Request', message: ['email must be a valid e-mail address', 'something else'] },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle();

    expect(summary()).toContain('La richiesta non è stata accettata');
    const link = element('[data-testid=error-summary] a');
    expect(link.getAttribute('href')).toBe('#filing-email');
    expect(link.textContent).toBe('E-mail');
    expect(element('[data-testid=error-summary] [lang=en]').textContent).toBe('email must be a valid e-mail address');
    expect(summary()).toContain('something else');
  });

  it.each([
    [413, 'Un allegato supera la dimensione massima di 1 MB.'],
    [415, 'Un allegato non è in un formato ammesso (PDF, PNG).'],
    [429, 'Da questa connessione sono state inviate troppe richieste'],
    [503, 'Il servizio non è al momento raggiungibile'],
  ])('explains a %d answer', async (status, text) => {
    fillValidForm();
    await submit();
    http.expectOne('/api/public/tickets').flush({ message: 'x' }, { status, statusText: 'Error' });
    await settle();

    expect(summary()).toContain('La richiesta non è stata inviata');
    expect(summary()).toContain(text);
    expect(page.querySelector('form')).not.toBeNull();
  });

  it('keeps the honeypot out of sight, out of the tab order and away from screen readers', () => {
    const honeypot = element<HTMLInputElement>('#filing-website');
    expect(honeypot.getAttribute('tabindex')).toBe('-1');
    expect(honeypot.getAttribute('autocomplete')).toBe('off');
    expect(honeypot.closest('[aria-hidden=true]')?.classList).toContain('honeypot');
  });
});
