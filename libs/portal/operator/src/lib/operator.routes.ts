import type { Routes } from '@angular/router';
import { routeTitle } from '@urp/portal/core';

import { OperatorConsolePage } from './operator-console.page';

/** Children of the area's path; the app guards the whole area with `roleGuard`. */
export const operatorRoutes: Routes = [
  { path: '', component: OperatorConsolePage, title: routeTitle('operator.title') },
];
