import { DOCUMENT } from '@angular/common';
import { Injectable, computed, inject, signal } from '@angular/core';

import { EN } from './en.dictionary';
import { IT, type Dictionary, type TranslationKey } from './it.dictionary';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './language';

export type TranslationParams = Readonly<Record<string, string | number>>;

const DICTIONARIES: Readonly<Record<Language, Dictionary>> = { it: IT, en: EN };

/** localStorage key under which the visitor's language choice is remembered. */
export const LANGUAGE_STORAGE_KEY = 'urp.language';

/**
 * Runtime translation: the current language is a signal, so every template or `computed` that
 * calls `t()` (directly or through the `t` pipe) re-renders when the visitor switches language.
 */
@Injectable({ providedIn: 'root' })
export class TranslationService {
  private readonly document = inject(DOCUMENT);
  private readonly languageState = signal<Language>(this.readStoredLanguage());
  private readonly dictionary = computed(() => DICTIONARIES[this.languageState()]);

  readonly language = this.languageState.asReadonly();

  constructor() {
    this.document.documentElement.lang = this.languageState();
  }

  use(language: Language): void {
    this.languageState.set(language);
    this.document.documentElement.lang = language;
    try {
      this.document.defaultView?.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Storage can be disabled (private browsing, strict settings): the choice then lasts for this page only.
    }
  }

  /** The text for `key` in the current language, with `{placeholder}`s replaced from `params`. */
  t(key: TranslationKey, params?: TranslationParams): string {
    const text = this.dictionary()[key] ?? IT[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
      name in params ? String(params[name]) : placeholder,
    );
  }

  private readStoredLanguage(): Language {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(LANGUAGE_STORAGE_KEY);
      return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
    } catch {
      return DEFAULT_LANGUAGE;
    }
  }
}
