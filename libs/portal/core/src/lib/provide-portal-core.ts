import { inject, makeEnvironmentProviders, provideAppInitializer, type EnvironmentProviders } from '@angular/core';
import { TitleStrategy } from '@angular/router';

import { AuthService } from './auth/auth.service';
import { TranslatedTitleStrategy } from './i18n/translated-title.strategy';
import { TranslationService } from './i18n/translation.service';

/**
 * What the portal needs from core at start-up: translated page titles, the visitor's language
 * applied to <html lang>, and one GET /api/auth/me to restore a staff session (not awaited:
 * public pages render at once, `roleGuard` waits for it).
 */
export function providePortalCore(): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideAppInitializer(() => {
      inject(TranslationService);
      void inject(AuthService).restoreSession();
    }),
  ]);
}
