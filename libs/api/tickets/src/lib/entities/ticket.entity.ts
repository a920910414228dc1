import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import type { CloseReason, TicketChannel, TicketKind, TicketPriority, TicketStatus } from '@urp/shared/domain';

/**
 * A ticket's current state. The columns about time (due_at, first_replied_at, ...) are caches for
 * the queue; indicators read the ticket_event history instead.
 */
@Entity({ name: 'ticket' })
export class TicketEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) code!: string;
  @Column({ type: 'integer' }) year!: number;
  @Column({ type: 'integer' }) seq!: number;
  @Column({ type: 'text' }) kind!: TicketKind;
  @Column({ type: 'text' }) channel!: TicketChannel;
  @Column({ type: 'text' }) status!: TicketStatus;
  @Column({ type: 'text' }) priority!: TicketPriority;
  @Column({ type: 'text' }) subject!: string;
  @Column({ type: 'text' }) body!: string;
  @Column({ name: 'citizen_name', type: 'text', nullable: true }) citizenName!: string | null;
  @Column({ name: 'citizen_email', type: 'text', nullable: true }) citizenEmail!: string | null;
  @Column({ name: 'citizen_phone', type: 'text', nullable: true }) citizenPhone!: string | null;
  @Column({ name: 'privacy_consent_at', type: 'timestamptz', nullable: true }) privacyConsentAt!: Date | null;
  @Column({ name: 'pin_hash', type: 'bytea', select: false }) pinHash!: Buffer;
  @Column({ name: 'office_id', type: 'uuid', nullable: true }) officeId!: string | null;
  @Column({ name: 'assignee_id', type: 'uuid', nullable: true }) assigneeId!: string | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @Column({ name: 'received_at', type: 'timestamptz' }) receivedAt!: Date;
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true }) dueAt!: Date | null;
  @Column({ name: 'paused_since', type: 'timestamptz', nullable: true }) pausedSince!: Date | null;
  @Column({ name: 'paused_ms', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  pausedMs!: number;
  @Column({ name: 'first_replied_at', type: 'timestamptz', nullable: true }) firstRepliedAt!: Date | null;
  @Column({ name: 'forwarded_at', type: 'timestamptz', nullable: true }) forwardedAt!: Date | null;
  @Column({ name: 'feedback_sent_at', type: 'timestamptz', nullable: true }) feedbackSentAt!: Date | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @Column({ name: 'close_reason', type: 'text', nullable: true }) closeReason!: CloseReason | null;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
