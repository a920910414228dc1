export * from './lib/operator.routes';
export * from './lib/operator-paths';
export * from './lib/services/operator-api.service';
export * from './lib/queue/operator-queue.page';
export * from './lib/ticket/operator-ticket.page';
export * from './lib/assisted/assisted-filing.page';
export * from './lib/outbox/outbox.page';
