import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, input, viewChild } from '@angular/core';
import {
  RomeTimePipe,
  StatusBadgeComponent,
  TicketLabelPipe,
  TranslatePipe,
  type TranslationKey,
} from '@urp/portal/core';
import type { PublicTicketView } from '@urp/shared/contracts';
import type { TicketEventType } from '@urp/shared/domain';

/** How the citizen-facing message of an event is introduced on the timeline. */
const MESSAGE_LABELS: Partial<Record<TicketEventType, TranslationKey>> = {
  replied: 'tracking.message.replied',
  feedback_sent: 'tracking.message.feedback',
  paused: 'tracking.message.paused',
};

/** The tracking result: status, office, deadline and the public timeline. Takes focus when shown. */
@Component({
  selector: 'urp-public-ticket',
  imports: [TranslatePipe, RomeTimePipe, TicketLabelPipe, StatusBadgeComponent],
  templateUrl: './public-ticket.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicTicketComponent {
  readonly view = input.required<PublicTicketView>();

  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');
  protected readonly messageLabels = MESSAGE_LABELS;

  constructor() {
    afterNextRender(() => this.heading().nativeElement.focus());
  }
}
