import type { Routes } from '@angular/router';
import { routeTitle } from '@urp/portal/core';

import { OfficeQueuePage } from './queue/office-queue.page';
import { OfficeTicketPage } from './ticket/office-ticket.page';

/** Children of the area's path; the app guards the whole area with `roleGuard`. */
export const officeRoutes: Routes = [
  { path: '', component: OfficeQueuePage, title: routeTitle('office.title') },
  { path: 'pratiche/:id', component: OfficeTicketPage, title: routeTitle('ticketPage.title') },
];
