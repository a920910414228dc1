import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

import { TranslatePipe } from '../i18n/translate.pipe';

/** Any path no route matches. */
@Component({
  selector: 'urp-not-found-page',
  imports: [RouterLink, TranslatePipe],
  template: `
    <div class="container my-5">
      <h1>{{ 'notFound.title' | t }}</h1>
      <p class="lead">{{ 'notFound.text' | t }}</p>
      <a class="btn btn-primary" routerLink="/">{{ 'notFound.home' | t }}</a>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPage {}
