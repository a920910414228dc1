import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive } from '@angular/router';
import { filter } from 'rxjs';

import { AuthStore } from '../auth/auth.store';
import { STAFF_AREAS, type StaffArea } from '../auth/staff-areas';
import type { TranslationKey } from '../i18n/it.dictionary';
import { TranslatePipe } from '../i18n/translate.pipe';
import { CITIZEN_PATHS } from './citizen-paths';
import { IconComponent } from './icon.component';

interface NavLink {
  path: string;
  label: TranslationKey;
  exact: boolean;
}

const PUBLIC_LINKS: readonly NavLink[] = [
  { path: '/', label: 'nav.home', exact: true },
  { path: CITIZEN_PATHS.newRequest, label: 'nav.newRequest', exact: false },
  { path: CITIZEN_PATHS.track, label: 'nav.track', exact: false },
  { path: CITIZEN_PATHS.book, label: 'nav.book', exact: false },
];

const AREAS: readonly StaffArea[] = Object.values(STAFF_AREAS);

/**
 * The header's main navigation. On small screens it is bootstrap-italia's off-canvas menu,
 * opened and closed here with a signal instead of bootstrap-italia's JavaScript.
 */
@Component({
  selector: 'urp-main-nav',
  imports: [RouterLink, RouterLinkActive, TranslatePipe, IconComponent],
  templateUrl: './main-nav.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(keydown.escape)': 'closeMenu()' },
})
export class MainNavComponent {
  private readonly store = inject(AuthStore);
  private readonly injector = inject(Injector);
  private readonly toggler = viewChild.required<ElementRef<HTMLButtonElement>>('toggler');
  private readonly closeButton = viewChild.required<ElementRef<HTMLButtonElement>>('closeButton');

  protected readonly menuId = 'main-menu';
  protected readonly open = signal(false);
  protected readonly publicLinks = PUBLIC_LINKS;
  protected readonly staffLinks = computed<NavLink[]>(() =>
    AREAS.filter((area) => this.store.hasAnyRole(area.roles)).map((area) => ({
      path: area.path,
      label: area.navLabel,
      exact: false,
    })),
  );

  constructor() {
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.open.set(false));
  }

  protected openMenu(): void {
    this.open.set(true);
    this.focusAfterRender(this.closeButton);
  }

  protected closeMenu(): void {
    if (!this.open()) return;
    this.open.set(false);
    this.focusAfterRender(this.toggler);
  }

  private focusAfterRender(target: () => ElementRef<HTMLElement>): void {
    afterNextRender(() => target().nativeElement.focus(), { injector: this.injector });
  }
}
