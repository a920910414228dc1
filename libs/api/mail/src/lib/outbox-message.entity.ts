import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import type { OutboxStatus } from '@urp/shared/contracts';

/**
 * An e-mail to send. The row is written in the same transaction as the business change that
 * causes it, then delivered by OutboxWorker; its status is the only record of whether it went out.
 */
@Entity({ name: 'outbox_message' })
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** RFC 5322 Message-ID with angle brackets, fixed at enqueue so replies can thread on it. */
  @Column({ name: 'message_id', type: 'text', unique: true })
  messageId!: string;

  @Column({ type: 'text' })
  status!: OutboxStatus;

  @Column({ name: 'to_address', type: 'text' })
  toAddress!: string;

  @Column({ type: 'text', array: true })
  cc!: string[];

  @Column({ type: 'text' })
  subject!: string;

  @Column({ name: 'text_body', type: 'text' })
  textBody!: string;

  @Column({ name: 'html_body', type: 'text', nullable: true })
  htmlBody!: string | null;

  @Column({ name: 'in_reply_to', type: 'text', nullable: true })
  inReplyTo!: string | null;

  @Column({ type: 'text', array: true })
  references!: string[];

  @Column({ name: 'ticket_id', type: 'uuid', nullable: true })
  ticketId!: string | null;

  /** Why the mail exists ('acknowledgement', 'reply', 'forward', 'reminder', ...). */
  @Column({ type: 'text' })
  kind!: string;

  /** Delivery attempts started; counted at claim time, so an attempt cut by a crash counts too. */
  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz' })
  nextAttemptAt!: Date;

  /** While `sending`: when the worker's claim expires and the row is deemed abandoned. */
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  /** Identifies one claim, so a worker whose lease ran out cannot overwrite a later claim's outcome. */
  @Column({ name: 'claim_token', type: 'uuid', nullable: true })
  claimToken!: string | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
