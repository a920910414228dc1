import { ChangeDetectionStrategy, Component } from '@angular/core';

import { TranslatePipe } from '../i18n/translate.pipe';

/** /privacy: placeholder for the GDPR privacy notice. */
@Component({
  selector: 'urp-privacy-page',
  imports: [TranslatePipe],
  template: `
    <div class="container my-5">
      <h1>{{ 'privacy.title' | t }}</h1>
      <p class="lead">{{ 'privacy.intro' | t }}</p>
      <p>{{ 'privacy.minimal' | t }}</p>
      <p>{{ 'privacy.pending' | t }}</p>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrivacyPage {}
