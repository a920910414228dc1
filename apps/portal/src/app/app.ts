import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, Injector, afterNextRender, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { FooterComponent, HeaderComponent, MAIN_CONTENT_ID, SkipLinksComponent } from '@urp/portal/core';
import { filter, skip } from 'rxjs';

/** The page frame: skip links, header, the routed page in <main>, footer. */
@Component({
  selector: 'app-root',
  imports: [RouterOutlet, SkipLinksComponent, HeaderComponent, FooterComponent],
  templateUrl: './app.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  protected readonly mainId = MAIN_CONTENT_ID;

  constructor() {
    // After each in-app navigation (not the first page load), move focus to the new page's
    // heading so keyboard and screen-reader users start from the new content.
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(),
      )
      .subscribe(() => afterNextRender(() => this.focusPageHeading(), { injector: this.injector }));
  }

  private focusPageHeading(): void {
    const main = this.document.getElementById(this.mainId);
    if (!main || main.contains(this.document.activeElement)) return;
    const target = main.querySelector<HTMLElement>('h1') ?? main;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }
}
