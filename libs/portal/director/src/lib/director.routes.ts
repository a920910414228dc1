import type { Routes } from '@angular/router';
import { routeTitle } from '@urp/portal/core';

import { DirectorDashboardPage } from './director-dashboard.page';

/** Children of the area's path; the app guards the whole area with `roleGuard`. */
export const directorRoutes: Routes = [
  { path: '', component: DirectorDashboardPage, title: routeTitle('director.title') },
];
