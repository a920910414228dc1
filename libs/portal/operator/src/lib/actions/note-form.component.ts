import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ErrorSummaryComponent, TranslatePipe, TextareaFieldComponent } from '@urp/portal/core';
import { TICKET_LIMITS } from '@urp/shared/contracts';

import { ActionForm } from './action-form';

/** An internal note: for colleagues, never shown to the citizen. */
@Component({
  selector: 'urp-note-form',
  imports: [ReactiveFormsModule, TranslatePipe, ErrorSummaryComponent, TextareaFieldComponent],
  template: `
    <urp-error-summary [summary]="problem()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      @let body = form.controls.body;
      <urp-textarea-field
        fieldId="note-body"
        label="action.note.body"
        [control]="form.controls.body"
        [rows]="4"
        [maxLength]="maxLength"
        [required]="true"
        hint="action.note.hint"
        [invalid]="show(body)"
      />
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
