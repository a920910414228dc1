import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ErrorSummaryComponent, FieldErrorPipe, TranslatePipe } from '@urp/portal/core';
import { TICKET_LIMITS } from '@urp/shared/contracts';

import { ActionForm } from './action-form';

/** Reopen a closed ticket, saying why. */
@Component({
  selector: 'urp-reopen-form',
  imports: [ReactiveFormsModule, TranslatePipe, FieldErrorPipe, ErrorSummaryComponent],
  template: `
    <urp-error-summary [summary]="problem()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      @let reason = form.controls.reason;
      <div class="form-group">
        <label for="reopen-reason" class="active">{{ 'action.reopen.reason' | t }}</label>
        <textarea
          id="reopen-reason"
          class="form-control"
          rows="3"
          formControlName="reason"
          required
          [attr.maxlength]="maxLength"
          [class.is-invalid]="show(reason)"
          [attr.aria-invalid]="show(reason) || null"
          [attr.aria-describedby]="show(reason) ? 'reopen-reason-error' : null"
        ></textarea>
        @if (show(reason)) {
          <div id="reopen-reason-error" class="invalid-feedback d-block">{{ reason | fieldError }}</div>
        }
      </div>
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
