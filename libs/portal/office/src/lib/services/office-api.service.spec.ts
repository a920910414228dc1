import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { NO_QUEUE_FILTERS } from '@urp/portal/core';

import { OfficeApiService } from './office-api.service';

const ID = '9380d090-3c40-4bba-8fa4-49d5c653b0bc';

describe('OfficeApiService', () => {
  let http: HttpTestingController;
  let api: OfficeApiService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    api = TestBed.inject(OfficeApiService);
  });

  afterEach(() => http.verify());

  it("reads the office's queue with filters and cursor", () => {
    api.queue({ ...NO_QUEUE_FILTERS, status: 'all', overdue: true }, 'next').subscribe();
    const call = http.expectOne((request) => request.url === '/api/office/tickets');
    expect(call.request.urlWithParams).toBe('/api/office/tickets?status=all&overdue=true&after=next');
  });

  it('reads a ticket', () => {
    api.ticket(ID).subscribe();
    expect(http.expectOne(`/api/tickets/${ID}`).request.method).toBe('GET');
  });

  it('takes a ticket in charge, with or without a note', () => {
    api.takeInCharge(ID, { note: 'Sopralluogo' }).subscribe();
    api.takeInCharge(ID, {}).subscribe();
    const [withNote, without] = http.match(`/api/tickets/${ID}/take-in-charge`);
    expect(withNote.request.method).toBe('POST');
    expect(withNote.request.body).toEqual({ note: 'Sopralluogo' });
    expect(without.request.body).toEqual({});
  });

  it("sends the office's answer", () => {
    api.answer(ID, { body: 'Buca chiusa' }).subscribe();
    const call = http.expectOne(`/api/tickets/${ID}/office-answer`);
    expect(call.request.method).toBe('POST');
    expect(call.request.body).toEqual({ body: 'Buca chiusa' });
  });
});
