import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe, type TranslationKey } from '@urp/portal/core';

/** Placeholder for a citizen service not built yet; the heading comes from the route's data. */
@Component({
  selector: 'urp-coming-soon-page',
  imports: [RouterLink, TranslatePipe],
  template: `
    <div class="container my-5">
      <h1>{{ heading() | t }}</h1>
      <div class="callout note">
        <p class="mb-0">{{ 'comingSoon.text' | t }}</p>
      </div>
      <a class="btn btn-outline-primary mt-3" routerLink="/">{{ 'comingSoon.back' | t }}</a>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComingSoonPage {
  /** Bound from the route's `data.heading` by `withComponentInputBinding()`. */
  readonly heading = input.required<TranslationKey>();
}
