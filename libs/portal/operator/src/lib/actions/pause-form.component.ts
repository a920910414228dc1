import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ErrorSummaryComponent, FieldErrorPipe, TranslatePipe } from '@urp/portal/core';
import { TICKET_LIMITS, type TicketDetail } from '@urp/shared/contracts';

import { ActionForm } from './action-form';

/** Pause the deadline while waiting for the citizen (the reason is shown to them), or resume it. */
@Component({
  selector: 'urp-pause-form',
  imports: [ReactiveFormsModule, TranslatePipe, FieldErrorPipe, ErrorSummaryComponent],
  template: `
    <urp-error-summary [summary]="problem()" />
    @if (ticket().paused) {
      <p>{{ 'action.resume.text' | t }}</p>
      <button type="button" class="btn btn-primary" [disabled]="workspace.busy()" (click)="resume()">
        {{ 'action.resume.submit' | t }}
      </button>
    } @else {
      <form [formGroup]="form" (ngSubmit)="pause()" novalidate>
        @let reason = form.controls.reason;
        <div class="form-group">
          <label for="pause-reason" class="active">{{ 'action.pause.reason' | t }}</label>
          <textarea
            id="pause-reason"
            class="form-control"
            rows="3"
            formControlName="reason"
            required
            [attr.maxlength]="maxLength"
            [class.is-invalid]="show(reason)"
            [attr.aria-invalid]="show(reason) || null"
            [attr.aria-describedby]="show(reason) ? 'pause-reason-hint pause-reason-error' : 'pause-reason-hint'"
          ></textarea>
          <p id="pause-reason-hint" class="small">{{ 'action.pause.hint' | t }}</p>
          @if (show(reason)) {
            <div id="pause-reason-error" class="invalid-feedback d-block">{{ reason | fieldError }}</div>
          }
        </div>
        <button type="submit" class="btn btn-primary" [disabled]="workspace.busy()">
          {{ 'action.pause.submit' | t }}
        </button>
      </form>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PauseFormComponent extends ActionForm {
  readonly ticket = input.required<TicketDetail>();

  protected readonly maxLength = TICKET_LIMITS.reasonMaxLength;
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [Validators.required, Validators.maxLength(TICKET_LIMITS.reasonMaxLength)]],
  });

  protected async pause(): Promise<void> {
    const reason = this.form.controls.reason;
    if (!this.validate([{ control: reason, id: 'pause-reason', label: 'action.pause.reason' }])) return;
    if (await this.execute({ type: 'pause', body: { reason: reason.value.trim() } }, 'action.pause.done')) {
      this.form.reset();
    }
  }

  protected async resume(): Promise<void> {
    await this.execute({ type: 'resume' }, 'action.resume.done');
  }
}
