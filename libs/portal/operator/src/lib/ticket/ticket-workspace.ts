import { Injectable, inject } from '@angular/core';
import { TicketWorkspace, type ErrorSummary, type TranslationKey } from '@urp/portal/core';
import type { TicketDetail } from '@urp/shared/contracts';
import type { Observable } from 'rxjs';

import { OperatorApiService, type TicketAction } from '../services/operator-api.service';

/** The operator's ticket workspace (provided by the page): any of the operator's actions on the ticket. */
@Injectable()
export class OperatorTicketWorkspace extends TicketWorkspace {
  private readonly api = inject(OperatorApiService);

  protected fetch(id: string): Observable<TicketDetail> {
    return this.api.ticket(id);
  }

  /** Runs the action; null when it worked (then announced), else what to show in the form. */
  run(action: TicketAction, doneKey: TranslationKey): Promise<ErrorSummary | null> {
    return this.runAction((id) => this.api.perform(id, action), doneKey);
  }
}
