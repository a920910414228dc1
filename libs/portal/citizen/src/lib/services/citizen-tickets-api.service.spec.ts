import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CitizenTicketRequest, PublicTicketView, TicketReceipt } from '@urp/shared/contracts';
import { firstValueFrom } from 'rxjs';

import { CitizenTicketsApiService } from './citizen-tickets-api.service';

const RECEIPT: TicketReceipt = {
  id: 'f0a2d3c4-0000-4000-8000-000000000001',
  code: 'URP-2026-000123',
  pin: '12345678',
  receivedAt: '2026-03-10T09:00:00Z',
  dueAt: '2026-04-09T08:00:00Z',
};

describe('CitizenTicketsApiService', () => {
  let http: HttpTestingController;
  let api: CitizenTicketsApiService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    api = TestBed.inject(CitizenTicketsApiService);
  });

  afterEach(() => http.verify());

  it('reads the intake settings', async () => {
    const settings = firstValueFrom(api.intakeSettings());
    const request = http.expectOne('/api/public/intake-settings');
    expect(request.request.method).toBe('GET');
    request.flush({
      attachmentMaxBytes: 1024,
      attachmentMaxCount: 2,
      attachmentTypes: ['application/pdf'],
      kinds: ['complaint'],
    });
    expect((await settings).kinds).toEqual(['complaint']);
  });

  it('files as multipart/form-data, with every attachment in "attachments" and an empty honeypot', async () => {
    const request: CitizenTicketRequest = {
      kind: 'complaint',
      subject: 'Buca in via Roma',
      body: 'Una buca profonda',
      email: 'mario@example.org',
      privacyConsent: true,
      website: '',
    };
    const files = [
      new File(['%PDF-1.4'], 'foto.pdf', { type: 'application/pdf' }),
      new File(['x'], 'b.png', { type: 'image/png' }),
    ];
    const receipt = firstValueFrom(api.file(request, files));

    const call = http.expectOne('/api/public/tickets');
    expect(call.request.method).toBe('POST');
    const body = call.request.body as FormData;
    expect(body).toBeInstanceOf(FormData);
    expect(body.get('kind')).toBe('complaint');
    expect(body.get('subject')).toBe('Buca in via Roma');
    expect(body.get('email')).toBe('mario@example.org');
    expect(body.has('phone')).toBe(false);
    expect(body.has('name')).toBe(false);
    expect(body.get('privacyConsent')).toBe('true');
    expect(body.get('website')).toBe('');
    expect((body.getAll('attachments') as File[]).map((f) => f.name)).toEqual(['foto.pdf', 'b.png']);
    call.flush(RECEIPT, { status: 201, statusText: 'Created' });

    expect(await receipt).toEqual(RECEIPT);
  });

  it('looks a request up by code and PIN', async () => {
    const view = firstValueFrom(api.track({ code: 'URP-2026-000123', pin: '12345678' }));
    const call = http.expectOne('/api/public/tracking');
    expect(call.request.method).toBe('POST');
    expect(call.request.body).toEqual({ code: 'URP-2026-000123', pin: '12345678' });
    call.flush({ code: 'URP-2026-000123', events: [] } as unknown as PublicTicketView);
    expect((await view).code).toBe('URP-2026-000123');
  });
});
