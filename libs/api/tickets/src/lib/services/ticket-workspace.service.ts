import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { APP_CONFIG, type AppConfig, CLOCK, type Clock } from '@urp/api/platform';

import { TicketEntity } from '../entities/ticket.entity';
import { slaDueAt, type SlaSettings } from '../sla/sla-policy';
import { slaSettingsFrom } from '../sla/sla-settings';

export interface TicketChange {
  manager: EntityManager;
  ticket: TicketEntity;
  now: Date;
}

/**
 * The one way to change a ticket: locks its row for the transaction (two operators acting at once
 * are serialised), runs the change, then recomputes the cached SLA due time from the new state.
 */
@Injectable()
export class TicketWorkspace {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.sla = slaSettingsFrom(config);
  }

  private readonly sla: SlaSettings;

  now(): Date {
    return this.clock.now();
  }

  async change<T>(
    ticketId: string,
    authorise: (ticket: TicketEntity) => void,
    work: (change: TicketChange) => Promise<T>,
  ): Promise<T> {
    return this.db.transaction(async (manager) => {
      const ticket = await manager.findOne(TicketEntity, { where: { id: ticketId }, lock: { mode: 'pessimistic_write' } });
      if (!ticket) throw new NotFoundException('Ticket not found');
      authorise(ticket);
      const now = this.clock.now();
      const result = await work({ manager, ticket, now });
      ticket.dueAt = slaDueAt({ ...ticket, closed: ticket.status === 'closed' }, this.sla);
      ticket.updatedAt = now;
      await manager.update(TicketEntity, { id: ticket.id }, mutableState(ticket));
      return result;
    });
  }
}

/** The columns a change may touch; code, body, citizen contact and receipt time never change here. */
function mutableState(t: TicketEntity): Partial<TicketEntity> {
  return {
    status: t.status,
    priority: t.priority,
    officeId: t.officeId,
    assigneeId: t.assigneeId,
    dueAt: t.dueAt,
    pausedSince: t.pausedSince,
    pausedMs: t.pausedMs,
    firstRepliedAt: t.firstRepliedAt,
    forwardedAt: t.forwardedAt,
    feedbackSentAt: t.feedbackSentAt,
    closedAt: t.closedAt,
    closeReason: t.closeReason,
    updatedAt: t.updatedAt,
  };
}
