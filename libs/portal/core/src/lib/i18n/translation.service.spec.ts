import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { EN } from './en.dictionary';
import { IT } from './it.dictionary';
import { TranslatePipe } from './translate.pipe';
import { LANGUAGE_STORAGE_KEY, TranslationService } from './translation.service';

@Component({
  selector: 'urp-translated-host',
  imports: [TranslatePipe],
  template: `<p>{{ 'header.signOut' | t }}</p>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class TranslatedHostComponent {}

describe('TranslationService', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
  });

  it('speaks Italian by default and sets <html lang="it">', () => {
    const i18n = TestBed.inject(TranslationService);

    expect(i18n.language()).toBe('it');
    expect(i18n.t('header.signOut')).toBe('Esci');
    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('it');
  });

  it('switches to English at run time, updating <html lang> and remembering the choice', () => {
    const i18n = TestBed.inject(TranslationService);

    i18n.use('en');

    expect(i18n.t('header.signOut')).toBe('Sign out');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('starts in the language remembered from a previous visit, ignoring unknown values', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    expect(TestBed.inject(TranslationService).language()).toBe('en');

    TestBed.resetTestingModule();
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'klingon');
    expect(TestBed.inject(TranslationService).language()).toBe('it');
  });

  it('fills {placeholders} and leaves unknown ones visible', () => {
    const i18n = TestBed.inject(TranslationService);

    expect(i18n.t('staff.welcome', { name: 'Maria Rossi' })).toBe('Benvenuto o benvenuta, Maria Rossi.');
    expect(i18n.t('staff.welcome')).toBe('Benvenuto o benvenuta, {name}.');
  });

  it('re-renders templates using the t pipe when the language changes', async () => {
    const fixture = TestBed.createComponent(TranslatedHostComponent);
    await fixture.whenStable();
    const text = () => (fixture.nativeElement as HTMLElement).textContent?.trim();
    expect(text()).toBe('Esci');

    TestBed.inject(TranslationService).use('en');
    await fixture.whenStable();

    expect(text()).toBe('Sign out');
  });

  it('has an English text for every Italian key, and no extra ones', () => {
    expect(Object.keys(EN).sort()).toEqual(Object.keys(IT).sort());
    expect(Object.values(EN).every((text) => text.trim().length > 0)).toBe(true);
  });
});
