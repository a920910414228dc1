import { inject, makeEnvironmentProviders, provideAppInitializer, type EnvironmentProviders } from '@angular/core';
import { TitleStrategy } from '@angular/router';

import { AuthService } from './auth/auth.service';
import { TranslatedTitleStrategy } from './i18n/translated-title.strategy';
import { TranslationService } from './i18n/translation.service';
import { SiteService } from './site/site.service';

/**
 * What the portal needs from core at start-up: translated page titles, the visitor's language
 * applied to <html lang>, one GET /api/auth/session to restore a staff session (not awaited:
 * `roleGuard` waits for it), and GET /api/site, awaited so the municipality's name is in the
 * header and the page title from the first frame (it gives up after a few seconds).
 */
export function providePortalCore(): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideAppInitializer(() => {
      inject(TranslationService);
      void inject(AuthService).restoreSession();
      return inject(SiteService).load();
    }),
  ]);
}
