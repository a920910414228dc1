import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { TicketDetail } from '@urp/shared/contracts';

import { ticketDetailFixture as ticketDetail } from '@urp/portal/core/testing';
import { OperatorTicketPage } from './operator-ticket.page';

const TICKET = ticketDetail();
const URL = `/api/tickets/${TICKET.id}`;

describe('OperatorTicketPage', () => {
  let fixture: ComponentFixture<OperatorTicketPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    }
  }

  async function open(ticket: TicketDetail = TICKET): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [OperatorTicketPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(OperatorTicketPage);
    fixture.componentRef.setInput('id', ticket.id);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http
      .expectOne('/api/offices')
      .flush([{ id: 'o1', code: 'MAN', name: 'Manutenzione Strade e Verde Pubblico', email: 'm@comune.example' }]);
    http.expectOne('/api/staff/operators').flush([{ id: 'u1', displayName: 'Francesca Operatrice' }]);
    http
      .expectOne('/api/canned-replies')
      .flush([{ id: 'c1', title: 'Orari anagrafe', body: 'Gli sportelli aprono alle 8:30.' }]);
    http.expectOne(URL).flush(ticket);
    await settle();
  }

  afterEach(() => http.verify());

  function panel(name: string): HTMLElement {
    const button = [...page.querySelectorAll<HTMLButtonElement>('.accordion-button')].find(
      (b) => b.textContent?.trim() === name,
    );
    if (!button) throw new Error(`panel ${name} missing`);
    if (button.getAttribute('aria-expanded') !== 'true') button.click();
    const body = page.querySelector<HTMLElement>(`#${button.getAttribute('aria-controls')}`);
    if (!body) throw new Error(`panel body ${name} missing`);
    return body;
  }

  function type(selector: string, value: string): void {
    const field = page.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector);
    if (!field) throw new Error(`${selector} missing`);
    field.value = value;
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
  }

  it('shows the ticket: header facts, contact, text as text, attachments, history with internal notes marked', async () => {
    await open();

    expect(page.querySelector('h1')?.textContent).toBe('URP-2026-000001: Buca pericolosa in via Balbi');
    expect(page.querySelector('[data-testid=ticket-overview]')?.textContent).toContain(
      "Risposta dell'ufficio ricevuta",
    );
    expect(page.querySelector('[data-testid=ticket-contact] a[href="mailto:maria.rossi@example.org"]')).not.toBeNull();
    const text = page.querySelector('[data-testid=ticket-text]');
    expect(text?.querySelector('script')).toBeNull();
    expect(text?.textContent).toContain('<script>alert(1)</script>');
    const download = page.querySelector('[data-testid=ticket-attachments] a');
    expect(download?.getAttribute('href')).toBe(`${URL}/attachments/a1b2c3d4-0000-4000-8000-000000000001`);
    expect(download?.hasAttribute('download')).toBe(true);
    const note = page.querySelector('[data-event=note]');
    expect(note?.textContent).toContain('Nota interna');
    expect(note?.classList).toContain('ticket-timeline-internal');
    expect(page.querySelector('[data-event=office_answered]')?.textContent).toContain(
      'Il testo è visibile solo al personale.',
    );
  });

  it('opens the feedback first on a complaint, with "chiudi la pratica" ticked', async () => {
    await open();
    const buttons = [...page.querySelectorAll('.accordion-button')];
    expect(buttons[0].textContent?.trim()).toBe('Invia il riscontro al reclamo');
    expect(buttons[0].getAttribute('aria-expanded')).toBe('true');
    expect(page.querySelector<HTMLInputElement>('#feedback-close')?.checked).toBe(true);
  });

  it('sends the feedback, reloads the ticket and announces it', async () => {
    await open();
    const body = panel('Invia il riscontro al reclamo');
    body.querySelector<HTMLButtonElement>('button.btn-outline-primary')?.click(); // use the office's answer
    await fixture.whenStable();
    expect(page.querySelector<HTMLTextAreaElement>('#feedback-body')?.value).toBe('Buca chiusa il 4 marzo.');
    body.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await settle();

    const call = http.expectOne(`${URL}/feedback`);
    expect(call.request.body).toEqual({ body: 'Buca chiusa il 4 marzo.', close: true });
    call.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    http.expectOne(URL).flush({ ...TICKET, status: 'closed', closeReason: 'resolved' });
    await settle();

    expect(page.querySelector('[role=status] [data-testid=action-done]')?.textContent).toBe(
      'Riscontro inviato e pratica chiusa.',
    );
    const panels = [...page.querySelectorAll('.accordion-button')].map((b) => b.textContent?.trim());
    expect(panels).toEqual(['Riapri la pratica', 'Nota interna']);
  });

  it('fills the reply from a canned reply and sends it on the chosen channel', async () => {
    await open();
    panel('Rispondi al cittadino');
    await fixture.whenStable();
    expect(page.querySelector<HTMLSelectElement>('#reply-channel')?.value).toBe('email');
    type('#reply-canned', 'c1');
    type('#reply-channel', 'phone');
    await fixture.whenStable();
    expect(page.querySelector<HTMLTextAreaElement>('#reply-body')?.value).toBe('Gli sportelli aprono alle 8:30.');
    page.querySelector<HTMLButtonElement>('#action-reply-body button[type=submit]')?.click();
    await settle();

    expect(http.expectOne(`${URL}/replies`).request.body).toEqual({
      body: 'Gli sportelli aprono alle 8:30.',
      channel: 'phone',
    });
  });

  it('does not send an empty note, and says so', async () => {
    await open();
    const body = panel('Nota interna');
    await fixture.whenStable();
    body.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await settle();

    http.expectNone(`${URL}/notes`);
    expect(body.querySelector('[data-testid=error-summary]')?.textContent).toContain(
      'Testo della nota: Campo obbligatorio.',
    );
    expect(body.querySelector('#note-body')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('forwards to the chosen office with the covering note', async () => {
    await open();
    panel('Inoltra a un ufficio');
    await fixture.whenStable();
    type('#forward-office', 'o1');
    type('#forward-message', 'Con urgenza');
    page.querySelector<HTMLButtonElement>('#action-forward-body button[type=submit]')?.click();
    await settle();

    expect(http.expectOne(`${URL}/forward`).request.body).toEqual({ officeId: 'o1', message: 'Con urgenza' });
  });

  it("shows the API's reason when the state does not allow the action (409)", async () => {
    await open();
    const body = panel('Chiudi la pratica');
    await fixture.whenStable();
    type('#close-reason', 'duplicate');
    body.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await settle();
    const call = http.expectOne(`${URL}/close`);
    expect(call.request.body).toEqual({ reason: 'duplicate' });
    call.flush(
      { statusCode: 409, error: 'Conflict', message: 'Ticket URP-2026-000001 is closed: reopen it first' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();

    const summary = body.querySelector('[role=alert]')?.textContent ?? '';
    expect(summary).toContain('Operazione non possibile nello stato attuale della pratica');
    expect(summary).toContain('Ticket URP-2026-000001 is closed: reopen it first');
  });

  it('offers resume, not pause, while waiting for the citizen', async () => {
    await open(ticketDetail({ status: 'waiting_citizen', paused: true, kind: 'inquiry' }));
    const body = panel('Riprendi la lavorazione');
    await fixture.whenStable();
    body.querySelector<HTMLButtonElement>('button')?.click();
    await settle();

    const call = http.expectOne(`${URL}/resume`);
    expect(call.request.body).toBeNull();
  });

  it('says when the ticket does not exist', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [OperatorTicketPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(OperatorTicketPage);
    fixture.componentRef.setInput('id', TICKET.id);
    await fixture.whenStable();
    http
      .match(() => true)
      .forEach((call) =>
        call.request.url === URL
          ? call.flush({ message: 'Ticket not found' }, { status: 404, statusText: 'Not Found' })
          : call.flush([]),
      );
    await settle();

    expect((fixture.nativeElement as HTMLElement).querySelector('h1')?.textContent).toBe('Pratica non trovata');
  });
});
