export * from './lib/mail.module';
export * from './lib/mail.schema';
export { OutboxService, OUTBOX_LIST_LIMIT } from './lib/outbox.service';
export { OutboxWorker, type OutboxBatchResult } from './lib/outbox.worker';
export { InvalidOutgoingMailError, type OutgoingMail } from './lib/outgoing-mail';
export { OUTBOX_STATUSES } from './lib/outbox-status';
