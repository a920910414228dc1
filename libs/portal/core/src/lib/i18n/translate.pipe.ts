import { Pipe, PipeTransform, inject } from '@angular/core';

import type { TranslationKey } from './it.dictionary';
import { TranslationService, type TranslationParams } from './translation.service';

/**
 * `{{ 'home.title' | t }}` or `{{ 'staff.welcome' | t: { name } }}`.
 * Impure so that it re-reads the language signal whenever the view refreshes; the lookup is a
 * property access, so this costs nothing measurable. Keys are type-checked in strict templates.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(TranslationService);

  transform(key: TranslationKey, params?: TranslationParams): string {
    return this.i18n.t(key, params);
  }
}
