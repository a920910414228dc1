import type { Routes } from '@angular/router';
import { routeTitle } from '@urp/portal/core';

import { ComingSoonPage } from './coming-soon.page';
import { NewRequestPage } from './filing/new-request.page';
import { TrackPage } from './tracking/track.page';

/** Children of /cittadino: public, no sign-in. */
export const citizenRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: '/' },
  { path: 'nuova-segnalazione', component: NewRequestPage, title: routeTitle('home.newRequest.title') },
  { path: 'segui-pratica', component: TrackPage, title: routeTitle('home.track.title') },
  // The acknowledgement e-mail links to /cittadino/segui: same page (query parameters are kept).
  { path: 'segui', redirectTo: 'segui-pratica' },
  {
    path: 'prenota-appuntamento',
    component: ComingSoonPage,
    title: routeTitle('home.book.title'),
    data: { heading: 'home.book.title' },
  },
];
