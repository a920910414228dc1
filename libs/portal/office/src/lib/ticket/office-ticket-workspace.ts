import { Injectable, inject } from '@angular/core';
import { TicketWorkspace, type ErrorSummary } from '@urp/portal/core';
import type { TicketDetail } from '@urp/shared/contracts';
import type { Observable } from 'rxjs';

import { OfficeApiService } from '../services/office-api.service';

/** State of the office's ticket page (provided by the page): the ticket and the office's two actions. */
@Injectable()
export class OfficeTicketWorkspace extends TicketWorkspace {
  private readonly api = inject(OfficeApiService);

  protected fetch(id: string): Observable<TicketDetail> {
    return this.api.ticket(id);
  }

  /** A ticket of another office is forbidden: the office sees it as not found. */
  protected override isNotFound(status: number): boolean {
    return status === 403 || super.isNotFound(status);
  }

  takeInCharge(note: string): Promise<ErrorSummary | null> {
    return this.runAction((id) => this.api.takeInCharge(id, note ? { note } : {}), 'officeTicket.takeInCharge.done');
  }

  answer(body: string): Promise<ErrorSummary | null> {
    return this.runAction((id) => this.api.answer(id, { body }), 'officeTicket.answer.done');
  }
}
