import { Validators, type AbstractControl, type NonNullableFormBuilder } from '@angular/forms';
import { TICKET_LIMITS } from '@urp/shared/contracts';
import type { TicketKind } from '@urp/shared/domain';

import type { TranslationKey } from '../i18n/it.dictionary';
import type { TranslationParams } from '../i18n/translation.service';
import { PHONE_PATTERN } from './contact.validator';
import type { ErrorSummaryItem } from './error-summary.component';
import { fieldErrorMessage } from './field-error.pipe';

type Translate = (key: TranslationKey, params?: TranslationParams) => string;

/** The controls every ticket filing form has (citizen's and operator's): kind, text, contact, consent. */
export function filingControls(fb: NonNullableFormBuilder) {
  return {
    kind: fb.control<TicketKind | ''>('', Validators.required),
    subject: fb.control('', [Validators.required, Validators.maxLength(TICKET_LIMITS.subjectMaxLength)]),
    body: fb.control('', [Validators.required, Validators.maxLength(TICKET_LIMITS.bodyMaxLength)]),
    name: fb.control('', Validators.maxLength(TICKET_LIMITS.nameMaxLength)),
    email: fb.control('', [Validators.email, Validators.maxLength(254)]),
    phone: fb.control('', Validators.pattern(PHONE_PATTERN)),
    privacyConsent: fb.control(false, Validators.requiredTrue),
  };
}

export type FilingControls = ReturnType<typeof filingControls>;
export type FilingFieldName = keyof FilingControls;
/** A field's id on the page (where the error summary links) and its label. */
export interface FilingFieldRef {
  readonly id: string;
  readonly label: TranslationKey;
}

/** The form-wide messages, in each area's own words. */
export interface FilingMessages {
  readonly contactRequired: TranslationKey;
  readonly privacyRequired: TranslationKey;
}

/**
 * The error summary's lines for a filing form, in the order of the fields on the page;
 * `beforePrivacy` are the page's own lines for fields between the contact and the consent.
 */
export function filingClientProblems(
  form: { readonly controls: FilingControls; hasError(errorCode: string): boolean },
  fields: Readonly<Record<FilingFieldName, FilingFieldRef>>,
  messages: FilingMessages,
  t: Translate,
  beforePrivacy: readonly ErrorSummaryItem[] = [],
): ErrorSummaryItem[] {
  const c = form.controls;
  const items: ErrorSummaryItem[] = [];
  const add = (control: AbstractControl, field: FilingFieldName, patternKey?: TranslationKey) => {
    if (control.invalid) {
      const { id, label } = fields[field];
      items.push({ text: `${t(label)}: ${fieldErrorMessage(control, t, patternKey)}`, fieldId: id });
    }
  };
  add(c.kind, 'kind');
  add(c.subject, 'subject');
  add(c.body, 'body');
  add(c.name, 'name');
  if (form.hasError('contactRequired')) items.push({ text: t(messages.contactRequired), fieldId: fields.email.id });
  add(c.email, 'email');
  add(c.phone, 'phone', 'form.phone');
  items.push(...beforePrivacy);
  if (c.privacyConsent.invalid) items.push({ text: t(messages.privacyRequired), fieldId: fields.privacyConsent.id });
  return items;
}
