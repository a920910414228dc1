import { Pipe, PipeTransform, inject } from '@angular/core';
import type { AbstractControl } from '@angular/forms';

import type { TranslationKey } from '../i18n/it.dictionary';
import { TranslationService, type TranslationParams } from '../i18n/translation.service';

type Translate = (key: TranslationKey, params?: TranslationParams) => string;

/** The message for a control's first error; `patternKey` explains a pattern error. Empty when valid. */
export function fieldErrorMessage(control: AbstractControl, t: Translate, patternKey?: TranslationKey): string {
  const errors = control.errors;
  if (!errors) return '';
  if (errors['required']) return t('form.required');
  if (errors['maxlength']) {
    return t('form.tooLong', { max: (errors['maxlength'] as { requiredLength: number }).requiredLength });
  }
  if (errors['email']) return t('form.email');
  if (errors['pattern'] && patternKey) return t(patternKey);
  return t('form.invalid');
}

/** `{{ form.controls.subject | fieldError }}`, `{{ form.controls.phone | fieldError: 'form.phone' }}`. */
@Pipe({ name: 'fieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  private readonly i18n = inject(TranslationService);

  transform(control: AbstractControl, patternKey?: TranslationKey): string {
    return fieldErrorMessage(control, (key, params) => this.i18n.t(key, params), patternKey);
  }
}

/** `aria-describedby` from hint and error ids; null when there are none (the attribute is then removed). */
export function describedBy(...ids: ReadonlyArray<string | false | null | undefined>): string | null {
  const present = ids.filter((id): id is string => !!id);
  return present.length > 0 ? present.join(' ') : null;
}
