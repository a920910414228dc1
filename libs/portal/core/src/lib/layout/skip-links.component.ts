import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';

import { TranslatePipe } from '../i18n/translate.pipe';

export const MAIN_CONTENT_ID = 'main-content';
export const FOOTER_ID = 'page-footer';

/**
 * The first focusable links of every page. With `<base href="/">` a bare `#id` link would load
 * the home page, so the click moves focus to the target instead.
 */
@Component({
  selector: 'urp-skip-links',
  imports: [TranslatePipe],
  template: `
    <nav class="skiplinks" [attr.aria-label]="'skip.label' | t">
      <a class="visually-hidden-focusable" [href]="'#' + mainId" (click)="skipTo($event, mainId)">
        {{ 'skip.mainContent' | t }}
      </a>
      <a class="visually-hidden-focusable" [href]="'#' + footerId" (click)="skipTo($event, footerId)">
        {{ 'skip.footer' | t }}
      </a>
    </nav>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SkipLinksComponent {
  private readonly document = inject(DOCUMENT);
  protected readonly mainId = MAIN_CONTENT_ID;
  protected readonly footerId = FOOTER_ID;

  protected skipTo(event: Event, id: string): void {
    const target = this.document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
    target.scrollIntoView();
  }
}
