import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { TicketDetail } from '@urp/shared/contracts';

import { TranslatePipe } from '../i18n/translate.pipe';
import { RomeTimePipe } from './rome-time.pipe';
import { SlaBadgeComponent } from './sla-badge.component';
import { StatusBadgeComponent } from './status-badge.component';
import { TicketLabelPipe } from './ticket-label.pipe';

/** The facts at the top of a staff ticket page: code, status, priority, kind, channel, deadline, office. */
@Component({
  selector: 'urp-ticket-overview',
  imports: [TranslatePipe, RomeTimePipe, TicketLabelPipe, SlaBadgeComponent, StatusBadgeComponent],
  template: `
    @let item = ticket();
    <dl class="row mb-0" data-testid="ticket-overview">
      <dt class="col-sm-4 col-lg-3">{{ 'ticket.code' | t }}</dt>
      <dd class="col-sm-8 col-lg-9" data-testid="ticket-code">{{ item.code }}</dd>
      <dt class="col-sm-4 col-lg-3">{{ 'ticket.status' | t }}</dt>
      <dd class="col-sm-8 col-lg-9">
        <urp-status-badge [status]="item.status" />
        @if (item.closeReason) {
          <span class="ms-2">({{ item.closeReason | ticketLabel: 'closeReason' }})</span>
        }
      </dd>
      <dt class="col-sm-4 col-lg-3">{{ 'ticket.deadline' | t }}</dt>
      <dd class="col-sm-8 col-lg-9">
        <urp-sla-badge [ticket]="item" />
        @if (item.dueAt) {
          <span class="ms-2"
            ><time [attr.datetime]="item.dueAt">{{ item.dueAt | romeTime }}</time></span
          >
        }
      </dd>
      <dt class="col-sm-4 col-lg-3">{{ 'ticket.priority' | t }}</dt>
      <dd class="col-sm-8 col-lg-9">{{ item.priority | ticketLabel: 'priority' }}</dd>
      <dt class="col-sm-4 col-lg-3">{{ 'ticket.kind' | t }}</dt>
      <dd class="col-sm-8 col-lg-9">{{ item.kind | ticketLabel: 'kind' }}</dd>
      <dt class="col-sm-4 col-lg-3">{{ 'ticket.channel' | t }}</dt>
      <dd class="col-sm-8 col-lg-9">{{ item.channel | ticketLabel: 'channel' }}</dd>
      <dt class="col-sm-4 col-lg-3">{{ 'ticket.receivedAt' | t }}</dt>
      <dd class="col-sm-8 col-lg-9">
        <time [attr.datetime]="item.receivedAt">{{ item.receivedAt | romeTime }}</time>
      </dd>
      <dt class="col-sm-4 col-lg-3">{{ 'ticket.office' | t }}</dt>
      <dd class="col-sm-8 col-lg-9" data-testid="ticket-office">{{ item.officeName ?? ('ticket.none' | t) }}</dd>
      <dt class="col-sm-4 col-lg-3">{{ 'ticket.assignee' | t }}</dt>
      <dd class="col-sm-8 col-lg-9">{{ item.assigneeName ?? ('ticket.unassigned' | t) }}</dd>
    </dl>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TicketOverviewComponent {
  readonly ticket = input.required<TicketDetail>();
}
