import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ErrorSummaryComponent, FieldErrorPipe, TranslatePipe } from '@urp/portal/core';
import { TICKET_LIMITS } from '@urp/shared/contracts';

import { ActionForm } from './action-form';

/** An internal note: for colleagues, never shown to the citizen. */
@Component({
  selector: 'urp-note-form',
  imports: [ReactiveFormsModule, TranslatePipe, FieldErrorPipe, ErrorSummaryComponent],
  template: `
    <urp-error-summary [summary]="problem()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      @let body = form.controls.body;
      <div class="form-group">
        <label for="note-body" class="active">{{ 'action.note.body' | t }}</label>
        <textarea
          id="note-body"
          class="form-control"
          rows="4"
          formControlName="body"
          required
          [attr.maxlength]="maxLength"
          [class.is-invalid]="show(body)"
          [attr.aria-invalid]="show(body) || null"
          [attr.aria-describedby]="show(body) ? 'note-body-hint note-body-error' : 'note-body-hint'"
        ></textarea>
        <p id="note-body-hint" class="small">{{ 'action.note.hint' | t }}</p>
        @if (show(body)) {
          <div id="note-body-error" class="invalid-feedback d-block">{{ body | fieldError }}</div>
        }
      </div>
      <button type="submit" class="btn btn-primary" [disabled]="workspace.busy()">
        {{ 'action.note.submit' | t }}
      </button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoteFormComponent extends ActionForm {
  protected readonly maxLength = TICKET_LIMITS.bodyMaxLength;
  protected readonly form = inject(NonNullableFormBuilder).group({
    body: ['', [Validators.required, Validators.maxLength(TICKET_LIMITS.bodyMaxLength)]],
  });

  protected async submit(): Promise<void> {
    const body = this.form.controls.body;
    if (!this.validate([{ control: body, id: 'note-body', label: 'action.note.body' }])) return;
    if (await this.execute({ type: 'note', body: { body: body.value.trim() } }, 'action.note.done')) this.form.reset();
  }
}
