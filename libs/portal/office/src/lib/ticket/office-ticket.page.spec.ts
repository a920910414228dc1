import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { TicketDetail } from '@urp/shared/contracts';

import { forwardedTicketDetailFixture as ticketDetail } from '@urp/portal/core/testing';
import { OfficeTicketPage } from './office-ticket.page';

const TICKET = ticketDetail();
const URL = `/api/tickets/${TICKET.id}`;

describe('OfficeTicketPage', () => {
  let fixture: ComponentFixture<OfficeTicketPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    }
  }

  async function open(ticket: TicketDetail): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [OfficeTicketPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(OfficeTicketPage);
    fixture.componentRef.setInput('id', ticket.id);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(URL).flush(ticket);
    await settle();
  }

  afterEach(() => http.verify());

  const headings = () =>
    [...page.querySelectorAll('[data-testid=office-actions] h3')].map((h) => h.textContent?.trim());

  it('offers "Prendi in carico" and "Invia risposta all\'URP" for a forwarded ticket', async () => {
    await open(TICKET);
    expect(page.querySelector('h1')?.textContent).toBe('URP-2026-000001: Buca pericolosa in via Balbi');
    expect(headings()).toEqual(['Prendi in carico', 'Invia risposta all’URP']);
    expect(page.querySelector('[data-event=forwarded]')?.textContent).toContain('Con urgenza');
  });

  it('takes it in charge with the note, reloads and announces it; then only the answer is left', async () => {
    await open(TICKET);
    const note = page.querySelector<HTMLTextAreaElement>('#take-in-charge-note');
    if (!note) throw new Error('note missing');
    note.value = 'Sopralluogo lunedì';
    note.dispatchEvent(new Event('input'));
    page.querySelector<HTMLButtonElement>('urp-take-in-charge-form button[type=submit]')?.click();
    await settle();

    const call = http.expectOne(`${URL}/take-in-charge`);
    expect(call.request.body).toEqual({ note: 'Sopralluogo lunedì' });
    call.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    http.expectOne(URL).flush(ticketDetail({ status: 'in_charge' }));
    await settle();

    expect(page.querySelector('[role=status] [data-testid=action-done]')?.textContent).toBe('Pratica presa in carico.');
    expect(headings()).toEqual(['Invia risposta all’URP']);
    // The form that was used is gone: focus goes to the message, not to the page's body.
    expect(document.activeElement).toBe(page.querySelector('[data-testid=action-done]'));
  });

  it('only answers once in charge, and needs a text', async () => {
    await open(ticketDetail({ status: 'in_charge' }));
    expect(headings()).toEqual(['Invia risposta all’URP']);

    page.querySelector<HTMLButtonElement>('urp-office-answer-form button[type=submit]')?.click();
    await settle();
    http.expectNone(`${URL}/office-answer`);
    expect(page.querySelector('[data-testid=error-summary]')?.textContent).toContain(
      'Risposta dell’ufficio: Campo obbligatorio.',
    );

    const body = page.querySelector<HTMLTextAreaElement>('#office-answer-body');
    if (!body) throw new Error('answer missing');
    body.value = 'Buca chiusa il 4 marzo.';
    body.dispatchEvent(new Event('input'));
    page.querySelector<HTMLButtonElement>('urp-office-answer-form button[type=submit]')?.click();
    await settle();
    const call = http.expectOne(`${URL}/office-answer`);
    expect(call.request.body).toEqual({ body: 'Buca chiusa il 4 marzo.' });
    call.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    http.expectOne(URL).flush(ticketDetail({ status: 'office_answered' }));
    await settle();

    expect(page.querySelector('[data-testid=action-done]')?.textContent).toBe('Risposta inviata all’URP.');
    expect(page.querySelector('urp-office-answer-form')).toBeNull();
    expect(page.querySelector('[data-testid=office-actions]')?.textContent).toContain('Nessuna azione richiesta');
  });

  it('shows a 409 with the reason', async () => {
    await open(TICKET);
    page.querySelector<HTMLButtonElement>('urp-take-in-charge-form button[type=submit]')?.click();
    await settle();
    http
      .expectOne(`${URL}/take-in-charge`)
      .flush(
        { message: 'Ticket URP-2026-000001 is not waiting to be taken in charge' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();

    const alert = page.querySelector('urp-take-in-charge-form [role=alert]')?.textContent ?? '';
    expect(alert).toContain('Operazione non possibile');
    expect(alert).toContain('is not waiting to be taken in charge');
  });
});
