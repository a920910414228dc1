import type { Routes } from '@angular/router';
import { routeTitle } from '@urp/portal/core';

import { OfficeHomePage } from './office-home.page';

/** Children of the area's path; the app guards the whole area with `roleGuard`. */
export const officeRoutes: Routes = [{ path: '', component: OfficeHomePage, title: routeTitle('office.title') }];
