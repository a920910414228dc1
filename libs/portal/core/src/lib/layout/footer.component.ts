import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';

import { TranslatePipe } from '../i18n/translate.pipe';
import { TranslationService } from '../i18n/translation.service';
import { SiteService } from '../site/site.service';
import { IconComponent } from './icon.component';
import { SiteContactsComponent } from './site-contacts.component';
import { FOOTER_ID } from './skip-links.component';

/** bootstrap-italia footer: municipality, URP contacts, privacy and accessibility links. */
@Component({
  selector: 'urp-footer',
  imports: [RouterLink, TranslatePipe, IconComponent, SiteContactsComponent],
  templateUrl: './footer.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FooterComponent {
  private readonly i18n = inject(TranslationService);
  private readonly site = inject(SiteService);

  protected readonly footerId = FOOTER_ID;
  protected readonly municipality = computed(
    () => this.site.municipalityName() ?? this.i18n.t('site.municipalityFallback'),
  );
}
