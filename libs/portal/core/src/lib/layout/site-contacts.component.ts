import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';

import { TranslatePipe } from '../i18n/translate.pipe';
import { SiteService } from '../site/site.service';
import { IconComponent } from './icon.component';

/** The URP's contacts from GET /api/site, with loading and error states. */
@Component({
  selector: 'urp-site-contacts',
  imports: [TranslatePipe, IconComponent],
  templateUrl: './site-contacts.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteContactsComponent {
  /** True on a dark background (the footer): icons turn white. */
  readonly inverted = input(false);

  protected readonly site = inject(SiteService);
  protected readonly iconClass = computed(() => `icon-sm me-2 ${this.inverted() ? 'icon-white' : 'icon-primary'}`);
  protected readonly phoneHref = computed(() => {
    const phone = this.site.info()?.urpPhone;
    return phone ? `tel:${phone.replace(/[^\d+]/g, '')}` : null;
  });

  constructor() {
    void this.site.load();
  }
}
