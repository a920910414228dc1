import { ChangeDetectionStrategy, Component } from '@angular/core';

import { TranslatePipe } from '../i18n/translate.pipe';

/** /accessibilita: placeholder for the AgID accessibility statement. */
@Component({
  selector: 'urp-accessibility-page',
  imports: [TranslatePipe],
  template: `
    <div class="container my-5">
      <h1>{{ 'accessibility.title' | t }}</h1>
      <p class="lead">{{ 'accessibility.intro' | t }}</p>
      <p>{{ 'accessibility.status' | t }}</p>
      <p>{{ 'accessibility.feedback' | t }}</p>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccessibilityPage {}
