import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** The API's rule, shared through the contracts. */
export { PHONE_PATTERN } from '@urp/shared/contracts';

/** Group validator: at least one of e-mail and phone, so that the URP can answer. */
export const contactRequired: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const email = String(group.get('email')?.value ?? '').trim();
  const phone = String(group.get('phone')?.value ?? '').trim();
  return email || phone ? null : { contactRequired: true };
};
