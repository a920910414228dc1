import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { OutboxService } from '@urp/api/mail';
import { APP_CONFIG, type AppConfig } from '@urp/api/platform';
import type {
  AssignRequest,
  CloseRequest,
  FeedbackRequest,
  ForwardRequest,
  PauseRequest,
  PriorityRequest,
  ReopenRequest,
  ReplyRequest,
} from '@urp/shared/contracts';
import type { TicketStatus } from '@urp/shared/domain';

import type { TicketEntity } from '../entities/ticket.entity';
import { feedbackMail, forwardMail, pauseMail, replyMail } from '../mail/ticket-mail-templates';
import { assertIsUrpOperator, type StaffLike } from './ticket-access';
import { appendTicketEvent } from './ticket-events';
import { mailContext } from './mail-context';
import { type TicketChange, TicketWorkspace } from './ticket-workspace.service';

/** What URP operators do to a ticket. Each action is one transaction: state, event and mail together. */
@Injectable()
export class TicketActionsService {
  constructor(
    private readonly workspace: TicketWorkspace,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  reply(id: string, staff: StaffLike, input: ReplyRequest): Promise<void> {
    return this.operate(id, staff, async ({ manager, ticket, now }) => {
      assertOpen(ticket);
      const channel = input.channel ?? 'email';
      let outbox: { id: string; messageId: string } | null = null;
      if (channel === 'email') {
        const mail = replyMail(ticket, input.body, mailContext(this.config));
        outbox = await this.mailCitizen(manager, ticket, mail, 'reply');
      }
      ticket.firstRepliedAt ??= now;
      if (ticket.status === 'new') ticket.status = 'open';
      await appendTicketEvent(manager, {
        ticketId: ticket.id,
        type: 'replied',
        at: now,
        actorKind: 'staff',
        actorId: staff.id,
        message: input.body,
        data: { channel, outboxId: outbox?.id ?? null },
      });
    });
  }

  note(id: string, staff: StaffLike, body: string): Promise<void> {
    return this.operate(id, staff, async ({ manager, ticket, now }) => {
      await appendTicketEvent(manager, {
        ticketId: ticket.id,
        type: 'note',
        at: now,
        actorKind: 'staff',
        actorId: staff.id,
        message: body,
      });
    });
  }

  assign(id: string, staff: StaffLike, input: AssignRequest): Promise<void> {
    return this.operate(id, staff, async ({ manager, ticket, now }) => {
      if (input.assigneeId !== null) await assertAssignable(manager, input.assigneeId);
      if (ticket.assigneeId === input.assigneeId) return;
      ticket.assigneeId = input.assigneeId;
      if (ticket.status === 'new') ticket.status = 'open';
      await appendTicketEvent(manager, {
        ticketId: ticket.id,
        type: 'assigned',
        at: now,
        actorKind: 'staff',
        actorId: staff.id,
        data: { assigneeId: input.assigneeId },
      });
    });
  }

  forward(id: string, staff: StaffLike, input: ForwardRequest): Promise<void> {
    return this.operate(id, staff, async ({ manager, ticket, now }) => {
      assertOpen(ticket);
      const office = await findOffice(manager, input.officeId);
      const mail = forwardMail(ticket, office.name, input.message ?? null, mailContext(this.config));
      const queued = await this.outbox.enqueue(manager, {
        to: office.email,
        subject: mail.subject,
        text: mail.text,
        ticketId: ticket.id,
        kind: 'forward',
      });
      await this.finishPause(manager, ticket, now);
      ticket.officeId = office.id;
      ticket.forwardedAt = now;
      ticket.status = 'forwarded';
      await appendTicketEvent(manager, {
        ticketId: ticket.id,
        type: 'forwarded',
        at: now,
        actorKind: 'staff',
        actorId: staff.id,
        officeId: office.id,
        data: { note: input.message ?? null, outboxId: queued.id },
      });
    });
  }

  pause(id: string, staff: StaffLike, input: PauseRequest): Promise<void> {
    return this.operate(id, staff, async ({ manager, ticket, now }) => {
      assertOpen(ticket);
      if (ticket.pausedSince) throw new ConflictException('The clock is already paused');
      const previousStatus = ticket.status;
      ticket.pausedSince = now;
      ticket.status = 'waiting_citizen';
      if (ticket.citizenEmail) {
        await this.mailCitizen(manager, ticket, pauseMail(ticket, input.reason, mailContext(this.config)), 'pause');
      }
      await appendTicketEvent(manager, {
        ticketId: ticket.id,
        type: 'paused',
        at: now,
        actorKind: 'staff',
        actorId: staff.id,
        message: input.reason,
        data: { previousStatus },
      });
    });
  }

  resume(id: string, staff: StaffLike): Promise<void> {
    return this.operate(id, staff, async ({ manager, ticket, now }) => {
      if (!ticket.pausedSince) throw new ConflictException('The clock is not paused');
      const pausedMs = await this.finishPause(manager, ticket, now);
      await appendTicketEvent(manager, {
        ticketId: ticket.id,
        type: 'resumed',
        at: now,
        actorKind: 'staff',
        actorId: staff.id,
        data: { pausedMs },
      });
    });
  }

  feedback(id: string, staff: StaffLike, input: FeedbackRequest): Promise<void> {
    return this.operate(id, staff, async ({ manager, ticket, now }) => {
      assertOpen(ticket);
      const outbox = ticket.citizenEmail
        ? await this.mailCitizen(manager, ticket, feedbackMail(ticket, input.body, mailContext(this.config)), 'feedback')
        : null;
      ticket.feedbackSentAt ??= now;
      ticket.firstRepliedAt ??= now;
      await appendTicketEvent(manager, {
        ticketId: ticket.id,
        type: 'feedback_sent',
        at: now,
        actorKind: 'staff',
        actorId: staff.id,
        message: input.body,
        data: { channel: outbox ? 'email' : 'recorded', outboxId: outbox?.id ?? null },
      });
      if (input.close !== false) await this.closeTicket(manager, ticket, staff, now, { reason: 'resolved' });
    });
  }

  close(id: string, staff: StaffLike, input: CloseRequest): Promise<void> {
    return this.operate(id, staff, async ({ manager, ticket, now }) => {
      assertOpen(ticket);
      await this.closeTicket(manager, ticket, staff, now, input);
    });
  }

  reopen(id: string, staff: StaffLike, input: ReopenRequest): Promise<void> {
    return this.operate(id, staff, async ({ manager, ticket, now }) => {
      if (ticket.status !== 'closed') throw new ConflictException('Only a closed ticket can be reopened');
      ticket.status = ticket.officeId && !ticket.feedbackSentAt ? 'forwarded' : 'open';
      ticket.closedAt = null;
      ticket.closeReason = null;
      await appendTicketEvent(manager, {
        ticketId: ticket.id,
        type: 'reopened',
        at: now,
        actorKind: 'staff',
        actorId: staff.id,
        message: input.reason,
      });
    });
  }

  priority(id: string, staff: StaffLike, input: PriorityRequest): Promise<void> {
    return this.operate(id, staff, async ({ manager, ticket, now }) => {
      if (ticket.priority === input.priority) return;
      const from = ticket.priority;
      ticket.priority = input.priority;
      await appendTicketEvent(manager, {
        ticketId: ticket.id,
        type: 'priority_changed',
        at: now,
        actorKind: 'staff',
        actorId: staff.id,
        data: { from, to: input.priority },
      });
    });
  }

  private operate(id: string, staff: StaffLike, work: (change: TicketChange) => Promise<void>): Promise<void> {
    return this.workspace.change(id, () => assertIsUrpOperator(staff), work);
  }

  private async closeTicket(
    manager: EntityManager,
    ticket: TicketEntity,
    staff: StaffLike,
    now: Date,
    input: CloseRequest,
  ): Promise<void> {
    await this.finishPause(manager, ticket, now);
    ticket.status = 'closed';
    ticket.closedAt = now;
    ticket.closeReason = input.reason;
    await appendTicketEvent(manager, {
      ticketId: ticket.id,
      type: 'closed',
      at: now,
      actorKind: 'staff',
      actorId: staff.id,
      data: { reason: input.reason, note: input.note ?? null },
    });
  }

  /** Ends a running pause (adding it to the paused total) and restores the status it interrupted. */
  private async finishPause(manager: EntityManager, ticket: TicketEntity, now: Date): Promise<number> {
    if (!ticket.pausedSince) return 0;
    const paused = Math.max(0, now.getTime() - ticket.pausedSince.getTime());
    ticket.pausedMs += paused;
    ticket.pausedSince = null;
    ticket.status = await statusBeforePause(manager, ticket.id);
    return paused;
  }

  private async mailCitizen(
    manager: EntityManager,
    ticket: TicketEntity,
    mail: { subject: string; text: string },
    kind: string,
  ): Promise<{ id: string; messageId: string }> {
    if (!ticket.citizenEmail) {
      throw new BadRequestException(
        'This ticket has no e-mail address: record the reply as given by phone, post or at the counter',
      );
    }
    return this.outbox.enqueue(manager, { to: ticket.citizenEmail, subject: mail.subject, text: mail.text, ticketId: ticket.id, kind });
  }
}

async function statusBeforePause(manager: EntityManager, ticketId: string): Promise<TicketStatus> {
  const [row] = (await manager.query(
    `SELECT data->>'previousStatus' AS status FROM ticket_event
     WHERE ticket_id = $1 AND type = 'paused' ORDER BY id DESC LIMIT 1`,
    [ticketId],
  )) as { status: TicketStatus | null }[];
  const status = row?.status;
  return status && status !== 'new' && status !== 'waiting_citizen' ? status : 'open';
}

function assertOpen(ticket: TicketEntity): void {
  if (ticket.status === 'closed') throw new ConflictException(`Ticket ${ticket.code} is closed: reopen it first`);
}

async function findOffice(manager: EntityManager, officeId: string): Promise<{ id: string; name: string; email: string }> {
  const [office] = (await manager.query('SELECT id, name, email FROM office WHERE id = $1 AND active', [officeId])) as {
    id: string;
    name: string;
    email: string;
  }[];
  if (!office) throw new NotFoundException(`Office ${officeId} not found`);
  return office;
}

async function assertAssignable(manager: EntityManager, staffId: string): Promise<void> {
  const rows = (await manager.query(
    `SELECT 1 FROM staff_user WHERE id = $1 AND active AND roles && ARRAY['operator','admin']::text[]`,
    [staffId],
  )) as unknown[];
  if (rows.length === 0) throw new BadRequestException('assigneeId must be an active URP operator');
}
