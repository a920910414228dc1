import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ErrorSummaryComponent, TranslatePipe, type ErrorSummary, TextareaFieldComponent } from '@urp/portal/core';
import { TICKET_LIMITS } from '@urp/shared/contracts';

import { OfficeTicketWorkspace } from './office-ticket-workspace';

/** "Prendi in carico": the office says it is working on the ticket, with an optional note. */
@Component({
  selector: 'urp-take-in-charge-form',
  imports: [ReactiveFormsModule, TranslatePipe, ErrorSummaryComponent, TextareaFieldComponent],
  template: `
    <section class="mb-5" aria-labelledby="take-in-charge-heading">
      <h3 id="take-in-charge-heading" class="h5">{{ 'officeTicket.takeInCharge.heading' | t }}</h3>
      <p>{{ 'officeTicket.takeInCharge.text' | t }}</p>
      <urp-error-summary [summary]="problem()" />
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        @let note = form.controls.note;
        <urp-textarea-field
          fieldId="take-in-charge-note"
          label="officeTicket.takeInCharge.note"
          [control]="form.controls.note"
          [rows]="3"
          [maxLength]="maxLength"
          [invalid]="note.invalid"
        />
        <button type="submit" class="btn btn-primary" [disabled]="workspace.busy()">
          {{ 'officeTicket.takeInCharge.submit' | t }}
        </button>
      </form>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TakeInChargeFormComponent {
  protected readonly workspace = inject(OfficeTicketWorkspace);
  protected readonly maxLength = TICKET_LIMITS.reasonMaxLength;
  protected readonly problem = signal<ErrorSummary | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    note: ['', Validators.maxLength(TICKET_LIMITS.reasonMaxLength)],
  });

  protected async submit(): Promise<void> {
    if (this.form.invalid) return;
    this.problem.set(null);
    const problem = await this.workspace.takeInCharge(this.form.controls.note.value.trim());
    this.problem.set(problem);
    if (!problem) this.form.reset();
  }
}
