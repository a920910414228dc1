import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { type EntityManager, In, type Repository } from 'typeorm';

import { APP_CONFIG, type AppConfig, CLOCK, type Clock } from '@urp/api/platform';
import type { OutboxMessageView, OutboxStatus } from '@urp/shared/contracts';

import { normaliseOutgoingMail, type OutgoingMail } from './outgoing-mail';
import { OutboxMessageEntity } from './outbox-message.entity';
import { RESENDABLE_STATUSES } from './outbox-status';

export const OUTBOX_LIST_LIMIT = 200;

/** Writing mail into the outbox, and what operators do with it. Sending is OutboxWorker's job. */
@Injectable()
export class OutboxService {
  constructor(
    @InjectRepository(OutboxMessageEntity) private readonly messages: Repository<OutboxMessageEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Stores a mail in the caller's transaction, so it exists if and only if the business change
   * that caused it commits. The Message-ID is fixed now, so the caller can record it for threading.
   * Without an SMTP server the mail is `held`: kept and shown to operators rather than dropped.
   */
  async enqueue(manager: EntityManager, mail: OutgoingMail): Promise<{ id: string; messageId: string }> {
    if (!manager.queryRunner?.isTransactionActive) {
      // Outside a transaction a mail could be stored for a change that then fails, or vice versa.
      throw new Error(
        'OutboxService.enqueue needs the EntityManager of an open transaction (dataSource.transaction(...))',
      );
    }
    const valid = normaliseOutgoingMail(mail);
    const now = this.clock.now();
    const id = randomUUID();
    const messageId = `<${randomUUID()}@${this.config.mail.messageIdDomain}>`;
    await manager.insert(OutboxMessageEntity, {
      id,
      messageId,
      status: this.config.mail.smtpUrl === null ? 'held' : 'pending',
      toAddress: valid.to,
      cc: valid.cc,
      subject: valid.subject,
      textBody: valid.text,
      htmlBody: valid.html,
      inReplyTo: valid.inReplyTo,
      references: valid.references,
      ticketId: valid.ticketId,
      kind: valid.kind,
      attempts: 0,
      nextAttemptAt: now,
      lockedUntil: null,
      claimToken: null,
      lastError: null,
      createdAt: now,
      sentAt: null,
    });
    return { id, messageId };
  }

  /** Newest first, at most OUTBOX_LIST_LIMIT. */
  async list(status?: OutboxStatus): Promise<OutboxMessageView[]> {
    const rows = await this.messages.find({
      where: status ? { status } : {},
      order: { createdAt: 'DESC', id: 'DESC' },
      take: OUTBOX_LIST_LIMIT,
    });
    return rows.map(toOutboxMessageView);
  }

  /**
   * Puts a held, failed or uncertain message back in the queue with a fresh attempt budget. For
   * an uncertain one the operator has checked that it did not arrive: that check is theirs.
   */
  async resend(id: string): Promise<OutboxMessageView> {
    if (this.config.mail.smtpUrl === null) {
      throw new ConflictException(
        'No SMTP server is configured (SMTP_URL), so the message cannot be sent; it stays in the outbox',
      );
    }
    // One conditional UPDATE: two operators (or an operator and the worker) cannot both win.
    const result = await this.messages.update(
      { id, status: In([...RESENDABLE_STATUSES]) },
      {
        status: 'pending',
        attempts: 0,
        nextAttemptAt: this.clock.now(),
        lockedUntil: null,
        claimToken: null,
        lastError: null,
      },
    );
    const row = await this.messages.findOneBy({ id });
    if (!row) throw new NotFoundException(`No outbox message with id ${id}`);
    if (result.affected !== 1) {
      throw new ConflictException(
        `This message is ${row.status}: only ${RESENDABLE_STATUSES.join(', ')} messages can be resent`,
      );
    }
    return toOutboxMessageView(row);
  }
}

export function toOutboxMessageView(row: OutboxMessageEntity): OutboxMessageView {
  return {
    id: row.id,
    status: row.status,
    to: row.toAddress,
    subject: row.subject,
    text: row.textBody,
    ticketId: row.ticketId,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}
