import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { MailModule } from '@urp/api/mail';

import { AttachmentUploadInterceptor } from './controllers/attachment-upload.interceptor';
import { CannedRepliesController } from './controllers/canned-replies.controller';
import { OfficeTicketsController } from './controllers/office-tickets.controller';
import { PublicTicketsController } from './controllers/public-tickets.controller';
import { TicketsController } from './controllers/tickets.controller';
import { CannedReplyEntity } from './entities/canned-reply.entity';
import { TicketAttachmentEntity } from './entities/ticket-attachment.entity';
import { TicketEventEntity } from './entities/ticket-event.entity';
import { TicketEntity } from './entities/ticket.entity';
import { CannedReplyService } from './services/canned-reply.service';
import { OfficeWorkflowService } from './services/office-workflow.service';
import { PublicRateLimitService } from './services/public-rate-limit.service';
import { ReminderSweepService } from './services/reminder-sweep.service';
import { TicketActionsService } from './services/ticket-actions.service';
import { TicketIntakeService } from './services/ticket-intake.service';
import { TicketQueueService } from './services/ticket-queue.service';
import { TicketReaderService } from './services/ticket-reader.service';
import { TicketTrackingService } from './services/ticket-tracking.service';
import { TicketWorkspace } from './services/ticket-workspace.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([TicketEntity, TicketEventEntity, TicketAttachmentEntity, CannedReplyEntity]),
    MailModule,
  ],
  controllers: [PublicTicketsController, TicketsController, OfficeTicketsController, CannedRepliesController],
  providers: [
    AttachmentUploadInterceptor,
    CannedReplyService,
    OfficeWorkflowService,
    PublicRateLimitService,
    ReminderSweepService,
    TicketActionsService,
    TicketIntakeService,
    TicketQueueService,
    TicketReaderService,
    TicketTrackingService,
    TicketWorkspace,
  ],
  exports: [TicketIntakeService, TicketActionsService, OfficeWorkflowService, CannedReplyService, ReminderSweepService, TicketQueueService],
})
export class TicketsModule {}
