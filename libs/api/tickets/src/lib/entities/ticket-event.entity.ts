import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import type { TicketEventType } from '@urp/shared/domain';

export type ActorKind = 'citizen' | 'staff' | 'system';

/** Append-only: the database refuses UPDATE, DELETE and TRUNCATE on this table. */
@Entity({ name: 'ticket_event' })
export class TicketEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' }) id!: string;
  @Column({ name: 'ticket_id', type: 'uuid' }) ticketId!: string;
  @Column({ type: 'text' }) type!: TicketEventType;
  @Column({ type: 'timestamptz' }) at!: Date;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ name: 'actor_kind', type: 'text' }) actorKind!: ActorKind;
  @Column({ name: 'office_id', type: 'uuid', nullable: true }) officeId!: string | null;
  @Column({ type: 'boolean' }) public!: boolean;
  @Column({ type: 'text', nullable: true }) message!: string | null;
  @Column({ type: 'jsonb' }) data!: Record<string, unknown>;
  @Column({ name: 'dedupe_key', type: 'text', nullable: true }) dedupeKey!: string | null;
}
