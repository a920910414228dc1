import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CitizenTicketRequest,
  IntakeSettings,
  PublicTicketView,
  TicketReceipt,
  TrackingRequest,
} from '@urp/shared/contracts';
import type { Observable } from 'rxjs';

export const CITIZEN_TICKETS_API = {
  intakeSettings: '/api/public/intake-settings',
  tickets: '/api/public/tickets',
  tracking: '/api/public/tracking',
} as const;

/** The public ticket API: no sign-in. */
@Injectable({ providedIn: 'root' })
export class CitizenTicketsApiService {
  private readonly http = inject(HttpClient);

  intakeSettings(): Observable<IntakeSettings> {
    return this.http.get<IntakeSettings>(CITIZEN_TICKETS_API.intakeSettings);
  }

  /** multipart/form-data: the browser sets the boundary; files go in `attachments`. */
  file(request: CitizenTicketRequest, attachments: readonly File[]): Observable<TicketReceipt> {
    return this.http.post<TicketReceipt>(CITIZEN_TICKETS_API.tickets, toFormData(request, attachments));
  }

  track(request: TrackingRequest): Observable<PublicTicketView> {
    return this.http.post<PublicTicketView>(CITIZEN_TICKETS_API.tracking, request);
  }
}

export function toFormData(request: CitizenTicketRequest, attachments: readonly File[]): FormData {
  const form = new FormData();
  form.append('kind', request.kind);
  form.append('subject', request.subject);
  form.append('body', request.body);
  for (const field of ['name', 'email', 'phone'] as const) {
    const value = request[field];
    if (value) form.append(field, value);
  }
  form.append('privacyConsent', String(request.privacyConsent));
  form.append('website', request.website ?? '');
  for (const file of attachments) form.append('attachments', file, file.name);
  return form;
}
