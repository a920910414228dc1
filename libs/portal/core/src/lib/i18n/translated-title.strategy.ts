import { Injectable, computed, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';

import { SiteService } from '../site/site.service';
import { IT, type TranslationKey } from './it.dictionary';
import { TranslationService } from './translation.service';

/** Lets route files declare `title: routeTitle('home.title')` with a checked key. */
export function routeTitle(key: TranslationKey): TranslationKey {
  return key;
}

function isTranslationKey(value: string): value is TranslationKey {
  return Object.hasOwn(IT, value);
}

/**
 * Reads each route's `title` as a translation key and writes
 * "<page> - URP <municipality>" to the document title, again whenever the language changes.
 */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly i18n = inject(TranslationService);
  private readonly site = inject(SiteService);
  private readonly pageTitle = signal<string | undefined>(undefined);

  private readonly documentTitle = computed(() => {
    const page = this.pageTitle();
    const municipality = this.site.info()?.municipalityName;
    const suffix = municipality ? `URP ${municipality}` : this.i18n.t('site.urpName');
    if (!page) return suffix;
    return `${isTranslationKey(page) ? this.i18n.t(page) : page} - ${suffix}`;
  });

  constructor() {
    super();
    effect(() => this.title.setTitle(this.documentTitle()));
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageTitle.set(this.buildTitle(snapshot));
  }
}
