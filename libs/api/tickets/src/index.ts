export * from './lib/entities/ticket.entity';
export * from './lib/entities/ticket-event.entity';
export * from './lib/services/reminder-sweep.service';
export * from './lib/services/ticket-code';
export * from './lib/services/ticket-intake.service';
export * from './lib/services/ticket-queue.service';
export * from './lib/tickets.module';
export * from './lib/tickets.schema';
