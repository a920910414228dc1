import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';

import type { TranslationKey } from '../i18n/it.dictionary';
import { TranslatePipe } from '../i18n/translate.pipe';
import { FieldErrorPipe } from './field-error.pipe';

/**
 * A labelled textarea with its optional hint and its error, wired for screen readers
 * (aria-invalid, aria-describedby naming the hint and the error). The form decides when the error shows.
 */
@Component({
  selector: 'urp-textarea-field',
  imports: [ReactiveFormsModule, TranslatePipe, FieldErrorPipe],
  template: `
    <div class="form-group">
      <label [for]="fieldId()" class="active">{{ label() | t }}</label>
      <textarea
        [id]="fieldId()"
        class="form-control"
        [rows]="rows()"
        [formControl]="control()"
        [required]="required()"
        [attr.maxlength]="maxLength()"
        [class.is-invalid]="invalid()"
        [attr.aria-invalid]="invalid() || null"
        [attr.aria-describedby]="describedBy()"
      ></textarea>
      @if (hint(); as hintKey) {
        <p [id]="fieldId() + '-hint'" class="small">{{ hintKey | t }}</p>
      }
      @if (invalid()) {
        <div [id]="fieldId() + '-error'" class="invalid-feedback d-block">{{ control() | fieldError }}</div>
      }
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TextareaFieldComponent {
  readonly control = input.required<FormControl<string>>();
  readonly fieldId = input.required<string>();
  readonly label = input.required<TranslationKey>();
  readonly rows = input(3);
  readonly maxLength = input.required<number>();
  readonly required = input(false);
  readonly hint = input<TranslationKey | null>(null);
  /** Whether the error shows now (the form knows whether it was submitted). */
  readonly invalid = input(false);

  protected readonly describedBy = computed(() => {
    const ids = [this.hint() ? `${this.fieldId()}-hint` : null, this.invalid() ? `${this.fieldId()}-error` : null];
    return ids.filter((id) => id !== null).join(' ') || null;
  });
}
