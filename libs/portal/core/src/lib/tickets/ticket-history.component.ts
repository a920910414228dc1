import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { TicketEventView } from '@urp/shared/contracts';

import { TranslatePipe } from '../i18n/translate.pipe';
import { RomeTimePipe } from './rome-time.pipe';
import { eventDetails, messageIsStaffOnly } from './ticket-history';
import { TicketLabelPipe } from './ticket-label.pipe';

/** The ticket's whole history for staff, oldest first; internal entries are marked as such. */
@Component({
  selector: 'urp-ticket-history',
  imports: [TranslatePipe, RomeTimePipe, TicketLabelPipe],
  templateUrl: './ticket-history.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TicketHistoryComponent {
  readonly events = input.required<readonly TicketEventView[]>();

  protected readonly entries = computed(() =>
    this.events().map((event) => ({
      event,
      details: eventDetails(event),
      isNote: event.type === 'note',
      staffOnlyText: messageIsStaffOnly(event),
    })),
  );
}
