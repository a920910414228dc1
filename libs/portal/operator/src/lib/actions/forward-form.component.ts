import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ErrorSummaryComponent, TranslatePipe, FieldErrorPipe, TextareaFieldComponent } from '@urp/portal/core';
import { TICKET_LIMITS, type OfficeSummary } from '@urp/shared/contracts';

import { ActionForm } from './action-form';

/** Forward to the competent office, which is e-mailed with the optional covering note. */
@Component({
  selector: 'urp-forward-form',
  imports: [ReactiveFormsModule, TranslatePipe, ErrorSummaryComponent, FieldErrorPipe, TextareaFieldComponent],
  template: `
    <urp-error-summary [summary]="problem()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      @let office = form.controls.officeId;
      <div class="select-wrapper mt-3 mb-4">
        <label for="forward-office">{{ 'action.forward.office' | t }}</label>
        <select
          id="forward-office"
          formControlName="officeId"
          required
          [attr.aria-invalid]="show(office) || null"
          [attr.aria-describedby]="show(office) ? 'forward-office-error' : null"
        >
          <option value="">{{ 'action.forward.choose' | t }}</option>
          @for (item of offices(); track item.id) {
            <option [value]="item.id">{{ item.name }}</option>
          }
        </select>
        @if (show(office)) {
          <div id="forward-office-error" class="invalid-feedback d-block">{{ office | fieldError }}</div>
        }
      </div>
      @let message = form.controls.message;
      <urp-textarea-field
        fieldId="forward-message"
        label="action.forward.message"
        [control]="form.controls.message"
        [rows]="4"
        [maxLength]="maxLength"
        hint="action.forward.messageHint"
        [invalid]="show(message)"
      />
      <button type="submit" class="btn btn-primary" [disabled]="workspace.busy()">
        {{ 'action.forward.submit' | t }}
      </button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForwardFormComponent extends ActionForm {
  readonly offices = input<readonly OfficeSummary[]>([]);

  protected readonly maxLength = TICKET_LIMITS.reasonMaxLength;
  protected readonly form = inject(NonNullableFormBuilder).group({
    officeId: ['', Validators.required],
    message: ['', Validators.maxLength(TICKET_LIMITS.reasonMaxLength)],
  });

  protected async submit(): Promise<void> {
    const { officeId, message } = this.form.controls;
    const valid = this.validate([
      { control: officeId, id: 'forward-office', label: 'action.forward.office' },
      { control: message, id: 'forward-message', label: 'action.forward.message' },
    ]);
    if (!valid) return;
    const note = message.value.trim();
    const body = { officeId: officeId.value, ...(note ? { message: note } : {}) };
    if (await this.execute({ type: 'forward', body }, 'action.forward.done')) this.form.reset();
  }
}
