import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ErrorSummaryComponent, TranslatePipe, TextareaFieldComponent } from '@urp/portal/core';
import { TICKET_LIMITS, type TicketDetail } from '@urp/shared/contracts';

import { ActionForm } from './action-form';

/** Pause the deadline while waiting for the citizen (the reason is shown to them), or resume it. */
@Component({
  selector: 'urp-pause-form',
  imports: [ReactiveFormsModule, TranslatePipe, ErrorSummaryComponent, TextareaFieldComponent],
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
        <urp-textarea-field
          fieldId="pause-reason"
          label="action.pause.reason"
          [control]="form.controls.reason"
          [rows]="3"
          [maxLength]="maxLength"
          [required]="true"
          hint="action.pause.hint"
          [invalid]="show(reason)"
        />
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
