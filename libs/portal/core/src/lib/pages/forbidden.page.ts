import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Router, RouterLink } from '@angular/router';

import { LOGIN_PATH } from '../auth/auth-paths';
import { AuthService } from '../auth/auth.service';
import { TranslatePipe } from '../i18n/translate.pipe';

/** Where `roleGuard` sends a signed-in person whose role does not open the requested area. */
@Component({
  selector: 'urp-forbidden-page',
  imports: [RouterLink, TranslatePipe],
  template: `
    <div class="container my-5">
      <h1>{{ 'forbidden.title' | t }}</h1>
      <p class="lead">{{ 'forbidden.text' | t }}</p>
      <div class="d-flex flex-wrap gap-2">
        <a class="btn btn-primary" routerLink="/">{{ 'forbidden.home' | t }}</a>
        <button type="button" class="btn btn-outline-primary" (click)="switchUser()">
          {{ 'forbidden.switchUser' | t }}
        </button>
      </div>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForbiddenPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  protected async switchUser(): Promise<void> {
    await this.auth.logout();
    await this.router.navigateByUrl(LOGIN_PATH);
  }
}
