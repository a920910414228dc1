import type { Routes } from '@angular/router';
import { routeTitle } from '@urp/portal/core';

import { ComingSoonPage } from './coming-soon.page';

/** Children of /cittadino: public, no sign-in. */
export const citizenRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: '/' },
  {
    path: 'nuova-segnalazione',
    component: ComingSoonPage,
    title: routeTitle('home.newRequest.title'),
    data: { heading: 'home.newRequest.title' },
  },
  {
    path: 'segui-pratica',
    component: ComingSoonPage,
    title: routeTitle('home.track.title'),
    data: { heading: 'home.track.title' },
  },
  {
    path: 'prenota-appuntamento',
    component: ComingSoonPage,
    title: routeTitle('home.book.title'),
    data: { heading: 'home.book.title' },
  },
];
