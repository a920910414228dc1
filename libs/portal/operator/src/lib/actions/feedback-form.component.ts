import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ErrorSummaryComponent, TranslatePipe, TextareaFieldComponent } from '@urp/portal/core';
import { TICKET_LIMITS, type TicketDetail } from '@urp/shared/contracts';

import { ActionForm } from './action-form';

/** The feedback (riscontro) to a complaint; by default it also closes the ticket as resolved. */
@Component({
  selector: 'urp-feedback-form',
  imports: [ReactiveFormsModule, TranslatePipe, ErrorSummaryComponent, TextareaFieldComponent],
  template: `
    <urp-error-summary [summary]="problem()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      @if (officeAnswer(); as answer) {
        <p class="small mb-2">{{ 'action.feedback.officeAnswerHint' | t }}</p>
        <button type="button" class="btn btn-outline-primary btn-sm mb-4" (click)="useOfficeAnswer(answer)">
          {{ 'action.feedback.useOfficeAnswer' | t }}
        </button>
      }
      @let body = form.controls.body;
      <urp-textarea-field
        fieldId="feedback-body"
        label="action.feedback.body"
        [control]="form.controls.body"
        [rows]="6"
        [maxLength]="maxLength"
        [required]="true"
        [invalid]="show(body)"
      />
      <div class="form-check mb-4">
        <input id="feedback-close" type="checkbox" formControlName="close" />
        <label for="feedback-close">{{ 'action.feedback.close' | t }}</label>
      </div>
      <button type="submit" class="btn btn-primary" [disabled]="workspace.busy()">
        {{ 'action.feedback.submit' | t }}
      </button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FeedbackFormComponent extends ActionForm {
  readonly ticket = input.required<TicketDetail>();

  protected readonly maxLength = TICKET_LIMITS.bodyMaxLength;
  protected readonly form = inject(NonNullableFormBuilder).group({
    body: ['', [Validators.required, Validators.maxLength(TICKET_LIMITS.bodyMaxLength)]],
    close: [true],
  });
  /** The office's latest answer, a starting point for the feedback. */
  protected readonly officeAnswer = computed(
    () => [...this.ticket().events].reverse().find((e) => e.type === 'office_answered' && e.message)?.message ?? null,
  );

  protected useOfficeAnswer(answer: string): void {
    this.form.controls.body.setValue(answer);
  }

  protected async submit(): Promise<void> {
    const { body, close } = this.form.controls;
    if (!this.validate([{ control: body, id: 'feedback-body', label: 'action.feedback.body' }])) return;
    const done = await this.execute(
      { type: 'feedback', body: { body: body.value.trim(), close: close.value } },
      close.value ? 'action.feedback.doneClosed' : 'action.feedback.done',
    );
    if (done) this.form.reset({ body: '', close: true });
  }
}
