import { ChangeDetectionStrategy, Component, inject } from '@angular/core';

import type { Language } from '../i18n/language';
import { TranslatePipe } from '../i18n/translate.pipe';
import { TranslationService } from '../i18n/translation.service';

interface LanguageOption {
  code: Language;
  /** Shown in the header. */
  short: string;
  /** The language's own name, read by screen readers (it contains the short form). */
  name: string;
}

const OPTIONS: readonly LanguageOption[] = [
  { code: 'it', short: 'ITA', name: 'Italiano' },
  { code: 'en', short: 'ENG', name: 'English' },
];

/** Two toggle buttons in the slim header; the pressed one is the current language. */
@Component({
  selector: 'urp-language-switcher',
  imports: [TranslatePipe],
  template: `
    <div class="d-flex" role="group" [attr.aria-label]="'header.language' | t">
      @for (option of options; track option.code) {
        <button
          type="button"
          class="btn btn-sm text-white ms-1"
          [class.fw-bold]="i18n.language() === option.code"
          [class.text-decoration-underline]="i18n.language() === option.code"
          [attr.lang]="option.code"
          [attr.aria-label]="option.name"
          [attr.aria-pressed]="i18n.language() === option.code"
          (click)="i18n.use(option.code)"
        >
          {{ option.short }}
        </button>
      }
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageSwitcherComponent {
  protected readonly i18n = inject(TranslationService);
  protected readonly options = OPTIONS;
}
