import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { STAFF_TICKETS_API, queueHttpParams, type QueueFilters } from '@urp/portal/core';
import type { OfficeAnswerRequest, TakeInChargeRequest, TicketDetail, TicketQueuePage } from '@urp/shared/contracts';
import type { Observable } from 'rxjs';

export const OFFICE_API = {
  queue: '/api/office/tickets',
  takeInCharge: (id: string) => `${STAFF_TICKETS_API.ticket(id)}/take-in-charge`,
  answer: (id: string) => `${STAFF_TICKETS_API.ticket(id)}/office-answer`,
} as const;

/** Every HTTP call of the office area (office referents; session cookie). */
@Injectable({ providedIn: 'root' })
export class OfficeApiService {
  private readonly http = inject(HttpClient);

  /** Only the referent's office: the API filters by the signed-in person's office. */
  queue(filters: QueueFilters, after: string | null = null): Observable<TicketQueuePage> {
    return this.http.get<TicketQueuePage>(OFFICE_API.queue, { params: queueHttpParams(filters, after) });
  }

  ticket(id: string): Observable<TicketDetail> {
    return this.http.get<TicketDetail>(STAFF_TICKETS_API.ticket(id));
  }

  takeInCharge(id: string, request: TakeInChargeRequest): Observable<void> {
    return this.http.post<void>(OFFICE_API.takeInCharge(id), request);
  }

  answer(id: string, request: OfficeAnswerRequest): Observable<void> {
    return this.http.post<void>(OFFICE_API.answer(id), request);
  }
}
