import { ChangeDetectionStrategy, Component, effect, inject, input, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ErrorSummaryComponent, TranslatePipe } from '@urp/portal/core';
import type { StaffSummary, TicketDetail } from '@urp/shared/contracts';

import { ActionForm } from './action-form';

/** Assign the ticket to an operator, or leave it unassigned. */
@Component({
  selector: 'urp-assign-form',
  imports: [ReactiveFormsModule, TranslatePipe, ErrorSummaryComponent],
  template: `
    <urp-error-summary [summary]="problem()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <div class="select-wrapper mt-3 mb-4">
        <label for="assign-operator">{{ 'action.assign.operator' | t }}</label>
        <select id="assign-operator" formControlName="assigneeId">
          <option value="">{{ 'ticket.unassigned' | t }}</option>
          @for (operator of operators(); track operator.id) {
            <option [value]="operator.id">{{ operator.displayName }}</option>
          }
        </select>
      </div>
      <button type="submit" class="btn btn-primary" [disabled]="workspace.busy()">
        {{ 'action.assign.submit' | t }}
      </button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssignFormComponent extends ActionForm {
  readonly ticket = input.required<TicketDetail>();
  readonly operators = input<readonly StaffSummary[]>([]);

  protected readonly form = inject(NonNullableFormBuilder).group({ assigneeId: [''] });

  constructor() {
    super();
    effect(() => {
      const current = this.ticket().assigneeId ?? '';
      untracked(() => this.form.setValue({ assigneeId: current }));
    });
  }

  protected async submit(): Promise<void> {
    const assigneeId = this.form.controls.assigneeId.value || null;
    await this.execute({ type: 'assign', body: { assigneeId } }, 'action.assign.done');
  }
}
