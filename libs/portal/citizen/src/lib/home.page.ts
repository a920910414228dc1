import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  CITIZEN_PATHS,
  IconComponent,
  SiteContactsComponent,
  TranslatePipe,
  type TranslationKey,
} from '@urp/portal/core';

interface CitizenService {
  path: string;
  icon: string;
  title: TranslationKey;
  text: TranslationKey;
}

const SERVICES: readonly CitizenService[] = [
  { path: CITIZEN_PATHS.newRequest, icon: 'it-comment', title: 'home.newRequest.title', text: 'home.newRequest.text' },
  { path: CITIZEN_PATHS.track, icon: 'it-search', title: 'home.track.title', text: 'home.track.text' },
  { path: CITIZEN_PATHS.book, icon: 'it-calendar', title: 'home.book.title', text: 'home.book.text' },
];

/** `/`: what a citizen can do with the URP, and how to reach it. */
@Component({
  selector: 'urp-home-page',
  imports: [RouterLink, IconComponent, SiteContactsComponent, TranslatePipe],
  templateUrl: './home.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  protected readonly services = SERVICES;
}
