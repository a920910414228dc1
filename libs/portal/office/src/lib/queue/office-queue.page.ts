import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { StaffWelcomeComponent, TicketQueueComponent, TranslatePipe, type QueueFetch } from '@urp/portal/core';

import { OFFICE_PATHS } from '../office-paths';
import { OfficeApiService } from '../services/office-api.service';

/** /ufficio: the tickets the URP forwarded to the referent's office, by deadline. */
@Component({
  selector: 'urp-office-queue-page',
  imports: [TranslatePipe, StaffWelcomeComponent, TicketQueueComponent],
  template: `
    <div class="container my-5">
      <h1>{{ 'office.title' | t }}</h1>
      <urp-staff-welcome />
      <p>{{ 'office.description' | t }}</p>
      <h2 class="mb-3 mt-4">{{ 'office.queueHeading' | t }}</h2>
      <urp-ticket-queue
        [fetch]="fetch"
        [detailPath]="paths.ticket"
        [caption]="'office.queueCaption' | t"
        [showChannel]="false"
        [showAssignedToMe]="false"
        [showOffice]="false"
        [showAssignee]="false"
      />
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OfficeQueuePage {
  private readonly api = inject(OfficeApiService);

  protected readonly paths = OFFICE_PATHS;
  protected readonly fetch: QueueFetch = (filters, after) => this.api.queue(filters, after);
}
