import { ChangeDetectionStrategy, Component, effect, inject, input, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ErrorSummaryComponent, TicketLabelPipe, TranslatePipe } from '@urp/portal/core';
import type { TicketDetail } from '@urp/shared/contracts';
import { TICKET_PRIORITIES, type TicketPriority } from '@urp/shared/domain';

import { ActionForm } from './action-form';

/** Change the ticket's priority. */
@Component({
  selector: 'urp-priority-form',
  imports: [ReactiveFormsModule, TranslatePipe, TicketLabelPipe, ErrorSummaryComponent],
  template: `
    <urp-error-summary [summary]="problem()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <div class="select-wrapper mt-3 mb-4">
        <label for="priority-value">{{ 'ticket.priority' | t }}</label>
        <select id="priority-value" formControlName="priority">
          @for (priority of priorities; track priority) {
            <option [value]="priority">{{ priority | ticketLabel: 'priority' }}</option>
          }
        </select>
      </div>
      <button type="submit" class="btn btn-primary" [disabled]="workspace.busy()">
        {{ 'action.priority.submit' | t }}
      </button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PriorityFormComponent extends ActionForm {
  readonly ticket = input.required<TicketDetail>();

  protected readonly priorities = TICKET_PRIORITIES;
  protected readonly form = inject(NonNullableFormBuilder).group({ priority: ['normal' as TicketPriority] });

  constructor() {
    super();
    effect(() => {
      const current = this.ticket().priority;
      untracked(() => this.form.setValue({ priority: current }));
    });
  }

  protected async submit(): Promise<void> {
    await this.execute(
      { type: 'priority', body: { priority: this.form.controls.priority.value } },
      'action.priority.done',
    );
  }
}
