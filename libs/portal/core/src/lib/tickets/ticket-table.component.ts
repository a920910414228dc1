import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { TicketQueueItem } from '@urp/shared/contracts';

import { TranslatePipe } from '../i18n/translate.pipe';
import { SlaBadgeComponent } from './sla-badge.component';
import { StatusBadgeComponent } from './status-badge.component';
import { TicketLabelPipe } from './ticket-label.pipe';

/** A page of a ticket queue: one row per ticket, the code links to the ticket page. */
@Component({
  selector: 'urp-ticket-table',
  imports: [RouterLink, TranslatePipe, TicketLabelPipe, SlaBadgeComponent, StatusBadgeComponent],
  templateUrl: './ticket-table.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TicketTableComponent {
  readonly items = input.required<readonly TicketQueueItem[]>();
  readonly caption = input.required<string>();
  /** The ticket page is `<detailPath>/<id>`. */
  readonly detailPath = input.required<string>();
  readonly showOffice = input(true);
  readonly showAssignee = input(true);
  readonly tableId = input('ticket-table');
}
