import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  ErrorSummaryComponent,
  TextareaFieldComponent,
  TranslatePipe,
  TranslationService,
  fieldErrorMessage,
  type ErrorSummary,
} from '@urp/portal/core';
import { TICKET_LIMITS } from '@urp/shared/contracts';

import { OfficeTicketWorkspace } from './office-ticket-workspace';

/** "Invia risposta all'URP": the office's answer, which the URP turns into feedback to the citizen. */
@Component({
  selector: 'urp-office-answer-form',
  imports: [ReactiveFormsModule, TranslatePipe, ErrorSummaryComponent, TextareaFieldComponent],
  template: `
    <section class="mb-5" aria-labelledby="office-answer-heading">
      <h3 id="office-answer-heading" class="h5">{{ 'officeTicket.answer.heading' | t }}</h3>
      <p>{{ 'officeTicket.answer.text' | t }}</p>
      <urp-error-summary [summary]="problem()" />
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        @let body = form.controls.body;
        @let showError = body.invalid && submitted();
        <urp-textarea-field
          fieldId="office-answer-body"
          label="officeTicket.answer.body"
          [control]="form.controls.body"
          [rows]="6"
          [maxLength]="maxLength"
          [required]="true"
          [invalid]="showError"
        />
        <button type="submit" class="btn btn-primary" [disabled]="workspace.busy()">
          {{ 'officeTicket.answer.submit' | t }}
        </button>
      </form>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OfficeAnswerFormComponent {
  private readonly i18n = inject(TranslationService);
  protected readonly workspace = inject(OfficeTicketWorkspace);
  protected readonly maxLength = TICKET_LIMITS.bodyMaxLength;
  protected readonly submitted = signal(false);
  protected readonly problem = signal<ErrorSummary | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    body: ['', [Validators.required, Validators.maxLength(TICKET_LIMITS.bodyMaxLength)]],
  });

  protected async submit(): Promise<void> {
    this.submitted.set(true);
    this.problem.set(null);
    const body = this.form.controls.body;
    if (body.invalid) {
      const t = this.i18n.t.bind(this.i18n);
      this.problem.set({
        heading: t('form.checkHeading'),
        items: [
          { text: `${t('officeTicket.answer.body')}: ${fieldErrorMessage(body, t)}`, fieldId: 'office-answer-body' },
        ],
      });
      return;
    }
    const problem = await this.workspace.answer(body.value.trim());
    this.problem.set(problem);
    if (!problem) {
      this.submitted.set(false);
      this.form.reset();
    }
  }
}
