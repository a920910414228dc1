import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ReactiveFormsModule, type AbstractControl, type FormControl } from '@angular/forms';
import { TICKET_LIMITS } from '@urp/shared/contracts';

import type { TranslationKey } from '../i18n/it.dictionary';
import { TranslatePipe } from '../i18n/translate.pipe';
import { FieldErrorPipe, describedBy } from './field-error.pipe';

/** What differs between the forms that ask for a contact: ids, texts, and whether the browser may autofill. */
export interface ContactFieldsTexts {
  /** Prefix of the ids: `<prefix>-name`, `<prefix>-email`, `<prefix>-phone`, `<prefix>-contact-hint`, `<prefix>-contact-error`. */
  readonly idPrefix: string;
  readonly legend: TranslationKey;
  readonly hint: TranslationKey;
  readonly required: TranslationKey;
  readonly name: TranslationKey;
  readonly email: TranslationKey;
  readonly phone: TranslationKey;
  /** The citizen's own details may be autofilled; an operator types someone else's. */
  readonly autofill: boolean;
}

/** The contact fieldset of a filing form: name, e-mail and phone, at least one of the last two. */
@Component({
  selector: 'urp-contact-fields',
  imports: [ReactiveFormsModule, TranslatePipe, FieldErrorPipe],
  templateUrl: './contact-fields.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContactFieldsComponent {
  readonly controls = input.required<{
    readonly name: FormControl<string>;
    readonly email: FormControl<string>;
    readonly phone: FormControl<string>;
  }>();
  readonly texts = input.required<ContactFieldsTexts>();
  /** Whether a control's error is shown (the page decides: after submitting, or also once edited). */
  readonly show = input.required<(control: AbstractControl) => boolean>();
  readonly showContactError = input.required<boolean>();

  protected readonly limits = TICKET_LIMITS;
  protected readonly describedBy = describedBy;
  protected readonly ids = computed(() => {
    const p = this.texts().idPrefix;
    return {
      name: `${p}-name`,
      email: `${p}-email`,
      phone: `${p}-phone`,
      hint: `${p}-contact-hint`,
      error: `${p}-contact-error`,
    };
  });
  protected readonly autocomplete = computed(() =>
    this.texts().autofill
      ? { name: 'name', email: 'email', phone: 'tel' }
      : { name: 'off', email: 'off', phone: 'off' },
  );
}
