/** What the citizen wants: the charter's indicators select tickets by kind and channel. */
export const TICKET_KINDS = [
  'inquiry',
  'complaint',
  'report',
  'spid_support',
  'directory_correction',
  'pec_ordinary_sender',
] as const;
export type TicketKind = (typeof TICKET_KINDS)[number];

/** How the ticket reached the URP. */
export const TICKET_CHANNELS = ['web', 'email', 'pec', 'phone', 'counter', 'post'] as const;
export type TicketChannel = (typeof TICKET_CHANNELS)[number];

/** Channels through which staff file on a person's behalf (assisted filing). */
export const ASSISTED_CHANNELS = ['phone', 'counter', 'post'] as const satisfies readonly TicketChannel[];
export type AssistedChannel = (typeof ASSISTED_CHANNELS)[number];

export const TICKET_STATUSES = [
  'new',
  'open',
  'forwarded',
  'in_charge',
  'office_answered',
  'waiting_citizen',
  'closed',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

/** Why a ticket was closed. `no_reply_needed` excludes it from the reply-time indicators. */
export const CLOSE_REASONS = ['resolved', 'no_reply_needed', 'duplicate', 'withdrawn', 'not_processable'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/** How a reply reached the citizen. Only e-mail goes through the outbox. */
export const REPLY_CHANNELS = ['email', 'phone', 'post', 'counter'] as const;
export type ReplyChannel = (typeof REPLY_CHANNELS)[number];

/** The append-only history. Every timestamp an indicator uses is one of these. */
export const TICKET_EVENT_TYPES = [
  'received',
  'acknowledged',
  'assigned',
  'forwarded',
  'taken_in_charge',
  'office_answered',
  'reminder_sent',
  'deadline_warning',
  'replied',
  'feedback_sent',
  'paused',
  'resumed',
  'status_changed',
  'priority_changed',
  'closed',
  'reopened',
  'note',
] as const;
export type TicketEventType = (typeof TICKET_EVENT_TYPES)[number];

/** Events the citizen sees on the tracking page (never notes, assignments or internal warnings). */
export const PUBLIC_TICKET_EVENT_TYPES: readonly TicketEventType[] = [
  'received',
  'acknowledged',
  'forwarded',
  'taken_in_charge',
  'office_answered',
  'reminder_sent',
  'replied',
  'feedback_sent',
  'paused',
  'resumed',
  'closed',
  'reopened',
];

/** Public events whose text is addressed to the citizen; other public events show only what happened. */
export const CITIZEN_MESSAGE_EVENT_TYPES: readonly TicketEventType[] = ['replied', 'feedback_sent', 'paused'];

export function isPublicTicketEvent(type: TicketEventType): boolean {
  return PUBLIC_TICKET_EVENT_TYPES.includes(type);
}

/** Public code: URP-<year>-<6+ digits>, sequential per year of receipt. */
export const TICKET_CODE_PATTERN = /^URP-\d{4}-\d{6,}$/;

export function formatTicketCode(year: number, sequence: number): string {
  return `URP-${year}-${String(sequence).padStart(6, '0')}`;
}
