import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { TicketStatus } from '@urp/shared/domain';

import { TicketLabelPipe } from './ticket-label.pipe';

const BADGE_CLASS: Readonly<Record<TicketStatus, string>> = {
  new: 'bg-primary',
  open: 'bg-primary',
  forwarded: 'bg-primary',
  in_charge: 'bg-primary',
  office_answered: 'bg-success',
  waiting_citizen: 'bg-warning',
  closed: 'bg-secondary',
};

/** The ticket's status as a bootstrap-italia badge with its Italian (or English) label. */
@Component({
  selector: 'urp-status-badge',
  imports: [TicketLabelPipe],
  template: `<span class="badge" [class]="badgeClass()" data-testid="status-badge">{{
    status() | ticketLabel: 'status'
  }}</span>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusBadgeComponent {
  readonly status = input.required<TicketStatus>();

  protected readonly badgeClass = computed(() => BADGE_CLASS[this.status()]);
}
