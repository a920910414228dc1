import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  ErrorSummaryComponent,
  TicketLabelPipe,
  TranslatePipe,
  FieldErrorPipe,
  TextareaFieldComponent,
} from '@urp/portal/core';
import { TICKET_LIMITS } from '@urp/shared/contracts';
import { CLOSE_REASONS, type CloseReason } from '@urp/shared/domain';

import { ActionForm } from './action-form';

/** Close with a reason ("no reply needed" keeps it out of the reply-time indicators) and an optional note. */
@Component({
  selector: 'urp-close-form',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    TicketLabelPipe,
    ErrorSummaryComponent,
    FieldErrorPipe,
    TextareaFieldComponent,
  ],
  template: `
    <urp-error-summary [summary]="problem()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      @let reason = form.controls.reason;
      <div class="select-wrapper mt-3 mb-4">
        <label for="close-reason">{{ 'action.close.reason' | t }}</label>
        <select
          id="close-reason"
          formControlName="reason"
          required
          [attr.aria-invalid]="show(reason) || null"
          [attr.aria-describedby]="show(reason) ? 'close-reason-error' : null"
        >
          <option value="">{{ 'action.close.choose' | t }}</option>
          @for (item of reasons; track item) {
            <option [value]="item">{{ item | ticketLabel: 'closeReason' }}</option>
          }
        </select>
        @if (show(reason)) {
          <div id="close-reason-error" class="invalid-feedback d-block">{{ reason | fieldError }}</div>
        }
      </div>
      @let note = form.controls.note;
      <urp-textarea-field
        fieldId="close-note"
        label="action.close.note"
        [control]="form.controls.note"
        [rows]="3"
        [maxLength]="maxLength"
        [invalid]="show(note)"
      />
      <button type="submit" class="btn btn-primary" [disabled]="workspace.busy()">
        {{ 'action.close.submit' | t }}
      </button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CloseFormComponent extends ActionForm {
  protected readonly reasons = CLOSE_REASONS;
  protected readonly maxLength = TICKET_LIMITS.reasonMaxLength;
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['' as CloseReason | '', Validators.required],
    note: ['', Validators.maxLength(TICKET_LIMITS.reasonMaxLength)],
  });

  protected async submit(): Promise<void> {
    const { reason, note } = this.form.controls;
    const valid = this.validate([
      { control: reason, id: 'close-reason', label: 'action.close.reason' },
      { control: note, id: 'close-note', label: 'action.close.note' },
    ]);
    if (!valid) return;
    const text = note.value.trim();
    const body = { reason: reason.value as CloseReason, ...(text ? { note: text } : {}) };
    if (await this.execute({ type: 'close', body }, 'action.close.done')) this.form.reset();
  }
}
