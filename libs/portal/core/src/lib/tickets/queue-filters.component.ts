import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { OfficeSummary } from '@urp/shared/contracts';
import { TICKET_CHANNELS, TICKET_KINDS, TICKET_STATUSES } from '@urp/shared/domain';

import { TranslatePipe } from '../i18n/translate.pipe';
import type { QueueFilters } from './queue-filters';
import { TicketLabelPipe } from './ticket-label.pipe';

/** The queue's filter form; applying it is the parent's job (it writes them to the URL). */
@Component({
  selector: 'urp-queue-filters',
  imports: [ReactiveFormsModule, TranslatePipe, TicketLabelPipe],
  templateUrl: './queue-filters.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QueueFiltersComponent {
  readonly filters = input.required<QueueFilters>();
  /** The office select shows when this is given (operators; an office referent sees one office). */
  readonly offices = input<readonly OfficeSummary[] | null>(null);
  readonly showChannel = input(true);
  readonly showAssignedToMe = input(true);
  readonly apply = output<QueueFilters>();
  readonly clear = output<void>();

  protected readonly kinds = TICKET_KINDS;
  protected readonly channels = TICKET_CHANNELS;
  protected readonly statuses = TICKET_STATUSES;

  protected readonly form = inject(NonNullableFormBuilder).group({
    kind: [''],
    channel: [''],
    status: [''],
    officeId: [''],
    overdue: [false],
    assignedToMe: [false],
  });

  constructor() {
    // The URL is the truth: the form shows what the URL says (after back/forward too).
    effect(() => {
      const f = this.filters();
      this.form.setValue({
        kind: f.kind ?? '',
        channel: f.channel ?? '',
        status: f.status ?? '',
        officeId: f.officeId ?? '',
        overdue: f.overdue,
        assignedToMe: f.assignedToMe,
      });
    });
  }

  protected submit(): void {
    const v = this.form.getRawValue();
    this.apply.emit({
      kind: (v.kind || null) as QueueFilters['kind'],
      channel: (v.channel || null) as QueueFilters['channel'],
      status: (v.status || null) as QueueFilters['status'],
      officeId: v.officeId || null,
      overdue: v.overdue,
      assignedToMe: v.assignedToMe,
    });
  }
}
