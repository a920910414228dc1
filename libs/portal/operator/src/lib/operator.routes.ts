import type { Routes } from '@angular/router';
import { routeTitle } from '@urp/portal/core';

import { AssistedFilingPage } from './assisted/assisted-filing.page';
import { OutboxPage } from './outbox/outbox.page';
import { OperatorQueuePage } from './queue/operator-queue.page';
import { OperatorTicketPage } from './ticket/operator-ticket.page';

/** Children of the area's path; the app guards the whole area with `roleGuard`. */
export const operatorRoutes: Routes = [
  { path: '', component: OperatorQueuePage, title: routeTitle('operator.title') },
  { path: 'pratiche/:id', component: OperatorTicketPage, title: routeTitle('ticketPage.title') },
  { path: 'nuova-pratica', component: AssistedFilingPage, title: routeTitle('assisted.title') },
  { path: 'posta-in-uscita', component: OutboxPage, title: routeTitle('outbox.title') },
];
