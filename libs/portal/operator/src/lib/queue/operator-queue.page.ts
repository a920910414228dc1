import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  IconComponent,
  StaffWelcomeComponent,
  TicketQueueComponent,
  TranslatePipe,
  type QueueFetch,
} from '@urp/portal/core';
import type { OfficeSummary } from '@urp/shared/contracts';

import { OPERATOR_PATHS } from '../operator-paths';
import { OperatorApiService } from '../services/operator-api.service';

/** /operatore: the single queue of every channel, by SLA deadline. */
@Component({
  selector: 'urp-operator-queue-page',
  imports: [RouterLink, TranslatePipe, IconComponent, StaffWelcomeComponent, TicketQueueComponent],
  template: `
    <div class="container my-5">
      <h1>{{ 'operator.title' | t }}</h1>
      <urp-staff-welcome />
      <p>{{ 'operator.description' | t }}</p>
      <nav class="d-flex flex-wrap gap-2 mb-5" [attr.aria-label]="'operator.tools' | t">
        <a class="btn btn-primary" [routerLink]="paths.assisted">
          <urp-icon name="it-plus" extraClass="icon-white icon-sm me-1" />{{ 'operator.newAssisted' | t }}
        </a>
        <a class="btn btn-outline-primary" [routerLink]="paths.outbox">{{ 'operator.outbox' | t }}</a>
      </nav>

      <h2 class="mb-3">{{ 'queue.heading' | t }}</h2>
      <urp-ticket-queue
        [fetch]="fetch"
        [detailPath]="paths.ticket"
        [caption]="'queue.caption' | t"
        [offices]="offices()"
      />
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OperatorQueuePage {
  private readonly api = inject(OperatorApiService);

  protected readonly paths = OPERATOR_PATHS;
  protected readonly offices = signal<OfficeSummary[]>([]);
  protected readonly fetch: QueueFetch = (filters, after) => this.api.queue(filters, after);

  constructor() {
    // Without the list the office filter just offers "any office".
    this.api.offices().subscribe({ next: (offices) => this.offices.set(offices), error: () => undefined });
  }
}
