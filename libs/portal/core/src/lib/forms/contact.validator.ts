import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** Same rule as the API: digits, spaces, + ( ) . / -, 6 to 20 characters. */
export const PHONE_PATTERN = /^\+?[0-9 ()./-]{6,20}$/;

/** Group validator: at least one of e-mail and phone, so that the URP can answer. */
export const contactRequired: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const email = String(group.get('email')?.value ?? '').trim();
  const phone = String(group.get('phone')?.value ?? '').trim();
  return email || phone ? null : { contactRequired: true };
};
