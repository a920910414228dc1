import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ErrorSummaryComponent, FieldErrorPipe, TranslatePipe } from '@urp/portal/core';
import { TICKET_LIMITS, type OfficeSummary } from '@urp/shared/contracts';

import { ActionForm } from './action-form';

/** Forward to the competent office, which is e-mailed with the optional covering note. */
@Component({
  selector: 'urp-forward-form',
  imports: [ReactiveFormsModule, TranslatePipe, FieldErrorPipe, ErrorSummaryComponent],
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
      <div class="form-group">
        <label for="forward-message" class="active">{{ 'action.forward.message' | t }}</label>
        <textarea
          id="forward-message"
          class="form-control"
          rows="4"
          formControlName="message"
          [attr.maxlength]="maxLength"
          [class.is-invalid]="show(message)"
          [attr.aria-invalid]="show(message) || null"
          [attr.aria-describedby]="
            show(message) ? 'forward-message-hint forward-message-error' : 'forward-message-hint'
          "
        ></textarea>
        <p id="forward-message-hint" class="small">{{ 'action.forward.messageHint' | t }}</p>
        @if (show(message)) {
          <div id="forward-message-error" class="invalid-feedback d-block">{{ message | fieldError }}</div>
        }
      </div>
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
