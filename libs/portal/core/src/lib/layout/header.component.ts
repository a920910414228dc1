import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink } from '@angular/router';

import { AuthService } from '../auth/auth.service';
import { AuthStore } from '../auth/auth.store';
import { TranslatePipe } from '../i18n/translate.pipe';
import { TranslationService } from '../i18n/translation.service';
import { SiteService } from '../site/site.service';
import { IconComponent } from './icon.component';
import { LanguageSwitcherComponent } from './language-switcher.component';
import { MainNavComponent } from './main-nav.component';

/** bootstrap-italia header: slim bar (owner, language, staff access), centre (municipality), navigation. */
@Component({
  selector: 'urp-header',
  imports: [RouterLink, TranslatePipe, IconComponent, LanguageSwitcherComponent, MainNavComponent],
  templateUrl: './header.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HeaderComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);
  private readonly site = inject(SiteService);

  protected readonly store = inject(AuthStore);
  protected readonly municipality = computed(
    () => this.site.municipalityName() ?? this.i18n.t('site.municipalityFallback'),
  );

  constructor() {
    void this.site.load();
  }

  protected async signOut(): Promise<void> {
    await this.auth.logout();
    await this.router.navigateByUrl('/');
  }
}
