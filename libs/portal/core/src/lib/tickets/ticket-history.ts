import type { TicketEventView } from '@urp/shared/contracts';
import {
  CITIZEN_MESSAGE_EVENT_TYPES,
  CLOSE_REASONS,
  TICKET_CHANNELS,
  TICKET_PRIORITIES,
  type CloseReason,
  type TicketChannel,
  type TicketPriority,
} from '@urp/shared/domain';

/** The details of an event worth showing to staff, read defensively from its free-form `data`. */
export interface EventDetails {
  /** Covering note of a forward, or note of a closing. */
  note: string | null;
  closeReason: CloseReason | null;
  priorityFrom: TicketPriority | null;
  priorityTo: TicketPriority | null;
  /** How a reply reached the citizen. */
  channel: TicketChannel | null;
}

function pick<T extends string>(values: readonly T[], value: unknown): T | null {
  return typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : null;
}

export function eventDetails(event: Pick<TicketEventView, 'type' | 'data'>): EventDetails {
  const data = event.data ?? {};
  return {
    note: typeof data['note'] === 'string' && data['note'].trim() !== '' ? data['note'] : null,
    closeReason: event.type === 'closed' ? pick(CLOSE_REASONS, data['reason']) : null,
    priorityFrom: event.type === 'priority_changed' ? pick(TICKET_PRIORITIES, data['from']) : null,
    priorityTo: event.type === 'priority_changed' ? pick(TICKET_PRIORITIES, data['to']) : null,
    channel: event.type === 'replied' ? pick(TICKET_CHANNELS, data['channel']) : null,
  };
}

export { CITIZEN_MESSAGE_EVENT_TYPES };

/** True when staff see a text on a public event that the citizen does not see. */
export function messageIsStaffOnly(event: Pick<TicketEventView, 'type' | 'public' | 'message'>): boolean {
  return !!event.message && event.public && !CITIZEN_MESSAGE_EVENT_TYPES.includes(event.type);
}
