import type { EntityManager } from 'typeorm';

import { isPublicTicketEvent, type TicketEventType } from '@urp/shared/domain';

import type { ActorKind } from '../entities/ticket-event.entity';

export interface NewTicketEvent {
  ticketId: string;
  type: TicketEventType;
  at: Date;
  actorKind: ActorKind;
  actorId?: string | null;
  officeId?: string | null;
  message?: string | null;
  data?: Record<string, unknown>;
  /** Set for scheduled events: the same key is never written twice for a ticket. */
  dedupeKey?: string;
}

/**
 * Appends to the history inside the caller's transaction. Returns the new event id, or null when
 * an event with the same dedupe key already exists (another sweep got there first).
 */
export async function appendTicketEvent(manager: EntityManager, event: NewTicketEvent): Promise<string | null> {
  const rows = (await manager.query(
    `INSERT INTO ticket_event (ticket_id, type, at, actor_kind, actor_id, office_id, public, message, data, dedupe_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (ticket_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
     RETURNING id`,
    [
      event.ticketId,
      event.type,
      event.at,
      event.actorKind,
      event.actorId ?? null,
      event.officeId ?? null,
      isPublicTicketEvent(event.type),
      event.message ?? null,
      JSON.stringify(event.data ?? {}),
      event.dedupeKey ?? null,
    ],
  )) as { id: string }[];
  return rows[0]?.id ?? null;
}
