import { CannedReplyEntity } from './entities/canned-reply.entity';
import { TicketAttachmentEntity } from './entities/ticket-attachment.entity';
import { TicketEventEntity } from './entities/ticket-event.entity';
import { TicketEntity } from './entities/ticket.entity';
import { CreateTickets1795687000000 } from './migrations/1795687000000-create-tickets';
import { QueueIndexesAndRateCounters1795700000000 } from './migrations/1795700000000-queue-indexes-and-rate-counters';

export const ticketsSchema = {
  entities: [TicketEntity, TicketEventEntity, TicketAttachmentEntity, CannedReplyEntity],
  migrations: [CreateTickets1795687000000, QueueIndexesAndRateCounters1795700000000],
};
