import type {
  AssistedChannel,
  CloseReason,
  ReplyChannel,
  TicketChannel,
  TicketEventType,
  TicketKind,
  TicketPriority,
  TicketStatus,
} from '@urp/shared/domain';

/** Limits shared by the API's validation and the portal's forms. */
export const TICKET_LIMITS = {
  subjectMaxLength: 200,
  bodyMaxLength: 20_000,
  nameMaxLength: 200,
  reasonMaxLength: 2_000,
  /** Defaults; the API's configuration may lower or raise them (GET /api/public/intake-settings). */
  attachmentMaxBytes: 5 * 1024 * 1024,
  attachmentMaxCount: 3,
  queuePageMax: 100,
} as const;

/** A phone number as people write it: digits, spaces, +, brackets, dots, dashes. */
export const PHONE_PATTERN = /^\+?[0-9 ()./-]{6,20}$/;

/** Attachment types accepted by default, checked against the file's content, not only its name. */
export const DEFAULT_ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

/** GET /api/public/intake-settings: what the citizen form must respect. */
export interface IntakeSettings {
  attachmentMaxBytes: number;
  attachmentMaxCount: number;
  attachmentTypes: string[];
  /** Kinds a citizen may choose on the public form. */
  kinds: TicketKind[];
}

/**
 * POST /api/public/tickets, sent as multipart/form-data (files in `attachments`).
 * At least one of email or phone. `website` is a honeypot: people leave it empty.
 */
export interface CitizenTicketRequest {
  kind: TicketKind;
  subject: string;
  body: string;
  name?: string;
  email?: string;
  phone?: string;
  /** Must be true: consent to the processing of personal data (privacy notice). */
  privacyConsent: boolean;
  website?: string;
}

/** POST /api/tickets: an operator files on behalf of a person at the counter, on the phone or by post. */
export interface AssistedTicketRequest {
  kind: TicketKind;
  channel: AssistedChannel;
  subject: string;
  body: string;
  name?: string;
  email?: string;
  phone?: string;
  privacyConsent: boolean;
}

/** Answer to a filing: what goes on the citizen's receipt. */
export interface TicketReceipt {
  id: string;
  code: string;
  /** For tracking without e-mail; shown once, printed on the paper receipt. */
  pin: string;
  receivedAt: string;
  /** When the citizen can expect an answer (feedback for complaints, first reply otherwise). */
  dueAt: string | null;
}

/** POST /api/public/tracking: code plus the e-mail given at filing, or code plus PIN. */
export interface TrackingRequest {
  code: string;
  email?: string;
  pin?: string;
}

export interface PublicTicketEvent {
  type: TicketEventType;
  at: string;
  /** Office name for forwarded / taken in charge / reminders; null otherwise. */
  officeName: string | null;
  /** Text addressed to the citizen (replies, feedback, pause reason); never internal notes. */
  message: string | null;
}

export interface PublicTicketView {
  code: string;
  kind: TicketKind;
  channel: TicketChannel;
  subject: string;
  status: TicketStatus;
  receivedAt: string;
  dueAt: string | null;
  officeName: string | null;
  events: PublicTicketEvent[];
}

/** GET /api/tickets query. `after` is the opaque cursor of the previous page. */
export interface TicketQueueQuery {
  kind?: TicketKind;
  channel?: TicketChannel;
  /** Default: every status but closed. `all` includes closed tickets. */
  status?: TicketStatus | 'all';
  officeId?: string;
  overdue?: boolean;
  assignedToMe?: boolean;
  limit?: number;
  after?: string;
}

export interface TicketQueueItem {
  id: string;
  code: string;
  kind: TicketKind;
  channel: TicketChannel;
  status: TicketStatus;
  priority: TicketPriority;
  subject: string;
  citizenName: string | null;
  officeId: string | null;
  officeName: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  receivedAt: string;
  /** SLA due time; null while the clock is paused or once met. */
  dueAt: string | null;
  paused: boolean;
}

export interface TicketQueuePage {
  items: TicketQueueItem[];
  nextCursor: string | null;
}

export interface TicketEventView {
  id: string;
  type: TicketEventType;
  at: string;
  actorName: string | null;
  officeName: string | null;
  message: string | null;
  public: boolean;
  data: Record<string, unknown>;
}

export interface AttachmentView {
  id: string;
  filename: string;
  contentType: string;
  size: number;
}

export interface TicketDetail extends TicketQueueItem {
  body: string;
  citizenEmail: string | null;
  citizenPhone: string | null;
  closeReason: CloseReason | null;
  events: TicketEventView[];
  attachments: AttachmentView[];
}

export interface ReplyRequest {
  body: string;
  /** Default email; phone/post/counter record a reply given another way. */
  channel?: ReplyChannel;
}
export interface NoteRequest {
  body: string;
}
export interface AssignRequest {
  /** null to unassign. */
  assigneeId: string | null;
}
export interface ForwardRequest {
  officeId: string;
  /** Covering note for the office, added to the e-mail. */
  message?: string;
}
export interface PauseRequest {
  /** Shown to the citizen: what the URP is waiting for. */
  reason: string;
}
export interface CloseRequest {
  reason: CloseReason;
  note?: string;
}
export interface ReopenRequest {
  reason: string;
}
export interface PriorityRequest {
  priority: TicketPriority;
}
export interface FeedbackRequest {
  body: string;
  /** Close the ticket as resolved once the feedback is sent (default true). */
  close?: boolean;
}
export interface TakeInChargeRequest {
  note?: string;
}
export interface OfficeAnswerRequest {
  body: string;
}

export interface CannedReply {
  id: string;
  title: string;
  body: string;
}
export interface CannedReplyRequest {
  title: string;
  body: string;
}

export interface OfficeSummary {
  id: string;
  code: string;
  name: string;
  email: string;
}

export interface StaffSummary {
  id: string;
  displayName: string;
}

export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'held', 'failed', 'uncertain'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** States an operator may send again by hand; the others are in flight or done. */
export const RESENDABLE_STATUSES: readonly OutboxStatus[] = ['held', 'failed', 'uncertain'];

/** GET /api/outbox: messages as the outbox worker sees them. */
export interface OutboxMessageView {
  id: string;
  status: OutboxStatus;
  to: string;
  subject: string;
  text: string;
  ticketId: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}
