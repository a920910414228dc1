import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ErrorSummaryComponent, TranslatePipe, TextareaFieldComponent } from '@urp/portal/core';
import { TICKET_LIMITS } from '@urp/shared/contracts';

import { ActionForm } from './action-form';

/** Reopen a closed ticket, saying why. */
@Component({
  selector: 'urp-reopen-form',
  imports: [ReactiveFormsModule, TranslatePipe, ErrorSummaryComponent, TextareaFieldComponent],
  template: `
    <urp-error-summary [summary]="problem()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      @let reason = form.controls.reason;
      <urp-textarea-field
        fieldId="reopen-reason"
        label="action.reopen.reason"
        [control]="form.controls.reason"
        [rows]="3"
        [maxLength]="maxLength"
        [required]="true"
        [invalid]="show(reason)"
      />
      <button type="submit" class="btn btn-primary" [disabled]="workspace.busy()">
        {{ 'action.reopen.submit' | t }}
      </button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReopenFormComponent extends ActionForm {
  protected readonly maxLength = TICKET_LIMITS.reasonMaxLength;
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [Validators.required, Validators.maxLength(TICKET_LIMITS.reasonMaxLength)]],
  });

  protected async submit(): Promise<void> {
    const reason = this.form.controls.reason;
    if (!this.validate([{ control: reason, id: 'reopen-reason', label: 'action.reopen.reason' }])) return;
    if (await this.execute({ type: 'reopen', body: { reason: reason.value.trim() } }, 'action.reopen.done')) {
      this.form.reset();
    }
  }
}
