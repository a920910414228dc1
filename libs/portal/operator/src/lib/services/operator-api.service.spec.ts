import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { NO_QUEUE_FILTERS } from '@urp/portal/core';
import { firstValueFrom } from 'rxjs';

import { OperatorApiService, type TicketAction } from './operator-api.service';

const ID = '9380d090-3c40-4bba-8fa4-49d5c653b0bc';

describe('OperatorApiService', () => {
  let http: HttpTestingController;
  let api: OperatorApiService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    api = TestBed.inject(OperatorApiService);
  });

  afterEach(() => http.verify());

  it('asks for a queue page with the filters and the keyset cursor', async () => {
    const page = firstValueFrom(api.queue({ ...NO_QUEUE_FILTERS, kind: 'complaint', assignedToMe: true }, 'abc'));
    const call = http.expectOne((request) => request.url === '/api/tickets');
    expect(call.request.urlWithParams).toBe('/api/tickets?kind=complaint&assignedToMe=true&after=abc');
    call.flush({ items: [], nextCursor: null });
    expect(await page).toEqual({ items: [], nextCursor: null });
  });

  it('reads one ticket', () => {
    api.ticket(ID).subscribe();
    expect(http.expectOne(`/api/tickets/${ID}`).request.method).toBe('GET');
  });

  it('files on behalf of a person', () => {
    const request = {
      kind: 'spid_support' as const,
      channel: 'counter' as const,
      subject: 'SPID',
      body: 'Rilascio credenziali',
      phone: '010 1234567',
      privacyConsent: true,
    };
    api.fileOnBehalf(request).subscribe();
    const call = http.expectOne('/api/tickets');
    expect(call.request.method).toBe('POST');
    expect(call.request.body).toEqual(request);
  });

  it.each<[TicketAction, string, unknown]>([
    [
      { type: 'reply', body: { body: 'Gentile…', channel: 'phone' } },
      'replies',
      { body: 'Gentile…', channel: 'phone' },
    ],
    [{ type: 'note', body: { body: 'Nota' } }, 'notes', { body: 'Nota' }],
    [{ type: 'assign', body: { assigneeId: null } }, 'assign', { assigneeId: null }],
    [{ type: 'priority', body: { priority: 'high' } }, 'priority', { priority: 'high' }],
    [{ type: 'forward', body: { officeId: 'o1', message: 'Vedi' } }, 'forward', { officeId: 'o1', message: 'Vedi' }],
    [{ type: 'pause', body: { reason: 'Serve il civico' } }, 'pause', { reason: 'Serve il civico' }],
    [{ type: 'resume' }, 'resume', null],
    [{ type: 'feedback', body: { body: 'Fatto', close: true } }, 'feedback', { body: 'Fatto', close: true }],
    [{ type: 'close', body: { reason: 'duplicate' } }, 'close', { reason: 'duplicate' }],
    [{ type: 'reopen', body: { reason: 'Il cittadino richiama' } }, 'reopen', { reason: 'Il cittadino richiama' }],
  ])('%j posts to /api/tickets/:id/%s', async (action, segment, body) => {
    const done = firstValueFrom(api.perform(ID, action), { defaultValue: undefined });
    const call = http.expectOne(`/api/tickets/${ID}/${segment}`);
    expect(call.request.method).toBe('POST');
    expect(call.request.body).toEqual(body);
    call.flush(null, { status: 204, statusText: 'No Content' });
    await done;
  });

  it('reads the lists the ticket page needs', () => {
    api.offices().subscribe();
    api.operators().subscribe();
    api.cannedReplies().subscribe();
    http.expectOne('/api/offices');
    http.expectOne('/api/staff/operators');
    http.expectOne('/api/canned-replies');
  });

  it('reads the outbox, filtered by status, and resends a message', () => {
    api.outbox('held').subscribe();
    api.outbox(null).subscribe();
    api.resend('m1').subscribe();
    expect(http.expectOne('/api/outbox?status=held').request.method).toBe('GET');
    expect(http.expectOne('/api/outbox').request.params.keys()).toEqual([]);
    expect(http.expectOne('/api/outbox/m1/resend').request.method).toBe('POST');
  });
});
