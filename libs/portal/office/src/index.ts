export * from './lib/office.routes';
export * from './lib/office-paths';
export * from './lib/services/office-api.service';
export * from './lib/queue/office-queue.page';
export * from './lib/ticket/office-ticket.page';
