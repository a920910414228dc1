import type { Route } from '@angular/router';
import {
  AccessibilityPage,
  ForbiddenPage,
  LoginPage,
  NotFoundPage,
  PrivacyPage,
  STAFF_AREAS,
  roleGuard,
  routeTitle,
} from '@urp/portal/core';

/**
 * Paths are Italian. Each `title` is a translation key (see TranslatedTitleStrategy).
 * Feature areas are lazy: one chunk per library.
 */
export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: routeTitle('home.title'),
    loadComponent: () => import('@urp/portal/citizen').then((m) => m.HomePage),
  },
  {
    path: 'cittadino',
    loadChildren: () => import('@urp/portal/citizen').then((m) => m.citizenRoutes),
  },
  { path: 'accedi', title: routeTitle('login.title'), component: LoginPage },
  {
    path: 'operatore',
    canActivate: [roleGuard(...STAFF_AREAS.operator.roles)],
    loadChildren: () => import('@urp/portal/operator').then((m) => m.operatorRoutes),
  },
  {
    path: 'ufficio',
    canActivate: [roleGuard(...STAFF_AREAS.office.roles)],
    loadChildren: () => import('@urp/portal/office').then((m) => m.officeRoutes),
  },
  {
    path: 'direzione',
    canActivate: [roleGuard(...STAFF_AREAS.director.roles)],
    loadChildren: () => import('@urp/portal/director').then((m) => m.directorRoutes),
  },
  { path: 'accessibilita', title: routeTitle('accessibility.title'), component: AccessibilityPage },
  { path: 'privacy', title: routeTitle('privacy.title'), component: PrivacyPage },
  { path: 'non-autorizzato', title: routeTitle('forbidden.title'), component: ForbiddenPage },
  { path: '**', title: routeTitle('notFound.title'), component: NotFoundPage },
];
